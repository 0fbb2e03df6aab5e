package dev.cxplugin.demo.admin;

import dev.cxplugin.demo.launcher.RunningDemoStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The admin's "Order updates" over HTTP against the running demo store: find an order by number, record each
 * action through its form (the event is stored, the customer's email reaches the demo mailbox), a double submit
 * records once, and bad input or a missing CSRF token records nothing. Uses the demo data's orders.
 */
class AdminFulfilmentIT {

    static final String SECTION = "/admin/cx-fulfilment";

    @BeforeAll
    static void startStore() {
        RunningDemoStore.get();
    }

    /** A submitted demo order nothing has been recorded for yet (each test takes its own). */
    static synchronized Map<String, Object> freshOrder() throws Exception {
        List<Map<String, Object>> orders = DemoStoreData.query("SELECT o.ORDER_ID, o.ORDER_NUMBER FROM BLC_ORDER o"
                + " WHERE o.ORDER_STATUS = 'SUBMITTED' AND o.ORDER_NUMBER IS NOT NULL AND NOT EXISTS"
                + " (SELECT 1 FROM CX_FULFILMENT_EVENT e WHERE e.ORDER_ID = o.ORDER_ID) ORDER BY o.ORDER_ID");
        assertFalse(orders.isEmpty(), "the demo data has submitted orders");
        return orders.get(0);
    }

    static long events(long orderId) throws Exception {
        return DemoStoreData.count("SELECT COUNT(*) FROM CX_FULFILMENT_EVENT WHERE ORDER_ID = ?", orderId);
    }

    static String field(String page, String type, String name) {
        Matcher m = Pattern.compile("id=\"cx-action-" + type + "\".*?name=\"" + name + "\" value=\"([^\"]+)\"",
                Pattern.DOTALL).matcher(page);
        assertTrue(m.find(), "the " + type + " form has a " + name);
        return m.group(1);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Renders the order's page and submits the form of one action with the given fields. */
    static HttpResponse<String> submit(HttpClient admin, long orderId, String type, String fields) throws Exception {
        String page = RunningDemoStore.get(admin, SECTION + "/" + orderId).body();
        String form = "type=" + type + "&eventId=" + enc(field(page, type, "eventId"))
                + "&csrfToken=" + enc(RunningDemoStore.csrfToken(page)) + (fields.isEmpty() ? "" : "&" + fields);
        return RunningDemoStore.postForm(admin, SECTION + "/" + orderId, form);
    }

    /** After a redirect back to the order's page: what it says. */
    static String followed(HttpClient admin, HttpResponse<String> post, long orderId) throws Exception {
        assertEquals(302, post.statusCode());
        assertTrue(post.headers().firstValue("Location").orElse("").endsWith(SECTION + "/" + orderId));
        return RunningDemoStore.get(admin, SECTION + "/" + orderId).body();
    }

    /** The last event of the order is of this type, by the admin user, and its email reached the mailbox. */
    static Map<String, Object> assertRecordedAndMailed(long orderId, String type) throws Exception {
        Map<String, Object> event = DemoStoreData.query("SELECT * FROM CX_FULFILMENT_EVENT WHERE ORDER_ID = ?"
                + " ORDER BY FULFILMENT_EVENT_ID DESC", orderId).get(0);
        assertEquals(type, event.get("EVENT_TYPE"));
        assertEquals("admin", event.get("SOURCE"));
        assertEquals("admin", event.get("ACTOR"));
        assertNotNull(event.get("NOTIFICATION_ID"), type + " queued an email");
        Map<String, Object> n = DemoStoreData.notification(((Number) event.get("NOTIFICATION_ID")).longValue());
        assertEquals(type.equals("CANCELLED") ? "ORDER_CANCELLED" : type, n.get("KIND"));
        Map<String, String> mail = DemoStoreData.awaitMail((String) n.get("MESSAGE_ID"), 1, 45_000);
        assertEquals(n.get("RECIPIENT"), mail.get("to"), "to the customer");
        return event;
    }

    @Test
    void findsAnOrderByNumberAndReportsAnUnknownOne() throws Exception {
        HttpClient admin = RunningDemoStore.adminSession();
        HttpResponse<String> search = RunningDemoStore.get(admin, SECTION);
        assertEquals(200, search.statusCode());
        assertTrue(search.body().contains("id=\"cx-order-search\""));

        HttpResponse<String> unknown = RunningDemoStore.get(admin, SECTION + "?orderNumber=NO-SUCH-ORDER");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("id=\"cx-error\"") && unknown.body().contains("NO-SUCH-ORDER"),
                "says there is no such order");

        Map<String, Object> order = freshOrder();
        long orderId = ((Number) order.get("ORDER_ID")).longValue();
        HttpResponse<String> found = RunningDemoStore.get(admin, SECTION + "?orderNumber=" + enc((String) order.get("ORDER_NUMBER")));
        assertEquals(302, found.statusCode());
        assertTrue(found.headers().firstValue("Location").orElse("").endsWith(SECTION + "/" + orderId));
        String page = RunningDemoStore.get(admin, SECTION + "/" + orderId).body();
        long items = DemoStoreData.count("SELECT COUNT(*) FROM BLC_ORDER_ITEM WHERE ORDER_ID = ?", orderId);
        assertEquals(items, Pattern.compile("data-item-id=").matcher(page).results().count(), "the order's items");
        assertTrue(page.contains("id=\"cx-state-none\""), "nothing recorded yet");
        assertEquals(404, RunningDemoStore.get(admin, SECTION + "/999999999").statusCode());

        // Broadleaf's order screen links to the order's updates
        HttpResponse<String> orderScreen = RunningDemoStore.get(admin, "/admin/order/" + orderId);
        assertEquals(200, orderScreen.statusCode());
        assertTrue(orderScreen.body().contains("href=\"" + SECTION + "/" + orderId + "\""), "link from the order screen");
    }

    @Test
    void eachActionRecordsItsEventAndTheEmailReachesTheMailbox() throws Exception {
        HttpClient admin = RunningDemoStore.adminSession();
        long orderId = ((Number) freshOrder().get("ORDER_ID")).longValue();
        LocalDate today = LocalDate.now();

        String page = followed(admin, submit(admin, orderId, "SHIPPED", "carrier=DHL&trackingNumber=JD014600006&trackingUrl="
                + enc("https://track.example/JD014600006") + "&promisedDate=" + today.plusDays(3)), orderId);
        assertTrue(page.contains("id=\"cx-message\""), "says it is recorded");
        assertTrue(page.contains("id=\"cx-fulfilment-status\">SHIPPED<"));
        assertTrue(page.contains("JD014600006"));
        Map<String, Object> shipped = assertRecordedAndMailed(orderId, "SHIPPED");
        assertEquals("DHL", shipped.get("CARRIER"));
        assertTrue(page.contains("customer's email is queued (notification " + shipped.get("NOTIFICATION_ID") + ")")
                || page.contains("customer&#39;s email is queued (notification " + shipped.get("NOTIFICATION_ID") + ")"),
                "the confirmation names the queued email");

        page = followed(admin, submit(admin, orderId, "DELAYED", "promisedDate=" + today.plusDays(9)
                + "&reason=" + enc("Storm at the hub")), orderId);
        Map<String, Object> delayed = assertRecordedAndMailed(orderId, "DELAYED");
        if (delayed.get("COMPENSATION_CODE") != null) {
            assertTrue(page.contains((String) delayed.get("COMPENSATION_CODE")), "the compensation code is shown to staff");
        }

        followed(admin, submit(admin, orderId, "DELIVERED", ""), orderId);
        assertRecordedAndMailed(orderId, "DELIVERED");

        long itemId = ((Number) DemoStoreData.query("SELECT ORDER_ITEM_ID FROM BLC_ORDER_ITEM WHERE ORDER_ID = ?"
                + " ORDER BY ORDER_ITEM_ID", orderId).get(0).get("ORDER_ITEM_ID")).longValue();
        followed(admin, submit(admin, orderId, "RETURN_REQUESTED", "qty_" + itemId + "=1&reason=" + enc("Too strong")), orderId);
        Map<String, Object> requested = assertRecordedAndMailed(orderId, "RETURN_REQUESTED");
        assertNotNull(requested.get("ITEMS"), "some items, with quantities");

        followed(admin, submit(admin, orderId, "RETURN_RECEIVED", "qty_" + itemId + "=1"), orderId);
        assertRecordedAndMailed(orderId, "RETURN_RECEIVED");

        page = followed(admin, submit(admin, orderId, "REFUND_ISSUED", "refundAmount=1.00"), orderId);
        Map<String, Object> refund = assertRecordedAndMailed(orderId, "REFUND_ISSUED");
        assertEquals(0, new java.math.BigDecimal("1.00").compareTo((java.math.BigDecimal) refund.get("REFUND_AMOUNT")));
        assertEquals(6, events(orderId));
        assertEquals(6, Pattern.compile("class=\"cx-event\"").matcher(page).results().count(), "the history lists all six");
    }

    @Test
    void cancellingRecordsTheEventCancelsTheOrderAndMailsTheCustomer() throws Exception {
        HttpClient admin = RunningDemoStore.adminSession();
        long orderId = ((Number) freshOrder().get("ORDER_ID")).longValue();
        followed(admin, submit(admin, orderId, "CANCELLED", "reason=" + enc("Out of stock")), orderId);
        assertRecordedAndMailed(orderId, "CANCELLED");
        assertEquals("CANCELLED", DemoStoreData.one("SELECT ORDER_STATUS FROM BLC_ORDER WHERE ORDER_ID = ?", orderId)
                .get("ORDER_STATUS"));

        // a cancelled order cannot ship: the service's refusal is shown and nothing is recorded
        String page = followed(admin, submit(admin, orderId, "SHIPPED", "carrier=DHL"), orderId);
        assertTrue(page.contains("id=\"cx-error\"") && page.contains("WRONG_STATE"), "the refusal says why");
        assertEquals(1, events(orderId));
    }

    @Test
    void aDoubleSubmitRecordsOnce() throws Exception {
        HttpClient admin = RunningDemoStore.adminSession();
        long orderId = ((Number) freshOrder().get("ORDER_ID")).longValue();
        String page = RunningDemoStore.get(admin, SECTION + "/" + orderId).body();
        String form = "type=SHIPPED&eventId=" + enc(field(page, "SHIPPED", "eventId")) + "&csrfToken="
                + enc(RunningDemoStore.csrfToken(page)) + "&carrier=UPS&trackingNumber=1Z999";
        followed(admin, RunningDemoStore.postForm(admin, SECTION + "/" + orderId, form), orderId);
        String second = followed(admin, RunningDemoStore.postForm(admin, SECTION + "/" + orderId, form), orderId);
        assertEquals(1, events(orderId));
        assertTrue(second.contains("already recorded"), "the second submit is reported as a repeat");
        assertEquals(1, DemoStoreData.count("SELECT COUNT(*) FROM CX_NOTIFICATION WHERE ORDER_ID = ? AND KIND = 'SHIPPED'", orderId));
    }

    @Test
    void badInputOrAMissingTokenRecordsNothing() throws Exception {
        HttpClient admin = RunningDemoStore.adminSession();
        long orderId = ((Number) freshOrder().get("ORDER_ID")).longValue();
        String[][] cases = {
                {"DELAYED", "promisedDate=2026-02-30&reason=x", "not a valid date"},
                {"DELAYED", "promisedDate=" + LocalDate.now().minusDays(3) + "&reason=x", "INVALID_EVENT"},
                {"DELAYED", "promisedDate=" + LocalDate.now().plusDays(3), "Enter the reason"},
                {"SHIPPED", "trackingUrl=" + enc("javascript:alert(1)") + "&carrier=DHL", "not a web link"},
                {"SHIPPED", "", "carrier or the tracking number"},
                {"RETURN_REQUESTED", "qty_999999999=1", "not part of this order"},
                {"REFUND_ISSUED", "refundAmount=ten", "not a valid amount"},
                {"REFUND_ISSUED", "refundAmount=999999.00", "exceed the order total"},
        };
        for (String[] c : cases) {
            String page = followed(admin, submit(admin, orderId, c[0], c[1]), orderId);
            Matcher error = Pattern.compile("id=\"cx-error\">([^<]*)<").matcher(page);
            assertTrue(error.find(), c[0] + " " + c[1] + ": an error is shown");
            assertTrue(error.group(1).replace("&quot;", "\"").contains(c[2]), c[1] + ": " + error.group(1));
            assertEquals(0, events(orderId), c[0] + " " + c[1] + " recorded nothing");
        }
        String page = RunningDemoStore.get(admin, SECTION + "/" + orderId).body();
        HttpResponse<String> noToken = RunningDemoStore.postForm(admin, SECTION + "/" + orderId,
                "type=DELIVERED&eventId=" + enc(field(page, "DELIVERED", "eventId")));
        assertTrue(noToken.statusCode() >= 400, "refused without the CSRF token: " + noToken.statusCode());
        assertEquals(0, events(orderId));
        assertEquals(0, DemoStoreData.count("SELECT COUNT(*) FROM CX_ORDER_FULFILMENT WHERE ORDER_ID = ? AND STATUS <> 'PLACED'", orderId));
    }

    @Test
    void aCxAgentRecordsUpdatesAndAMerchandiserCannot() throws Exception {
        long orderId = ((Number) freshOrder().get("ORDER_ID")).longValue();
        HttpClient merch = RunningDemoStore.adminSession("merch", "merch");
        assertEquals(403, RunningDemoStore.get(merch, SECTION + "/" + orderId).statusCode());
        HttpClient agent = RunningDemoStore.adminSession("agent", "agent");
        String page = RunningDemoStore.get(agent, SECTION + "/" + orderId).body();
        HttpResponse<String> post = RunningDemoStore.postForm(merch, SECTION + "/" + orderId, "type=DELIVERED&eventId=x&csrfToken="
                + enc(RunningDemoStore.csrfToken(RunningDemoStore.get(merch, "/admin/product/" + DemoStoreData.query(
                        "SELECT PRODUCT_ID FROM BLC_PRODUCT").get(0).get("PRODUCT_ID")).body())));
        assertEquals(403, post.statusCode());
        assertEquals(0, events(orderId));
        HttpResponse<String> byAgent = RunningDemoStore.postForm(agent, SECTION + "/" + orderId, "type=DELIVERED&eventId="
                + enc(field(page, "DELIVERED", "eventId")) + "&csrfToken=" + enc(RunningDemoStore.csrfToken(page)));
        assertEquals(302, byAgent.statusCode());
        assertEquals("agent", DemoStoreData.one("SELECT ACTOR FROM CX_FULFILMENT_EVENT WHERE ORDER_ID = ?", orderId).get("ACTOR"));
    }
}
