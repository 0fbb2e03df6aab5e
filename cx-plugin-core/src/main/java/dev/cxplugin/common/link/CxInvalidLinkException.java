package dev.cxplugin.common.link;

/** A link that must not be honoured, with why: FORGED, EXPIRED, WRONG_PURPOSE, USED or MALFORMED. */
public class CxInvalidLinkException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason { MALFORMED, FORGED, EXPIRED, WRONG_PURPOSE, USED }

    private final Reason reason;

    public CxInvalidLinkException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason getReason() {
        return reason;
    }
}
