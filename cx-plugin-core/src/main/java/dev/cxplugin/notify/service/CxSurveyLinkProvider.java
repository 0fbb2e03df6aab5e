package dev.cxplugin.notify.service;

import dev.cxplugin.notify.domain.CxNotification;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one-click answer links of an email whose kind asks a survey question
 * ({@link dev.cxplugin.notify.type.CxNotificationKind#getSurvey()}: NPS, CSAT or CES). The surveys capability
 * provides them; without a provider, or with an empty list, the email leaves the question out.
 */
public interface CxSurveyLinkProvider {

    /** One map per answer, lowest score first, each with "label" and "url"; empty to leave the question out. */
    List<Map<String, String>> surveyLinks(CxNotification notification, String survey, Locale locale);
}
