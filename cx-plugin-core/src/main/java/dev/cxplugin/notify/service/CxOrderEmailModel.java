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

    public static Map<String, Object> build(Order order, Locale locale, CxNotificationSettings settings) {
        Map<String, Object> model = new HashMap<String, Object>();
        String currencyCode = order.getCurrency() != null ? order.getCurrency().getCurrencyCode() : "USD";
        NumberFormat money = NumberFormat.getCurrencyInstance(locale);
        money.setCurrency(Currency.getInstance(currencyCode));
        NumberFormat count = NumberFormat.getIntegerInstance(locale);
        DateFormat date = DateFormat.getDateInstance(DateFormat.LONG, locale);

        Customer customer = order.getCustomer();
        String firstName = customer != null && customer.getFirstName() != null ? customer.getFirstName() : "";
        model.put("firstName", firstName);
        model.put("orderNumber", order.getOrderNumber());
        Date submitted = order.getSubmitDate() != null ? order.getSubmitDate() : new Date();
        model.put("submitDate", date.format(submitted));
        model.put("deliveryFrom", date.format(addDays(submitted, settings.getDeliveryMinDays())));
        model.put("deliveryTo", date.format(addDays(submitted, settings.getDeliveryMaxDays())));

        List<Map<String, String>> items = new ArrayList<Map<String, String>>();
        for (OrderItem item : order.getOrderItems()) {
            Map<String, String> row = new LinkedHashMap<String, String>();
            row.put("name", item.getName());
            row.put("quantity", count.format(item.getQuantity()));
            row.put("price", format(money, item.getAveragePrice()));
            row.put("total", format(money, item.getAveragePrice() == null ? null : item.getAveragePrice().multiply(item.getQuantity())));
            row.put("imageUrl", imageUrl(item, settings));
            items.add(row);
        }
        model.put("items", items);
        model.put("subtotal", format(money, order.getSubTotal()));
        model.put("shipping", format(money, order.getTotalFulfillmentCharges()));
        model.put("tax", format(money, order.getTotalTax()));
        model.put("total", format(money, order.getTotal()));

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
        model.put("addressLines", address);
        model.put("storeName", settings.getStoreName());
        model.put("supportEmail", settings.getSupportEmail());
        model.put("accountUrl", settings.getSiteBaseUrl() + "/account");
        model.put("dir", isRightToLeft(locale) ? "rtl" : "ltr");
        model.put("align", isRightToLeft(locale) ? "right" : "left");
        model.put("lang", locale.getLanguage());
        return model;
    }

    static String imageUrl(OrderItem item, CxNotificationSettings settings) {
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
        if (media == null || media.getUrl() == null) {
            return null;
        }
        String url = media.getUrl();
        return url.startsWith("http") ? url : settings.getSiteBaseUrl() + (url.startsWith("/") ? "" : "/") + url;
    }

    static String format(NumberFormat money, Money value) {
        return value == null ? money.format(0) : money.format(value.getAmount());
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
