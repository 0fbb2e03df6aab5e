package dev.cxplugin.notify.admin;

/** A form field staff filled in wrongly: a message key of CxAdminMessages and its arguments. */
public class CxAdminInputException extends Exception {

    private static final long serialVersionUID = 1L;

    protected final String messageKey;
    protected final Object[] arguments;

    public CxAdminInputException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments;
    }
}
