package dev.cxplugin.notify.type;

/** Where a notification is in its life: waiting, being sent by one dispatcher, sent, given up, or not needed. */
public final class CxNotificationStatus {

    public static final String PENDING = "PENDING";
    public static final String SENDING = "SENDING";
    public static final String SENT = "SENT";
    /** Failed every attempt (or cannot be rendered); the reason is kept and an admin can resend it. */
    public static final String DEAD = "DEAD";
    /** Not to be sent: the order it announces never completed, or a follow-up was overtaken by events. */
    public static final String CANCELLED = "CANCELLED";

    private CxNotificationStatus() {
    }
}
