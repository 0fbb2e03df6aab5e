package dev.cxplugin.survey.web;

import dev.cxplugin.common.web.CxSiteTexts;
import dev.cxplugin.notify.service.CxNotificationSettings;
import dev.cxplugin.survey.service.CxSurveyService;
import dev.cxplugin.survey.type.CxSurveyKind;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.annotation.Resource;

/**
 * What the on-site prompt fragment ({@code cx/survey/prompt :: prompt(orderId)}) shows: nothing for a guest or
 * while the customer's NPS throttle window is closed (asked by email or on the site), else the question, its
 * scale and its texts in the page's language. Called from the template as {@code @cxSurveyPrompt}.
 */
public class CxSurveyPrompt {

    @Resource(name = "cxSurveyService")
    protected CxSurveyService surveyService;

    @Resource(name = "cxSurveyTexts")
    protected CxSiteTexts texts;

    @Resource(name = "cxNotificationSettings")
    protected CxNotificationSettings settings;

    /** The survey the site asks; NPS by default. */
    protected CxSurveyKind kind = CxSurveyKind.NPS;

    /** Null when nothing is to be shown, else the fragment's model. */
    public Map<String, Object> prompt(Locale locale) {
        Customer customer = CustomerState.getCustomer();
        if (customer == null || !customer.isLoggedIn() || customer.getId() == null
                || !surveyService.mayAsk(customer.getId(), kind, new Date())) {
            return null;
        }
        Locale page = new Locale(texts.language(locale));
        Map<String, Object> p = new LinkedHashMap<String, Object>();
        p.put("survey", kind.getType());
        p.put("lang", texts.language(page));
        p.put("dir", texts.dir(page));
        String prefix = kind.messagePrefix();
        p.put("question", texts.text(prefix + "question", page, settings.getStoreName()));
        p.put("low", texts.text(prefix + "low", page));
        p.put("high", texts.text(prefix + "high", page));
        p.put("send", texts.text("cx.survey.send", page));
        p.put("heading", texts.text("cx.survey.prompt.heading", page));
        List<Map<String, String>> scores = new ArrayList<Map<String, String>>();
        for (int s = kind.getMin(); s <= kind.getMax(); s++) {
            Map<String, String> score = new LinkedHashMap<String, String>();
            score.put("value", String.valueOf(s));
            score.put("label", texts.text("cx.survey.scoreLabel", page, s, kind.getMax()));
            scores.add(score);
        }
        p.put("scores", scores);
        return p;
    }

    public void setKind(String survey) {
        CxSurveyKind k = CxSurveyKind.getInstance(survey);
        if (k == null) {
            throw new IllegalArgumentException("no survey " + survey);
        }
        this.kind = k;
    }
}
