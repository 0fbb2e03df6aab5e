package dev.cxplugin.notify.service;

import org.broadleafcommerce.common.media.domain.Media;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.codehaus.jackson.map.ObjectMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.text.DateFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Currency;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns a Broadleaf order into plain values for an email template, formatted for the customer's locale
 * (Arabic and Persian get their own digits), so templates never touch lazy entities.
 */
public class CxOrderEmailModel {

    public static boolean isRightToLeft(Locale locale) {
        String lang = locale.getLanguage();
        return "ar".equals(lang) || "fa".equals(lang) || "he".equals(lang) || "ur".equals(lang);
    }

    public static Locale toLocale(String code) {
        if (code == null || code.trim().isEmpty()) {
            return Locale.US;
        }
        String[] parts = code.trim().split("[_-]");
        return parts.length > 1 ? new Locale(parts[0], parts[1]) : new Locale(parts[0]);
    }

    /** The payload detail that carries the order's snapshot (see {@link #snapshot}). */
    public static final String SNAPSHOT_DETAIL = "cx.orderSnapshot";

    /** Thread-safe once configured; shared, as creating one costs far more than using it. */
    protected static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What a confirmation needs from an order, as raw values (amounts as plain decimals, no formatting), taken
     * at checkout while the order is loaded anyway. The dispatcher then renders from it without loading the
     * order's items, SKUs and media again, and the email shows the order as it was placed. Order number and
     * submit date are not in it: Broadleaf sets them after the activity that records the confirmation.
     */
    public static Map<String, Object> snapshot(Order order) {
        return decodeSnapshot(snapshotJson(order));
    }

    /**
     * The snapshot as one line of JSON, written straight from the order (it runs inside checkout: no intermediate
     * maps). Items carry their SKU, not its image: reading the media map cost checkout more than the rest of the
     * snapshot, and the dispatcher looks images up per SKU from a cache ({@link CxItemImages}).
     */
    public static String snapshotJson(Order order) {
        StringBuilder sb = new StringBuilder(512);
        sb.append("{\"v\":1,\"currency\":");
        writeJsonString(sb, order.getCurrency() != null ? order.getCurrency().getCurrencyCode() : "USD");
        Customer customer = order.getCustomer();
        sb.append(",\"firstName\":");
        writeJsonString(sb, customer != null && customer.getFirstName() != null ? customer.getFirstName() : "");
        sb.append(",\"items\":[");
        boolean first = true;
        for (OrderItem item : order.getOrderItems()) {
            sb.append(first ? "{\"name\":" : ",{\"name\":");
            first = false;
            writeJson(sb, item.getName());
            sb.append(",\"quantity\":").append(item.getQuantity()).append(",\"price\":");
            writeJsonString(sb, plain(item.getAveragePrice()));
            Sku sku = item instanceof DiscreteOrderItem ? ((DiscreteOrderItem) item).getSku() : null;
            sb.append(",\"sku\":").append(sku == null ? null : sku.getId()).append('}');
        }
        sb.append("],\"subtotal\":");
        writeJsonString(sb, plain(order.getSubTotal()));
        sb.append(",\"shipping\":");
        writeJsonString(sb, plain(order.getTotalFulfillmentCharges()));
        sb.append(",\"tax\":");
        writeJsonString(sb, plain(order.getTotalTax()));
        sb.append(",\"total\":");
        writeJsonString(sb, plain(order.getTotal()));
        sb.append(",\"address\":");
        writeJson(sb, addressLines(order));
        return sb.append('}').toString();
    }

    /**
     * The snapshot as one line of JSON (JSON escapes line breaks, so it fits a payload line). Written by hand:
     * it runs inside checkout, and Jackson's writer set-up cost more than the snapshot itself; read back with
     * Jackson ({@link #decodeSnapshot}).
     */
    public static String encodeSnapshot(Map<String, Object> snapshot) {
        StringBuilder sb = new StringBuilder(256);
        writeJson(sb, snapshot);
        return sb.toString();
    }

