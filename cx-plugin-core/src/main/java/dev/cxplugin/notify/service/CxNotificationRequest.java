package dev.cxplugin.notify.service;

import dev.cxplugin.notify.type.CxNotificationKind;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/** What to announce to whom. The dedupe key makes the request idempotent: the same key is recorded once. */
public class CxNotificationRequest {

    protected final CxNotificationKind kind;
    protected final String dedupeKey;
    protected Long customerId;
    protected Long orderId;
    protected String recipient;
    protected String locale;
    protected Date notBefore;
    protected final Map<String, String> details = new LinkedHashMap<String, String>();
    /** Set when what the request announces did not happen after all (a checkout failing after it recorded it). */
    protected volatile boolean withdrawn;

    public CxNotificationRequest(CxNotificationKind kind, String dedupeKey) {
        this.kind = kind;
        this.dedupeKey = dedupeKey;
    }

    /** One order event, recorded once per order: e.g. ORDER_CONFIRMED:order:42. */
    public static CxNotificationRequest forOrder(CxNotificationKind kind, Long orderId) {
        CxNotificationRequest r = new CxNotificationRequest(kind, kind.getType() + ":order:" + orderId);
        r.orderId = orderId;
        return r;
    }

    public CxNotificationRequest customer(Long customerId) {
        this.customerId = customerId;
        return this;
    }

    public CxNotificationRequest recipient(String recipient) {
        this.recipient = recipient;
        return this;
    }

    public CxNotificationRequest locale(String locale) {
        this.locale = locale;
        return this;
    }

    /** Not to be sent before this time (a follow-up a week after delivery); default: now. */
    public CxNotificationRequest notBefore(Date notBefore) {
        this.notBefore = notBefore;
        return this;
    }

    public CxNotificationRequest detail(String key, String value) {
        details.put(key, value);
        return this;
    }

    /** A request recorded to be written later (with an order save) and not to be written after all. */
    public void withdraw() {
        this.withdrawn = true;
    }

    public boolean isWithdrawn() { return withdrawn; }
    public CxNotificationKind getKind() { return kind; }
    public String getDedupeKey() { return dedupeKey; }
    public Long getCustomerId() { return customerId; }
    public Long getOrderId() { return orderId; }
    public String getRecipient() { return recipient; }
    public String getLocale() { return locale; }
    public Map<String, String> getDetails() { return details; }
    public Date getNotBefore() { return notBefore; }
}
