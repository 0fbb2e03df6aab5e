package dev.cxplugin.notify.service;

import dev.cxplugin.common.util.CxHtml;
import org.springframework.context.MessageSource;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code cx/notify/order-confirmed.html} written out in Java (see {@link CxCompiledTemplate}). Texts still come
 * from the message bundles, so a merchant's own wording applies. {@code CompiledTemplatesTest} renders many models
 * both ways and requires the same HTML; when the template file changes, its hash no longer matches and Thymeleaf
 * renders it until this class is brought in line.
 */
public class CxOrderConfirmedHtml implements CxCompiledTemplate {

    public static final String TEMPLATE = "cx/notify/order-confirmed";

    public static final String SOURCE_SHA256 = "37dc6a6c5492e989e1bc311f2969988b1d4505f4d5f11bab4c23d9b4f32507c3";

    @Override
    public String template() {
        return TEMPLATE;
    }

    @Override
    public String sourceSha256() {
        return SOURCE_SHA256;
    }

    @Override
    @SuppressWarnings("unchecked")
    public String render(Locale locale, Map<String, Object> model, MessageSource messages) {
        Object items = model.get("items");
        Object address = model.get("addressLines");
        if (model.get("accountUrl") == null || !(items instanceof List) || !(address instanceof List)) {
            return null;
        }
        String dir = str(model.get("dir"));
        String align = str(model.get("align"));
        String end = "rtl".equals(dir) ? "left" : "right";
        StringBuilder h = new StringBuilder(16384);
        h.append("<!DOCTYPE html>\n\n<html lang=\"");
        esc(h, model.get("lang")).append("\" dir=\"");
        esc(h, dir).append("\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" />\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n<title>");
        esc(h, msg(messages, "ORDER_CONFIRMED.title", locale)).append("</title>\n</head>\n"
                + "<body style=\"margin:0;padding:0;background:#f4f1ec;font-family:Tahoma,Arial,'Segoe UI',sans-serif;color:#2b2b2b;\" dir=\"");
        esc(h, dir).append("\">\n<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#f4f1ec;\">\n"
                + "<tr><td align=\"center\" style=\"padding:24px 12px;\">\n"
                + "<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" style=\"max-width:600px;width:100%;background:#ffffff;border-radius:8px;\" dir=\"");
        esc(h, dir).append("\">\n  <tr><td style=\"padding:24px 28px 8px;text-align:");
        esc(h, align).append(";\">\n    <p style=\"margin:0;font-size:13px;color:#7a6a58;\">");
        esc(h, model.get("storeName")).append("</p>\n    <h1 style=\"margin:8px 0 0;font-size:22px;\">");
        esc(h, msg(messages, "ORDER_CONFIRMED.greeting", locale, model.get("firstName")))
                .append("</h1>\n    <p style=\"margin:12px 0 0;font-size:15px;line-height:1.6;\">");
        esc(h, msg(messages, "ORDER_CONFIRMED.intro", locale)).append("</p>\n  </td></tr>\n  <tr><td style=\"padding:12px 28px;text-align:");
        esc(h, align).append(";\">\n    <p style=\"margin:0;font-size:15px;\"><span>");
        esc(h, msg(messages, "ORDER_CONFIRMED.number", locale)).append("</span>: <strong dir=\"ltr\">");
        esc(h, model.get("orderNumber")).append("</strong></p>\n    <p style=\"margin:6px 0 0;font-size:15px;\"><span>");
        esc(h, msg(messages, "ORDER_CONFIRMED.date", locale)).append("</span>: <span>");
        esc(h, model.get("submitDate")).append("</span></p>\n    <p style=\"margin:6px 0 0;font-size:15px;\">");
        esc(h, msg(messages, "ORDER_CONFIRMED.delivery", locale, model.get("deliveryFrom"), model.get("deliveryTo")))
                .append("</p>\n  </td></tr>\n  <tr><td style=\"padding:8px 28px;\">\n"
                + "    <table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"border-collapse:collapse;font-size:14px;\" dir=\"");
        esc(h, dir).append("\">\n      ");
        boolean first = true;
        for (Object o : (List<Object>) items) {
            Map<String, Object> item = (Map<String, Object>) o;
            if (!first) {
                h.append("\n      ");
            }
            first = false;
            h.append("<tr style=\"border-bottom:1px solid #eee1d3;\">\n        <td width=\"72\" style=\"padding:10px 0;\">");
            if (item.get("imageUrl") != null) {
                h.append("<img width=\"64\" height=\"48\" style=\"display:block;border-radius:4px;\" src=\"");
                esc(h, item.get("imageUrl")).append("\" alt=\"");
                esc(h, item.get("name")).append("\" />");
            }
            h.append("</td>\n        <td style=\"padding:10px 8px;text-align:");
            esc(h, align).append(";\">\n          <strong>");
            esc(h, item.get("name")).append("</strong><br />\n          <span style=\"color:#7a6a58;\">");
            esc(h, msg(messages, "ORDER_CONFIRMED.quantity", locale, item.get("quantity"), item.get("price")))
                    .append("</span>\n        </td>\n        <td style=\"padding:10px 0;white-space:nowrap;text-align:");
            h.append(end).append(";\">");
            esc(h, item.get("total")).append("</td>\n      </tr>");
        }
        h.append("\n    </table>\n  </td></tr>\n  <tr><td style=\"padding:8px 28px;\">\n"
                + "    <table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"font-size:14px;\" dir=\"");
        esc(h, dir).append("\">\n");
        totalLine(h, "<tr><td>", msg(messages, "ORDER_CONFIRMED.subtotal", locale), "<td style=\"text-align:", end, model.get("subtotal"));
        totalLine(h, "<tr><td>", msg(messages, "ORDER_CONFIRMED.shipping", locale), "<td style=\"text-align:", end, model.get("shipping"));
        totalLine(h, "<tr><td>", msg(messages, "ORDER_CONFIRMED.tax", locale), "<td style=\"text-align:", end, model.get("tax"));
        totalLine(h, "<tr><td style=\"font-weight:bold;font-size:16px;padding-top:6px;\">", msg(messages, "ORDER_CONFIRMED.total", locale),
                "<td style=\"font-weight:bold;font-size:16px;padding-top:6px;text-align:", end, model.get("total"));
        h.append("    </table>\n  </td></tr>\n  ");
        List<Object> lines = (List<Object>) address;
        if (!lines.isEmpty()) {
            h.append("<tr><td style=\"padding:12px 28px;text-align:");
            esc(h, align).append(";\">\n    <p style=\"margin:0 0 4px;font-weight:bold;\">");
            esc(h, msg(messages, "ORDER_CONFIRMED.shipTo", locale)).append("</p>\n    <p style=\"margin:0;line-height:1.5;\">");
            for (Object line : lines) {
                h.append("<span>");
                esc(h, line).append("</span><br />");
            }
            h.append("</p>\n  </td></tr>");
        }
        h.append("\n  <tr><td style=\"padding:16px 28px 24px;text-align:");
        esc(h, align).append(";\">\n    <p style=\"margin:0;\">");
        // th:utext: the message as written, with the address escaped as its argument
        h.append(msg(messages, "ORDER_CONFIRMED.support", locale, esc(new StringBuilder(), model.get("supportEmail")).toString()));
        h.append("</p>\n    <p style=\"margin:8px 0 0;\"><a style=\"color:#8a4b14;\" href=\"");
        esc(h, model.get("accountUrl")).append("\">");
        esc(h, msg(messages, "ORDER_CONFIRMED.account", locale)).append("</a></p>\n  </td></tr>\n</table>\n</td></tr>\n</table>\n</body>\n</html>\n");
        return h.toString();
    }

    protected static void totalLine(StringBuilder h, String labelCell, String label, String valueCell, String end, Object value) {
        h.append("      ").append(labelCell);
        esc(h, label).append("</td>").append(valueCell).append(end).append("\">");
        esc(h, value).append("</td></tr>\n");
    }

    protected static String msg(MessageSource messages, String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }

    static String str(Object value) {
        return value == null ? "" : value.toString();
    }

    /** Escapes as Thymeleaf's th:text and attribute values do. */
    static StringBuilder esc(StringBuilder sb, Object value) {
        return CxHtml.escape(sb, value);
    }
}
