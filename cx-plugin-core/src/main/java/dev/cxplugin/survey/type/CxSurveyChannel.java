package dev.cxplugin.survey.type;

/** Where an answer came from. */
public final class CxSurveyChannel {

    /** A one-click link in an email. */
    public static final String EMAIL = "EMAIL";
    /** The prompt on the storefront (order confirmation, account page). */
    public static final String SITE = "SITE";

    private CxSurveyChannel() {
    }

    public static boolean isValid(String channel) {
        return EMAIL.equals(channel) || SITE.equals(channel);
    }
}
