package dev.cxplugin.survey.service;

/**
 * An answer that cannot be taken, with the HTTP status a face should answer and a short reason code (the key of
 * the page's message): BAD_SCORE, BAD_SURVEY, COMMENT_TOO_LONG (400), FORGED, MALFORMED (400), EXPIRED (410),
 * NOT_FOUND (404: unknown or another customer's ids), ALREADY_ASKED (409: the throttle took the question away).
 */
public class CxSurveyException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String reason;

    public CxSurveyException(int status, String reason, String message) {
        super(message);
        this.status = status;
        this.reason = reason;
    }

    public int getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }
}
