package dev.cxplugin.common.event;

import org.springframework.context.ApplicationEvent;

/**
 * Something that happened in one capability that others may react to (an NPS detractor, a review approved,
 * an order delayed, points earned). Published with {@link CxEventPublisher} inside the transaction that caused
 * it; listeners are Spring {@code ApplicationListener}s that live with the capability that reacts, and run in
 * that same transaction, so the reaction commits or rolls back with the cause.
 */
public abstract class CxEvent extends ApplicationEvent {

    private static final long serialVersionUID = 1L;

    private final Long customerId;
    private final Long orderId;

    protected CxEvent(Object source, Long customerId, Long orderId) {
        super(source);
        this.customerId = customerId;
        this.orderId = orderId;
    }

    /** The customer concerned, or null. */
    public Long getCustomerId() {
        return customerId;
    }

    /** The order concerned, or null. */
    public Long getOrderId() {
        return orderId;
    }
}
