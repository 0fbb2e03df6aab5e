package dev.cxplugin.notify.service;

import dev.cxplugin.notify.type.CxFulfilmentEventType;

import java.math.BigDecimal;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One event about one order. The order is named by id or by order number. {@code source} and
 * {@code eventId} identify the event for idempotency ("admin" actions and "api" callers make their own ids;
 * a warehouse sends its own).
 */
public class CxFulfilmentEventRequest {

    protected CxFulfilmentEventType type;
    protected String source = "api";
    protected String eventId;
    protected Long orderId;
    protected String orderNumber;
    protected Date occurredAt;
    /** SHIPPED: carrier, tracking number and link, expected delivery date. */
    protected String carrier;
    protected String trackingNumber;
    protected String trackingUrl;
    /** SHIPPED: expected delivery; DELAYED: the new promised date. */
    protected Date promisedDate;
    /** DELAYED, CANCELLED, RETURN_*: why, in the customer's words or the merchant's. */
    protected String reason;
    /** RETURN_*, REFUND_ISSUED: the return's reference (made up if absent). */
    protected String returnReference;
    /** REFUND_ISSUED: the amount refunded (in the order's currency). */
    protected BigDecimal refundAmount;
    /** RETURN_*: order item id -> quantity returned; empty means the whole order. */
    protected final Map<Long, Integer> items = new LinkedHashMap<Long, Integer>();
    /** Who did it (admin user name, integration name). */
    protected String actor;

    public CxFulfilmentEventRequest() {
    }

    public CxFulfilmentEventRequest(CxFulfilmentEventType type, String source, String eventId) {
        this.type = type;
        this.source = source;
        this.eventId = eventId;
    }

    public CxFulfilmentEventType getType() { return type; }
    public CxFulfilmentEventRequest setType(CxFulfilmentEventType type) { this.type = type; return this; }
    public String getSource() { return source; }
    public CxFulfilmentEventRequest setSource(String source) { this.source = source; return this; }
    public String getEventId() { return eventId; }
    public CxFulfilmentEventRequest setEventId(String eventId) { this.eventId = eventId; return this; }
    public Long getOrderId() { return orderId; }
    public CxFulfilmentEventRequest setOrderId(Long orderId) { this.orderId = orderId; return this; }
    public String getOrderNumber() { return orderNumber; }
    public CxFulfilmentEventRequest setOrderNumber(String orderNumber) { this.orderNumber = orderNumber; return this; }
    public Date getOccurredAt() { return occurredAt; }
    public CxFulfilmentEventRequest setOccurredAt(Date occurredAt) { this.occurredAt = occurredAt; return this; }
    public String getCarrier() { return carrier; }
    public CxFulfilmentEventRequest setCarrier(String carrier) { this.carrier = carrier; return this; }
    public String getTrackingNumber() { return trackingNumber; }
    public CxFulfilmentEventRequest setTrackingNumber(String trackingNumber) { this.trackingNumber = trackingNumber; return this; }
    public String getTrackingUrl() { return trackingUrl; }
    public CxFulfilmentEventRequest setTrackingUrl(String trackingUrl) { this.trackingUrl = trackingUrl; return this; }
    public Date getPromisedDate() { return promisedDate; }
    public CxFulfilmentEventRequest setPromisedDate(Date promisedDate) { this.promisedDate = promisedDate; return this; }
    public String getReason() { return reason; }
    public CxFulfilmentEventRequest setReason(String reason) { this.reason = reason; return this; }
    public String getReturnReference() { return returnReference; }
    public CxFulfilmentEventRequest setReturnReference(String returnReference) { this.returnReference = returnReference; return this; }
    public BigDecimal getRefundAmount() { return refundAmount; }
    public CxFulfilmentEventRequest setRefundAmount(BigDecimal refundAmount) { this.refundAmount = refundAmount; return this; }
    public Map<Long, Integer> getItems() { return items; }
    public String getActor() { return actor; }
    public CxFulfilmentEventRequest setActor(String actor) { this.actor = actor; return this; }
}
