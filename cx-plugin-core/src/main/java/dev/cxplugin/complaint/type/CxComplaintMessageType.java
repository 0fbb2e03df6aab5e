package dev.cxplugin.complaint.type;

/** An entry of a ticket's thread. Notes are internal: never shown to or emailed to the customer. */
public enum CxComplaintMessageType {
    CUSTOMER, STAFF_REPLY, NOTE, COMPENSATION;

    public boolean isPublic() {
        return this != NOTE;
    }
}
