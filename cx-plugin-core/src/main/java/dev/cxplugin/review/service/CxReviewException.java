package dev.cxplugin.review.service;

/**
 * Why a review or vote was refused. Each reason maps to one HTTP status, and the service changes nothing when it
 * throws (it is a runtime exception, so the transaction rolls back).
 */
public class CxReviewException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** A field out of range, too long or missing ({@link #getField()} says which). */
        INVALID(400),
        /** No such review or product, or not this customer's. */
        NOT_FOUND(404),
        /** Not signed in and no valid link. */
        NOT_SIGNED_IN(401),
        /** Voting on one's own review. */
        OWN_REVIEW(403),
        ALREADY_REVIEWED(409),
        ALREADY_VOTED(409),
        RATE_LIMITED(429);

        private final int httpStatus;

        Reason(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        public int getHttpStatus() {
            return httpStatus;
        }
    }

    protected final Reason reason;
    protected final String field;

    public CxReviewException(Reason reason, String field, String message) {
        super(message);
        this.reason = reason;
        this.field = field;
    }

    public CxReviewException(Reason reason, String message) {
        this(reason, null, message);
    }

    public Reason getReason() {
        return reason;
    }

    /** The form field at fault for INVALID (rating, title, body, reason, reply), else null. */
    public String getField() {
        return field;
    }
}
