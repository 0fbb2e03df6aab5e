package dev.cxplugin.common.event;

import java.util.Date;

/**
 * A complaint ticket changed: created, replied to, moved (status, assignee, priority), breached an SLA target,
 * compensated or rated. Published by the complaint desk in the transaction of the change; figures that count
 * tickets by the day they were created recompute that day (the ticket's creation date travels with the event).
 */
public class CxComplaintChangedEvent extends CxEvent {

    private static final long serialVersionUID = 1L;

    private final Long complaintId;
    private final String what;
    private final Date createdAt;

    public CxComplaintChangedEvent(Object source, Long customerId, Long orderId, Long complaintId, String what, Date createdAt) {
        super(source, customerId, orderId);
        this.complaintId = complaintId;
        this.what = what;
        this.createdAt = createdAt;
    }

    public Long getComplaintId() {
        return complaintId;
    }

    /** The audit action (CREATED, STATUS, NOTE, ASSIGNEE, PRIORITY, SLA_BREACH, COMPENSATION, CSAT) or FIRST_RESPONSE. */
    public String getWhat() {
        return what;
    }

    /** When the ticket was created. */
    public Date getCreatedAt() {
        return createdAt;
    }
}
