package dev.cxplugin.survey.service;

import dev.cxplugin.common.link.CxLinkClaims;
import dev.cxplugin.survey.dao.CxSurveyFilter;
import dev.cxplugin.survey.domain.CxSurveyResponse;
import dev.cxplugin.survey.type.CxSurveyKind;

import java.util.Date;
import java.util.List;

/**
 * Survey questions and answers. One answer per question asked (a unique question key), throttled per customer
 * and survey across every channel ({@code cx.survey.<kind>.throttleDays}), and a {@code CxSurveyAnsweredEvent}
 * published in the transaction of every stored change.
 */
public interface CxSurveyService {

    /** Purpose of the signed one-click answer links. */
    String LINK_PURPOSE = "cx.survey";

    /** True when the customer may be asked this survey now (nobody asked it within its throttle window). */
    boolean mayAsk(Long customerId, CxSurveyKind kind, Date now);

    /**
     * Takes the customer's slot for this survey for {@code questionKey} (in its own transaction, committed on
     * return). False when another question took it within the window. Asking the same question again is allowed.
     */
    boolean reserveQuestion(Long customerId, CxSurveyKind kind, String questionKey, Date now);

    /** True when this question holds the customer's slot for the survey (it was really asked). */
    boolean wasAsked(Long customerId, CxSurveyKind kind, String questionKey);

    /** The signed answer token for one score of an email's question. */
    String answerToken(Long customerId, Long orderId, Long notificationId, CxSurveyKind kind, int score, String topic);

    /** The claims of a genuine, unexpired answer token; a 4xx {@link CxSurveyException} otherwise. */
    CxLinkClaims verifyAnswerToken(String token) throws CxSurveyException;

    /**
     * Records (or changes) the answer to an email's question: the score (as chosen on the answer page, which may
     * differ from the link's) and the comment. Not single use: the same email's links change the same answer.
     */
    CxSurveyResponse answerFromEmail(String token, String score, String comment, String locale) throws CxSurveyException;

    /**
     * Records the answer of a signed-in customer to the on-site prompt. Takes the throttle slot; refused with 409
     * when the customer was asked this survey within the window (e.g. by email, or in another tab).
     * {@code orderId} is optional and must be the customer's own.
     */
    CxSurveyResponse answerOnSite(Long customerId, String survey, String score, Long orderId, String locale)
            throws CxSurveyException;

    /** Adds or changes the follow-up comment (and optionally the score) of the customer's own answer. */
    CxSurveyResponse comment(Long customerId, Long responseId, String comment) throws CxSurveyException;

    /** The customer's own answer, or 404. */
    CxSurveyResponse readOwnResponse(Long customerId, Long responseId) throws CxSurveyException;

    List<CxSurveyResponse> readResponses(CxSurveyFilter filter, int offset, int limit);

    long countResponses(CxSurveyFilter filter);

    int throttleDays(CxSurveyKind kind);
}
