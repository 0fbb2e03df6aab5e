package dev.cxplugin.notify.type;

import java.io.Serializable;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The kinds of email the plugin sends, Broadleaf-style: an extensible set of named constants (a store or
 * another capability may define its own). Transactional kinds always go; the others honour the customer's
 * opt-out and the contact cap.
 */
public class CxNotificationKind implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, CxNotificationKind> TYPES = new LinkedHashMap<String, CxNotificationKind>();

    public static final CxNotificationKind ORDER_CONFIRMED = new CxNotificationKind("ORDER_CONFIRMED", "Order confirmed", true);
    public static final CxNotificationKind ORDER_CANCELLED = new CxNotificationKind("ORDER_CANCELLED", "Order cancelled", true);
    public static final CxNotificationKind SHIPPED = new CxNotificationKind("SHIPPED", "Shipped", true);
    public static final CxNotificationKind DELAYED = new CxNotificationKind("DELAYED", "Delayed", true);
    public static final CxNotificationKind DELIVERED = new CxNotificationKind("DELIVERED", "Delivered", true);
    public static final CxNotificationKind RETURN_REQUESTED = new CxNotificationKind("RETURN_REQUESTED", "Return requested", true);
    public static final CxNotificationKind RETURN_RECEIVED = new CxNotificationKind("RETURN_RECEIVED", "Return received", true);
    public static final CxNotificationKind REFUND_ISSUED = new CxNotificationKind("REFUND_ISSUED", "Refund issued", true);
    public static final CxNotificationKind FOLLOW_UP = new CxNotificationKind("FOLLOW_UP", "Follow-up after delivery", false, null, "NPS");
    public static final CxNotificationKind BIRTHDAY = new CxNotificationKind("BIRTHDAY", "Birthday", false);

    private final String type;
    private final String friendlyType;
    private final boolean transactional;
    private final String template;
    private final String survey;

    public CxNotificationKind(String type, String friendlyType, boolean transactional) {
        this(type, friendlyType, transactional, null, null);
    }

    /**
     * A kind of another capability: {@code template} is its Thymeleaf template (e.g. {@code cx/complaint/received};
     * messages come from {@code messages*.properties} in the same folder), null for {@code cx/notify/<kind>};
     * {@code survey} names the survey question the email carries (NPS, CSAT, CES), or null.
     */
    public CxNotificationKind(String type, String friendlyType, boolean transactional, String template, String survey) {
        this.type = type;
        this.friendlyType = friendlyType;
        this.transactional = transactional;
        this.template = template != null ? template : "cx/notify/" + type.toLowerCase().replace('_', '-');
        this.survey = survey;
        synchronized (TYPES) {
            if (!TYPES.containsKey(type)) {
                TYPES.put(type, this);
            }
        }
    }

    public static CxNotificationKind getInstance(String type) {
        synchronized (TYPES) {
            return TYPES.get(type);
        }
    }

    public static Collection<CxNotificationKind> all() {
        synchronized (TYPES) {
            return Collections.unmodifiableCollection(TYPES.values());
        }
    }

    public String getType() {
        return type;
    }

    public String getFriendlyType() {
        return friendlyType;
    }

    public boolean isTransactional() {
        return transactional;
    }

    /** The template name, e.g. cx/notify/order-confirmed. */
    public String getTemplate() {
        return template;
    }

    /** The survey question this email carries (NPS, CSAT, CES), or null. */
    public String getSurvey() {
        return survey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CxNotificationKind && ((CxNotificationKind) o).type.equals(type);
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
