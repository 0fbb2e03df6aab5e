package dev.cxplugin.notify.service;

/** An event that cannot be recorded, with a code an HTTP caller can act on. */
public class CxFulfilmentException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Code { UNKNOWN_ORDER, INVALID_EVENT, WRONG_STATE, CONFLICT }

    private final Code code;

    public CxFulfilmentException(Code code, String message) {
        super(message);
        this.code = code;
    }

    public Code getCode() {
        return code;
    }
}
