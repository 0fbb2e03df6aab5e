package dev.cxplugin.notify.service;

import dev.cxplugin.notify.domain.CxFulfilmentEvent;
import dev.cxplugin.notify.domain.CxOrderFulfilment;

import java.util.List;

/**
 * The one entry point for what happens to an order after checkout (Broadleaf 3.1 has no shipping
 * workflow): Java integrations call it directly, the admin's order actions and the warehouse HTTP endpoint
 * call it too. Each event is recorded with the email it announces, in one transaction.
 */
public interface CxFulfilmentEventService {

    /**
     * Records the event, updates the order's fulfilment state and enqueues its email. Idempotent by
     * (source, event id): a replay changes nothing and returns the first result with {@code duplicate}
     * set. An unknown order or an invalid event throws {@link CxFulfilmentException} and records nothing.
     */
    CxFulfilmentResult record(CxFulfilmentEventRequest request) throws CxFulfilmentException;

    /** The order's current fulfilment state (carrier, tracking, promised date, ...), or null if none yet. */
    CxOrderFulfilment readFulfilment(Long orderId);

    /** Every event recorded for the order, oldest first. */
    List<CxFulfilmentEvent> readEvents(Long orderId);
}
