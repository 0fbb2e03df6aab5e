package dev.cxplugin.complaint.type;

/** Each priority has its own SLA policy (first response and resolution targets). */
public enum CxComplaintPriority {
    LOW, NORMAL, HIGH, URGENT;

    public static CxComplaintPriority parse(String s) {
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
