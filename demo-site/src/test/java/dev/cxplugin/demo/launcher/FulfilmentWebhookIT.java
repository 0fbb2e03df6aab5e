package dev.cxplugin.demo.launcher;

import dev.cxplugin.notify.web.CxFulfilmentEventController;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A warehouse reports events to the demo store's signed endpoint: each is recorded once and its email reaches
 * the mailbox; bad signatures, unknown orders, malformed JSON and oversized bodies are refused and change
 * nothing.
 */
class FulfilmentWebhookIT {

    static final String SECRET = "demo-webhook-secret";
    static final String PATH = "/cx/api/fulfilment-events";

    @BeforeAll
    static void startStore() {
        RunningDemoStore.get();
    }

    @Test
    void aSignedShipmentIsRecordedOnceAndItsEmailReachesTheMailbox() throws Exception {
        String order = aSubmittedDemoOrderNumber();
        String eventId = "wh-" + UUID.randomUUID();
        String body = "{\"eventId\":\"" + eventId + "\",\"source\":\"warehouse-1\",\"type\":\"SHIPPED\","
                + "\"orderNumber\":\"" + order + "\",\"carrier\":\"DHL\",\"trackingNumber\":\"JD-" + eventId.substring(3, 11)
                + "\",\"trackingUrl\":\"https://track.example.com/x\",\"promisedDate\":\"2099-01-15\"}";

        HttpResponse<String> first = post(body, CxFulfilmentEventController.sign(SECRET, bytes(body)));
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(first.body().contains("\"status\":\"recorded\""), first.body());

        HttpResponse<String> replay = post(body, CxFulfilmentEventController.sign(SECRET, bytes(body)));
        assertEquals(200, replay.statusCode());
        assertTrue(replay.body().contains("\"duplicate\":true"), replay.body());
        assertEquals(recordId(first.body()), recordId(replay.body()), "the replay answers with the first result");
        assertEquals(1, countEvents(eventId));

        String tracking = "JD-" + eventId.substring(3, 11);
        Map<String, String> mail = awaitMail(tracking);
        assertTrue(mail.get("subject").contains(order), mail.get("subject"));
        assertTrue(mail.get("html").contains("DHL"));
    }

    @Test
    void aWrongOrMissingSignatureIsRefusedAndNothingIsRecorded() throws Exception {
        String eventId = "wh-" + UUID.randomUUID();
        String body = shipment(eventId, aSubmittedDemoOrderNumber());
        assertEquals(401, post(body, CxFulfilmentEventController.sign("not-the-secret", bytes(body))).statusCode());
        assertEquals(401, post(body, null).statusCode());
        String tampered = body.replace("DHL", "UPS");
        assertEquals(401, post(tampered, CxFulfilmentEventController.sign(SECRET, bytes(body))).statusCode());
        assertEquals(0, countEvents(eventId));
    }

    @Test
    void anUnknownOrderIsA404AndNothingIsRecorded() throws Exception {
        String eventId = "wh-" + UUID.randomUUID();
        String body = shipment(eventId, "NO-SUCH-ORDER-1");
        HttpResponse<String> r = post(body, CxFulfilmentEventController.sign(SECRET, bytes(body)));
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("unknown_order"), r.body());
        assertEquals(0, countEvents(eventId));
    }

    @Test
    void malformedJsonAndUnknownTypesAreA400() throws Exception {
        String broken = "{\"eventId\": \"x\", \"type\": ";
        HttpResponse<String> r = post(broken, CxFulfilmentEventController.sign(SECRET, bytes(broken)));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("not valid JSON"), r.body());

        String eventId = "wh-" + UUID.randomUUID();
        String unknownType = shipment(eventId, aSubmittedDemoOrderNumber()).replace("SHIPPED", "TELEPORTED");
        assertEquals(400, post(unknownType, CxFulfilmentEventController.sign(SECRET, bytes(unknownType))).statusCode());
        assertEquals(0, countEvents(eventId));
    }

    @Test
    void anOversizedBodyIsA413() throws Exception {
        String big = "{\"pad\":\"" + "x".repeat(70 * 1024) + "\"}";
        assertEquals(413, post(big, CxFulfilmentEventController.sign(SECRET, bytes(big))).statusCode());
    }

    // ---------------------------------------------------------------- fixtures

    static String shipment(String eventId, String orderNumber) {
        return "{\"eventId\":\"" + eventId + "\",\"type\":\"SHIPPED\",\"orderNumber\":\"" + orderNumber
                + "\",\"carrier\":\"DHL\",\"trackingNumber\":\"T1\"}";
    }

    static HttpResponse<String> post(String body, String signature) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(RunningDemoStore.baseUrl() + PATH))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (signature != null) {
            b.header("X-CX-Signature", signature);
        }
        return RunningDemoStore.newSession().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String recordId(String json) {
        return json.replaceAll(".*\"eventRecordId\":(\\d+).*", "$1");
    }

    static Connection db() throws Exception {
        DemoDatabase d = new DemoDatabase(RunningDemoStore.get().getSettings());
        return DriverManager.getConnection(d.url, d.user, d.password);
    }

    /** The newest submitted order of the demo data (the shoppers' past orders). */
    static String aSubmittedDemoOrderNumber() throws Exception {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(
                "SELECT ORDER_NUMBER FROM BLC_ORDER WHERE ORDER_STATUS = 'SUBMITTED' ORDER BY ORDER_ID DESC")) {
            ResultSet rs = s.executeQuery();
            assertTrue(rs.next(), "the demo data has submitted orders");
            return rs.getString(1);
        }
    }

    static int countEvents(String eventId) throws Exception {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM CX_FULFILMENT_EVENT WHERE EVENT_ID = ?")) {
            s.setString(1, eventId);
            ResultSet rs = s.executeQuery();
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Waits for the store's background dispatcher (every 2 s in the demo) to deliver a matching email. */
    static Map<String, String> awaitMail(String needle) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            List<Map<String, String>> messages = RunningDemoStore.get().getMailCatcher().messages();
            for (Map<String, String> m : messages) {
                if (m.get("html") != null && m.get("html").contains(needle)) {
                    return m;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no email containing " + needle + " reached the mailbox");
    }
}
