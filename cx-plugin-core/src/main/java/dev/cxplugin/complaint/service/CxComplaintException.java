package dev.cxplugin.complaint.service;

/** A request the desk refuses; nothing was changed. The code tells the web faces which 4xx to answer. */
public class CxComplaintException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Code {
        /** unknown ticket, order or item, or not the caller's: 404 */
        NOT_FOUND,
        /** bad or missing input: 400 */
        INVALID,
        /** not allowed in the ticket's state: 409 */
        WRONG_STATE,
        /** above the actor's compensation limit, or not their right: 403 */
        FORBIDDEN
    }

    private final Code code;

    public CxComplaintException(Code code, String message) {
        super(message);
        this.code = code;
    }

    public Code getCode() {
        return code;
    }
}
