package dev.cxplugin.common.event;

/**
 * An order's fulfilment event was recorded (shipped, delayed, delivered, cancelled, return requested or received,
 * refund issued). {@link #isDelayAnnounced()} is true when a DELAYED event moved the promised date later and
 * the customer is told (an earlier or unchanged date is recorded but announces nothing).
 */
public class CxOrderFulfilmentEvent extends CxEvent {

    private static final long serialVersionUID = 1L;

    private final String eventType;
    private final Long fulfilmentEventId;
    private final boolean delayAnnounced;

    public CxOrderFulfilmentEvent(Object source, Long customerId, Long orderId, String eventType, Long fulfilmentEventId,
            boolean delayAnnounced) {
        super(source, customerId, orderId);
        this.eventType = eventType;
        this.fulfilmentEventId = fulfilmentEventId;
        this.delayAnnounced = delayAnnounced;
    }

    /** CxFulfilmentEventType's name: SHIPPED, DELAYED, DELIVERED, CANCELLED, RETURN_REQUESTED, RETURN_RECEIVED, REFUND_ISSUED. */
    public String getEventType() {
        return eventType;
    }

    /** The id of the recorded CX_FULFILMENT_EVENT row (items returned, amounts, dates). */
    public Long getFulfilmentEventId() {
        return fulfilmentEventId;
    }

    public boolean isDelayAnnounced() {
        return delayAnnounced;
    }
}
