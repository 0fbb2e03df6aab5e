package dev.cxplugin.notify.service;

import java.math.BigDecimal;
import java.text.DateFormat;
import java.text.NumberFormat;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Formats an event's details for the reader: keys ending in {@code Date} (ISO yyyy-MM-dd) as a long date,
 * {@code Amount} as money in the order's currency, {@code Percent} and {@code Days} as numbers, all in the
 * customer's locale (Arabic and Persian digits included). Other values pass unchanged.
 */
public final class CxEmailFormats {

    private CxEmailFormats() {
    }

    public static Map<String, String> formatDetails(Map<String, String> details, Locale locale, String currencyCode) {
        Map<String, String> out = new LinkedHashMap<String, String>();
        for (Map.Entry<String, String> e : details.entrySet()) {
            String key = e.getKey();
            String value = e.getValue();
            if (value == null || value.isEmpty()) {
                continue;
            }
            try {
                if (key.endsWith("Date")) {
                    SimpleDateFormat iso = new SimpleDateFormat("yyyy-MM-dd");
                    iso.setLenient(false);
                    value = DateFormat.getDateInstance(DateFormat.LONG, locale).format(iso.parse(value));
                } else if (key.endsWith("Amount")) {
                    NumberFormat money = NumberFormat.getCurrencyInstance(locale);
                    money.setCurrency(Currency.getInstance(currencyCode == null ? "USD" : currencyCode));
                    value = money.format(new BigDecimal(value));
                } else if (key.endsWith("Percent") || key.endsWith("Days")) {
                    value = NumberFormat.getNumberInstance(locale).format(new BigDecimal(value));
                }
            } catch (ParseException | NumberFormatException ex) {
                throw new IllegalArgumentException("detail " + key + " is not a valid value: " + value, ex);
            }
            out.put(key, value);
        }
        return out;
    }
}
