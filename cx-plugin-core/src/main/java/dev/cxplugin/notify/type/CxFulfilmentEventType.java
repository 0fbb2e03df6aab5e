package dev.cxplugin.notify.type;

import java.io.Serializable;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What happened to an order after checkout, and the email that announces it. */
public class CxFulfilmentEventType implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, CxFulfilmentEventType> TYPES = new LinkedHashMap<String, CxFulfilmentEventType>();

    public static final CxFulfilmentEventType SHIPPED = new CxFulfilmentEventType("SHIPPED", "Shipped", CxNotificationKind.SHIPPED);
    public static final CxFulfilmentEventType DELAYED = new CxFulfilmentEventType("DELAYED", "New promised date", CxNotificationKind.DELAYED);
    public static final CxFulfilmentEventType DELIVERED = new CxFulfilmentEventType("DELIVERED", "Delivered", CxNotificationKind.DELIVERED);
    public static final CxFulfilmentEventType CANCELLED = new CxFulfilmentEventType("CANCELLED", "Cancelled", CxNotificationKind.ORDER_CANCELLED);
    public static final CxFulfilmentEventType RETURN_REQUESTED = new CxFulfilmentEventType("RETURN_REQUESTED", "Return requested", CxNotificationKind.RETURN_REQUESTED);
    public static final CxFulfilmentEventType RETURN_RECEIVED = new CxFulfilmentEventType("RETURN_RECEIVED", "Return received", CxNotificationKind.RETURN_RECEIVED);
    public static final CxFulfilmentEventType REFUND_ISSUED = new CxFulfilmentEventType("REFUND_ISSUED", "Refund issued", CxNotificationKind.REFUND_ISSUED);

    private final String type;
    private final String friendlyType;
    private final CxNotificationKind notificationKind;

    public CxFulfilmentEventType(String type, String friendlyType, CxNotificationKind notificationKind) {
        this.type = type;
        this.friendlyType = friendlyType;
        this.notificationKind = notificationKind;
        synchronized (TYPES) {
            if (!TYPES.containsKey(type)) {
                TYPES.put(type, this);
            }
        }
    }

    public static CxFulfilmentEventType getInstance(String type) {
        synchronized (TYPES) {
            return type == null ? null : TYPES.get(type.trim().toUpperCase());
        }
    }

    public static Collection<CxFulfilmentEventType> all() {
        synchronized (TYPES) {
            return Collections.unmodifiableCollection(TYPES.values());
        }
    }

    public String getType() { return type; }
    public String getFriendlyType() { return friendlyType; }
    public CxNotificationKind getNotificationKind() { return notificationKind; }

    @Override
    public boolean equals(Object o) {
        return o instanceof CxFulfilmentEventType && ((CxFulfilmentEventType) o).type.equals(type);
    }

    @Override
    public int hashCode() {
        return type.hashCode();
    }

    @Override
    public String toString() {
        return type;
    }
}
