package dev.cxplugin.loyalty.service;

/** A loyalty request that was refused; nothing was changed. {@link #getCode()} tells callers which HTTP status fits. */
public class CxLoyaltyException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Code {
        /** Out of range or malformed input: 400. */
        INVALID,
        /** Not enough points: 409. */
        INSUFFICIENT,
        /** No such reward for this customer (including another customer's): 404. */
        NOT_FOUND,
        /** The reward code was already used: 409. */
        USED
    }

    private final Code code;

    public CxLoyaltyException(Code code, String message) {
        super(message);
        this.code = code;
    }

    public Code getCode() {
        return code;
    }
}