    /** JSON of maps with string keys, lists, strings, numbers, booleans and null: what a snapshot holds. */
    static void writeJson(StringBuilder sb, Object value) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String) {
            writeJsonString(sb, (String) value);
        } else if (value instanceof Number || value instanceof Boolean) {
            sb.append(value);
        } else if (value instanceof Map) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                writeJsonString(sb, String.valueOf(e.getKey()));
                sb.append(':');
                writeJson(sb, e.getValue());
            }
            sb.append('}');
        } else if (value instanceof List) {
            sb.append('[');
            boolean first = true;
            for (Object item : (List<?>) value) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                writeJson(sb, item);
            }
            sb.append(']');
        } else {
            throw new IllegalStateException("cannot write a " + value.getClass().getName() + " into the order snapshot");
        }
    }

    static void writeJsonString(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }

    /** Reads a snapshot back; anything that is not a snapshot of a known version fails with the reason. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> decodeSnapshot(String json) {
        if (json == null || json.trim().isEmpty()) {
            throw new IllegalArgumentException("empty order snapshot");
        }
        Map<String, Object> snap;
        try {
            snap = JSON.readValue(json, Map.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable order snapshot: " + e.getMessage(), e);
        }
        if (snap == null || !Integer.valueOf(1).equals(snap.get("v")) || !(snap.get("items") instanceof List)) {
            throw new IllegalArgumentException("not an order snapshot of version 1");
        }
        return snap;
    }

    /** The template model of an order, read from the order itself (rows recorded without a snapshot). */
    public static Map<String, Object> build(Order order, Locale locale, CxNotificationSettings settings) {
        final Map<Long, String> images = new HashMap<Long, String>();
        for (OrderItem item : order.getOrderItems()) {
            if (item instanceof DiscreteOrderItem && ((DiscreteOrderItem) item).getSku() != null) {
                images.put(((DiscreteOrderItem) item).getSku().getId(), mediaUrl(item));
            }
        }
        return fromSnapshot(snapshot(order), order.getOrderNumber(), order.getSubmitDate(), locale, settings, images::get);
    }

    /** The model without item images (a snapshot's SKUs are not looked up). */
    public static Map<String, Object> fromSnapshot(Map<String, Object> snap, String orderNumber, Date submitDate,
            Locale locale, CxNotificationSettings settings) {
        return fromSnapshot(snap, orderNumber, submitDate, locale, settings, sku -> null);
    }

    /** The template model: the snapshot's values formatted for the customer's locale. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> fromSnapshot(Map<String, Object> snap, String orderNumber, Date submitDate,
            Locale locale, CxNotificationSettings settings, Function<Long, String> imageOfSku) {
        Map<String, Object> model = new HashMap<String, Object>();
        String currencyCode = snap.get("currency") == null ? "USD" : snap.get("currency").toString();
        NumberFormat money = NumberFormat.getCurrencyInstance(locale);
        money.setCurrency(Currency.getInstance(currencyCode));
        NumberFormat count = NumberFormat.getIntegerInstance(locale);
        DateFormat date = DateFormat.getDateInstance(DateFormat.LONG, locale);

        model.put("firstName", snap.get("firstName") == null ? "" : snap.get("firstName").toString());
        model.put("orderNumber", orderNumber);
        Date submitted = submitDate != null ? submitDate : new Date();
        model.put("submitDate", date.format(submitted));
        model.put("deliveryFrom", date.format(addDays(submitted, settings.getDeliveryMinDays())));
        model.put("deliveryTo", date.format(addDays(submitted, settings.getDeliveryMaxDays())));

        List<Map<String, String>> items = new ArrayList<Map<String, String>>();
        for (Map<String, Object> item : (List<Map<String, Object>>) snap.get("items")) {
            int quantity = ((Number) item.get("quantity")).intValue();
            BigDecimal price = amount(item.get("price"));
            Map<String, String> row = new LinkedHashMap<String, String>();
            row.put("name", item.get("name") == null ? "" : item.get("name").toString());
            row.put("quantity", count.format(quantity));
            row.put("price", money.format(price));
            row.put("total", money.format(price.multiply(BigDecimal.valueOf(quantity))));
            // snapshots taken before SKUs replaced images carry the image itself
            String image = item.containsKey("image") ? (String) item.get("image")
                    : item.get("sku") instanceof Number ? imageOfSku.apply(((Number) item.get("sku")).longValue()) : null;
            row.put("imageUrl", absoluteUrl(image, settings));
            items.add(row);
        }
        model.put("items", items);
        model.put("subtotal", money.format(amount(snap.get("subtotal"))));
        model.put("shipping", money.format(amount(snap.get("shipping"))));
        model.put("tax", money.format(amount(snap.get("tax"))));
        model.put("total", money.format(amount(snap.get("total"))));
        List<String> address = new ArrayList<String>();
        if (snap.get("address") instanceof List) {
            for (Object line : (List<Object>) snap.get("address")) {
                address.add(String.valueOf(line));
            }
        }
        model.put("addressLines", address);
        putStoreAndDirection(model, locale, settings);
        return model;
    }

    static List<String> addressLines(Order order) {
        List<String> address = new ArrayList<String>();
        for (FulfillmentGroup fg : order.getFulfillmentGroups()) {
            Address a = fg.getAddress();
            if (a != null) {
                addLine(address, join(a.getFirstName(), a.getLastName()));
                addLine(address, a.getAddressLine1());
                addLine(address, a.getAddressLine2());
                addLine(address, join(a.getPostalCode(), a.getCity()));
                if (a.getCountry() != null) {
                    addLine(address, a.getCountry().getName());
                }
                break;
            }
        }
        return address;
    }

    /** What every email needs, with or without an order: the store, where to get help, reading direction. */
    public static void putStoreAndDirection(Map<String, Object> model, Locale locale, CxNotificationSettings settings) {
        boolean rtl = isRightToLeft(locale);
        model.put("storeName", settings.getStoreName());
        model.put("supportEmail", settings.getSupportEmail());
        model.put("accountUrl", settings.getSiteBaseUrl() + "/account");
        model.put("dir", rtl ? "rtl" : "ltr");
        model.put("align", rtl ? "right" : "left");
        model.put("lang", locale.getLanguage());
    }

    /** The SKU's primary image, else the product's, as stored (made absolute when the email is rendered). */
    static String mediaUrl(OrderItem item) {
        if (!(item instanceof DiscreteOrderItem)) {
            return null;
        }
        Sku sku = ((DiscreteOrderItem) item).getSku();
        Media media = null;
        if (sku != null && sku.getSkuMedia() != null) {
            media = sku.getSkuMedia().get("primary");
        }
        if (media == null && ((DiscreteOrderItem) item).getProduct() != null) {
            media = ((DiscreteOrderItem) item).getProduct().getMedia().get("primary");
        }
        return media == null ? null : media.getUrl();
    }

    static String absoluteUrl(String url, CxNotificationSettings settings) {
        if (url == null || url.isEmpty()) {
            return null;
        }
        return url.startsWith("http") ? url : settings.getSiteBaseUrl() + (url.startsWith("/") ? "" : "/") + url;
    }

    static String plain(Money value) {
        return value == null || value.getAmount() == null ? "0" : value.getAmount().toPlainString();
    }

    static BigDecimal amount(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(value.toString());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an amount in the order snapshot: " + value);
        }
    }

    static Date addDays(Date from, int days) {
        Calendar c = Calendar.getInstance();
        c.setTime(from);
        c.add(Calendar.DAY_OF_MONTH, days);
        return c.getTime();
    }

    static String join(String a, String b) {
        return ((a == null ? "" : a) + " " + (b == null ? "" : b)).trim();
    }

    static void addLine(List<String> lines, String line) {
        if (line != null && !line.trim().isEmpty()) {
            lines.add(line.trim());
        }
    }
}
