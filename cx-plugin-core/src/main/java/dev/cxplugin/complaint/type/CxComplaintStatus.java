package dev.cxplugin.complaint.type;

/** A ticket's lifecycle: NEW -> OPEN -> PENDING_CUSTOMER / ON_HOLD -> RESOLVED -> CLOSED. */
public enum CxComplaintStatus {
    NEW, OPEN, PENDING_CUSTOMER, ON_HOLD, RESOLVED, CLOSED;

    /** The SLA clock stops while waiting on the customer or on hold, and once resolved. */
    public boolean isClockRunning() {
        return this == NEW || this == OPEN;
    }

    /** Still work to do: counts in the backlog. */
    public boolean isOpenWork() {
        return this != RESOLVED && this != CLOSED;
    }

    public static CxComplaintStatus parse(String s) {
        if (s == null) {
            return null;
        }
        try {
            return valueOf(s.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
