package dev.cxplugin.notify.web;

import dev.cxplugin.notify.service.CxFulfilmentEventRequest;
import dev.cxplugin.notify.service.CxFulfilmentEventService;
import dev.cxplugin.notify.service.CxFulfilmentException;
import dev.cxplugin.notify.service.CxFulfilmentResult;
import dev.cxplugin.notify.service.CxNotificationSettings;
import dev.cxplugin.notify.type.CxFulfilmentEventType;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.codehaus.jackson.JsonNode;
import org.codehaus.jackson.map.ObjectMapper;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TimeZone;

import javax.annotation.Resource;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.persistence.PersistenceException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code POST /cx/api/fulfilment-events}: a warehouse or carrier system reports what happened to an order.
 * The raw body is JSON, signed with the shared secret {@code cx.notify.webhookSecret}:
 * header {@code X-CX-Signature: sha256=<hex HMAC-SHA256 of the body>}. Idempotent by the sender's
 * {@code eventId}: a replay returns the first result (200, {@code "duplicate": true}). A bad signature (401),
 * malformed JSON or an invalid event (400), an unknown order (404), an event the order's state forbids (409)
 * or a body over 64 KB (413) records nothing. See docs/INSTALL.md for the format.
 */
@Controller
public class CxFulfilmentEventController {

    private static final Log LOG = LogFactory.getLog(CxFulfilmentEventController.class);
    protected static final Charset UTF8 = Charset.forName("UTF-8");
    public static final String SIGNATURE_HEADER = "X-CX-Signature";

    @Resource(name = "cxFulfilmentEventService")
    protected CxFulfilmentEventService fulfilmentEventService;

    @Resource(name = "cxNotificationSettings")
    protected CxNotificationSettings settings;

    protected final ObjectMapper json = new ObjectMapper();
    protected int maxBodyBytes = 64 * 1024;

    @RequestMapping(value = "/cx/api/fulfilment-events", method = RequestMethod.POST)
    public void receive(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String secret = settings.getWebhookSecret();
        if (secret == null || secret.trim().isEmpty()) {
            reply(response, 503, error("disabled", "this endpoint is off until cx.notify.webhookSecret is set"));
            return;
        }
        byte[] body = readBody(request);
        if (body == null) {
            reply(response, 413, error("too_large", "the body is larger than " + maxBodyBytes + " bytes"));
            return;
        }
        if (!signatureMatches(secret, body, request.getHeader(SIGNATURE_HEADER))) {
            reply(response, 401, error("bad_signature", "missing or wrong " + SIGNATURE_HEADER + " header"));
            return;
        }
        CxFulfilmentEventRequest event;
        try {
            event = parse(body);
        } catch (IllegalArgumentException | IOException e) {
            reply(response, 400, error("malformed", e.getMessage()));
            return;
        }
        try {
            reply(response, 200, result(record(event)));
        } catch (CxFulfilmentException e) {
            int status = e.getCode() == CxFulfilmentException.Code.UNKNOWN_ORDER ? 404
                    : e.getCode() == CxFulfilmentException.Code.WRONG_STATE || e.getCode() == CxFulfilmentException.Code.CONFLICT ? 409
                    : 400;
            reply(response, status, error(e.getCode().name().toLowerCase(), e.getMessage()));
        }
    }

    /** The same event sent twice at once: the unique key lets one in, the other then reads its result. */
    protected CxFulfilmentResult record(CxFulfilmentEventRequest event) throws CxFulfilmentException {
        try {
            return fulfilmentEventService.record(event);
        } catch (DataIntegrityViolationException | PersistenceException e) {
            LOG.info("Concurrent delivery of event " + event.getEventId() + "; answering with the first result");
            return fulfilmentEventService.record(event);
        }
    }

