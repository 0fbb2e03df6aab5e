package dev.cxplugin.notify.service;

/** What recording an event did: the stored event, its email, a compensation code if one was made. */
public class CxFulfilmentResult {

    protected final Long eventRecordId;
    protected final Long orderId;
    protected final String type;
    protected final boolean duplicate;
    protected final Long notificationId;
    protected final String compensationCode;

    public CxFulfilmentResult(Long eventRecordId, Long orderId, String type, boolean duplicate,
            Long notificationId, String compensationCode) {
        this.eventRecordId = eventRecordId;
        this.orderId = orderId;
        this.type = type;
        this.duplicate = duplicate;
        this.notificationId = notificationId;
        this.compensationCode = compensationCode;
    }

    public Long getEventRecordId() { return eventRecordId; }
    public Long getOrderId() { return orderId; }
    public String getType() { return type; }
    public boolean isDuplicate() { return duplicate; }
    /** Null when the event announces nothing (e.g. a promised date moved earlier). */
    public Long getNotificationId() { return notificationId; }
    public String getCompensationCode() { return compensationCode; }
}
