package dev.cxplugin.notify.admin;

import dev.cxplugin.notify.service.CxFulfilmentEventRequest;
import dev.cxplugin.notify.type.CxFulfilmentEventType;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.ParsePosition;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Map;

/**
 * Turns the admin's order-update form into a {@link CxFulfilmentEventRequest}. Everything staff can get wrong
 * in the form (a missing carrier, a date that is not a date, a quantity above what was ordered) is refused here,
 * before the service is called, with a message key naming the field; the service then checks the order's state.
 */
public class CxAdminFulfilmentForm {

    public static final String SOURCE = "admin";
    public static final String DATE_PATTERN = "yyyy-MM-dd";
    /** Prefix of the per-item quantity fields of the return forms: qty_{orderItemId}. */
    public static final String QUANTITY_PREFIX = "qty_";

    protected final Map<String, String> params;

    public CxAdminFulfilmentForm(Map<String, String> params) {
        this.params = params;
    }

    /**
     * @param orderId the order the page is about
     * @param orderedQuantities order item id -> quantity ordered (the return forms may not exceed it)
     * @param actor the admin user's login
     */
    public CxFulfilmentEventRequest toRequest(Long orderId, Map<Long, Integer> orderedQuantities, String actor)
            throws CxAdminInputException {
        CxFulfilmentEventType type = CxFulfilmentEventType.getInstance(value("type"));
        if (type == null) {
            throw new CxAdminInputException("cx.fulfilment.error.unknownAction", String.valueOf(value("type")));
        }
        String eventId = value("eventId");
        if (eventId == null) {
            throw new CxAdminInputException("cx.fulfilment.error.noEventId");
        }
        CxFulfilmentEventRequest request = new CxFulfilmentEventRequest(type, SOURCE, eventId)
                .setOrderId(orderId).setActor(actor).setOccurredAt(new Date());
        if (CxFulfilmentEventType.SHIPPED.equals(type)) {
            // as the service: a parcel is identified by its carrier, its tracking number, or both
            request.setCarrier(value("carrier"));
            request.setTrackingNumber(value("trackingNumber"));
            if (request.getCarrier() == null && request.getTrackingNumber() == null) {
                throw new CxAdminInputException("cx.fulfilment.error.required.carrierOrTracking");
            }
            request.setTrackingUrl(url("trackingUrl"));
            request.setPromisedDate(date("promisedDate", false));
        } else if (CxFulfilmentEventType.DELAYED.equals(type)) {
            request.setPromisedDate(date("promisedDate", true));
            request.setReason(required("reason"));
        } else if (CxFulfilmentEventType.CANCELLED.equals(type)) {
            request.setReason(required("reason"));
        } else if (CxFulfilmentEventType.RETURN_REQUESTED.equals(type)
                || CxFulfilmentEventType.RETURN_RECEIVED.equals(type)) {
            request.setReason(value("reason"));
            request.setReturnReference(value("returnReference"));
            readQuantities(request, orderedQuantities);
        } else if (CxFulfilmentEventType.REFUND_ISSUED.equals(type)) {
            request.setRefundAmount(amount("refundAmount"));
            request.setReturnReference(value("returnReference"));
            request.setReason(value("reason"));
        }
        return request;
    }

    protected void readQuantities(CxFulfilmentEventRequest request, Map<Long, Integer> ordered) throws CxAdminInputException {
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (!e.getKey().startsWith(QUANTITY_PREFIX)) {
                continue;
            }
            String raw = e.getValue() == null ? "" : e.getValue().trim();
            if (raw.isEmpty()) {
                continue;
            }
            Long itemId;
            try {
                itemId = Long.valueOf(e.getKey().substring(QUANTITY_PREFIX.length()));
            } catch (NumberFormatException ex) {
                throw new CxAdminInputException("cx.fulfilment.error.unknownItem", e.getKey());
            }
            if (!ordered.containsKey(itemId)) {
                throw new CxAdminInputException("cx.fulfilment.error.unknownItem", itemId);
            }
            int quantity;
            try {
                quantity = Integer.parseInt(raw);
            } catch (NumberFormatException ex) {
                throw new CxAdminInputException("cx.fulfilment.error.quantity", raw);
            }
            if (quantity < 0 || quantity > ordered.get(itemId)) {
                throw new CxAdminInputException("cx.fulfilment.error.quantityRange", raw, ordered.get(itemId));
            }
            if (quantity > 0) {
                request.getItems().put(itemId, quantity);
            }
        }
        // no quantities at all means the whole order, as the service reads an empty map
    }

    protected String value(String name) {
        String v = params.get(name);
        if (v == null) {
            return null;
        }
        v = v.trim();
        return v.isEmpty() ? null : v;
    }

    protected String required(String name) throws CxAdminInputException {
        String v = value(name);
        if (v == null) {
            throw new CxAdminInputException("cx.fulfilment.error.required." + name);
        }
        return v;
    }

    protected Date date(String name, boolean required) throws CxAdminInputException {
        String v = required ? required(name) : value(name);
        if (v == null) {
            return null;
        }
        SimpleDateFormat format = new SimpleDateFormat(DATE_PATTERN);
        format.setLenient(false);
        ParsePosition position = new ParsePosition(0);
        Date date = format.parse(v, position);
        // the whole text must be the date: "2026-13-01" or "2026-01-01x" is refused, not rolled over
        if (date == null || position.getIndex() != v.length() || !v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new CxAdminInputException("cx.fulfilment.error.date", v);
        }
        return date;
    }

    protected String url(String name) throws CxAdminInputException {
        String v = value(name);
        if (v == null) {
            return null;
        }
        try {
            URI uri = new URI(v);
            if (uri.getHost() == null || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                throw new CxAdminInputException("cx.fulfilment.error.url", v);
            }
        } catch (URISyntaxException e) {
            throw new CxAdminInputException("cx.fulfilment.error.url", v);
        }
        return v;
    }

    protected BigDecimal amount(String name) throws CxAdminInputException {
        String v = required(name);
        BigDecimal amount;
        try {
            amount = new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw new CxAdminInputException("cx.fulfilment.error.amount", v);
        }
        if (amount.signum() <= 0 || amount.scale() > 2) {
            throw new CxAdminInputException("cx.fulfilment.error.amount", v);
        }
        return amount;
    }
}