    protected byte[] readBody(HttpServletRequest request) throws IOException {
        if (request.getContentLength() > maxBodyBytes) {
            return null;
        }
        InputStream in = request.getInputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) > 0) {
            out.write(buf, 0, n);
            if (out.size() > maxBodyBytes) {
                return null;
            }
        }
        return out.toByteArray();
    }

    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(UTF8), "HmacSHA256"));
            byte[] digest = mac.doFinal(body);
            StringBuilder hex = new StringBuilder("sha256=");
            for (byte b : digest) {
                hex.append(String.format("%02x", b & 0xff));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    protected boolean signatureMatches(String secret, byte[] body, String header) {
        if (header == null) {
            return false;
        }
        // constant time, so the signature cannot be guessed byte by byte
        return MessageDigest.isEqual(sign(secret, body).getBytes(UTF8), header.trim().toLowerCase().getBytes(UTF8));
    }

    protected CxFulfilmentEventRequest parse(byte[] body) throws IOException {
        JsonNode root;
        try {
            root = json.readTree(new String(body, UTF8));
        } catch (IOException e) {
            throw new IllegalArgumentException("the body is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the body must be a JSON object");
        }
        CxFulfilmentEventRequest r = new CxFulfilmentEventRequest();
        String type = text(root, "type");
        r.setType(CxFulfilmentEventType.getInstance(type));
        if (r.getType() == null) {
            throw new IllegalArgumentException("unknown event type: " + type);
        }
        String source = text(root, "source");
        r.setSource("http:" + (source == null ? "default" : source));
        r.setEventId(text(root, "eventId"));
        r.setOrderNumber(text(root, "orderNumber"));
        r.setOccurredAt(instant(text(root, "occurredAt")));
        r.setCarrier(text(root, "carrier"));
        r.setTrackingNumber(text(root, "trackingNumber"));
        r.setTrackingUrl(text(root, "trackingUrl"));
        r.setPromisedDate(day(text(root, "promisedDate")));
        r.setReason(text(root, "reason"));
        r.setReturnReference(text(root, "returnReference"));
        String amount = text(root, "refundAmount");
        if (amount != null) {
            try {
                r.setRefundAmount(new BigDecimal(amount));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("refundAmount is not a number: " + amount);
            }
        }
        JsonNode items = root.get("items");
        if (items != null && !items.isNull()) {
            if (!items.isArray()) {
                throw new IllegalArgumentException("items must be an array of {orderItemId, quantity}");
            }
            for (Iterator<JsonNode> it = items.getElements(); it.hasNext(); ) {
                JsonNode item = it.next();
                if (!item.path("orderItemId").isIntegralNumber() || !item.path("quantity").isIntegralNumber()) {
                    throw new IllegalArgumentException("each item needs a numeric orderItemId and quantity");
                }
                r.getItems().put(item.get("orderItemId").asLong(), item.get("quantity").asInt());
            }
        }
        r.setActor(source == null ? "http" : source);
        return r;
    }

    protected static String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isContainerNode()) {
            throw new IllegalArgumentException(field + " must be a plain value");
        }
        String v = node.asText().trim();
        return v.isEmpty() ? null : v;
    }

    protected static Date day(String value) {
        return value == null ? null : parse(value, "yyyy-MM-dd", "promisedDate must be a date like 2026-12-01");
    }

    protected static Date instant(String value) {
        return value == null ? null : parse(value, "yyyy-MM-dd'T'HH:mm:ssX", "occurredAt must be like 2026-12-01T09:30:00Z");
    }

    protected static Date parse(String value, String pattern, String message) {
        SimpleDateFormat f = new SimpleDateFormat(pattern);
        f.setLenient(false);
        if (pattern.length() == 10) {
            f.setTimeZone(TimeZone.getDefault());
        }
        try {
            return f.parse(value);
        } catch (ParseException e) {
            throw new IllegalArgumentException(message);
        }
    }

    protected Map<String, Object> result(CxFulfilmentResult r) {
        Map<String, Object> m = new LinkedHashMap<String, Object>();
        m.put("status", r.isDuplicate() ? "duplicate" : "recorded");
        m.put("duplicate", r.isDuplicate());
        m.put("eventRecordId", r.getEventRecordId());
        m.put("orderId", r.getOrderId());
        m.put("type", r.getType());
        m.put("notificationId", r.getNotificationId());
        return m;
    }

    protected static Map<String, Object> error(String code, String message) {
        Map<String, Object> m = new LinkedHashMap<String, Object>();
        m.put("status", "rejected");
        m.put("error", code);
        m.put("message", message);
        return m;
    }

    protected void reply(HttpServletResponse response, int status, Map<String, Object> body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(json.writeValueAsBytes(body));
    }
}
