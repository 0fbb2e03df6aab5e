package dev.cxplugin.survey.service;

import dev.cxplugin.notify.domain.CxNotification;
import dev.cxplugin.notify.service.CxPayload;
import dev.cxplugin.notify.service.CxSurveyLinkProvider;
import dev.cxplugin.notify.type.CxNotificationStatus;
import dev.cxplugin.survey.type.CxSurveyKind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.annotation.Resource;

/**
 * The one-click answers of an email that asks a survey question: one signed link per score. Rendering the email
 * for sending (status SENDING) takes the customer's throttle slot for this email's question; when another
 * question took it within the window the list is empty and the email leaves the question out. Rendering again
 * (a retry) keeps the links; the admin's preview of an email never takes the slot.
 */
public class CxSurveyLinkProviderImpl implements CxSurveyLinkProvider {

    /** Detail of the notification naming what the question is about, e.g. {@code complaint:42}. */
    public static final String TOPIC_DETAIL = "surveyTopic";
    public static final String ANSWER_PATH = "/cx/survey/answer";

    @Resource(name = "cxSurveyService")
    protected CxSurveyService surveyService;

    protected String siteBaseUrl;

    @Override
    public List<Map<String, String>> surveyLinks(CxNotification n, String survey, Locale locale) {
        CxSurveyKind kind = CxSurveyKind.getInstance(survey);
        if (kind == null || n == null || n.getId() == null || n.getCustomerId() == null) {
            return Collections.emptyList();
        }
        String questionKey = questionKey(n);
        boolean asked;
        if (CxNotificationStatus.SENDING.equals(n.getStatus())) {
            asked = surveyService.reserveQuestion(n.getCustomerId(), kind, questionKey, new Date());
        } else {
            asked = surveyService.wasAsked(n.getCustomerId(), kind, questionKey);
        }
        if (!asked) {
            return Collections.emptyList();
        }
        String topic = CxPayload.decode(n.getPayload()).get(TOPIC_DETAIL);
        List<Map<String, String>> links = new ArrayList<Map<String, String>>();
        for (int score = kind.getMin(); score <= kind.getMax(); score++) {
            Map<String, String> link = new LinkedHashMap<String, String>();
            link.put("label", String.valueOf(score));
            // the token is base64url with a dot: nothing in it needs escaping in a query string
            link.put("url", base() + ANSWER_PATH + "?t="
                    + surveyService.answerToken(n.getCustomerId(), n.getOrderId(), n.getId(), kind, score, topic));
            links.add(link);
        }
        return links;
    }

    public static String questionKey(CxNotification n) {
        return "email:" + n.getId();
    }

    protected String base() {
        String base = siteBaseUrl == null ? "" : siteBaseUrl.trim();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base;
    }

    public void setSiteBaseUrl(String siteBaseUrl) {
        this.siteBaseUrl = siteBaseUrl;
    }
}
