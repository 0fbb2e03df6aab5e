package dev.cxplugin.demo.admin;

import dev.cxplugin.demo.launcher.RunningDemoStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The admin's Notifications section over HTTP against the running demo store: counts, filter, the rendered
 * email, resend (POST with CSRF token only, and only for staff allowed to), and who may open it at all.
 * A failed send is staged by marking one of the demo orders' confirmations DEAD in the store's database.
 */
class AdminNotificationsIT {

    static final String SECTION = "/admin/cx-notification";

    @BeforeAll
    static void startStore() {
        RunningDemoStore.get();
    }

    /** One of the demo orders' confirmations, set DEAD as if every attempt had failed. */
    static long stageDeadNotification() throws Exception {
        // right after the store starts, its background dispatcher may not have sent the sample orders' emails yet
        java.util.List<java.util.Map<String, Object>> sent = java.util.Collections.emptyList();
        for (long deadline = System.currentTimeMillis() + 60_000; sent.isEmpty() && System.currentTimeMillis() < deadline; ) {
            sent = DemoStoreData.query("SELECT NOTIFICATION_ID FROM CX_NOTIFICATION WHERE STATUS = 'SENT'"
                    + " AND KIND = 'ORDER_CONFIRMED' ORDER BY NOTIFICATION_ID");
            if (sent.isEmpty()) {
                Thread.sleep(250);
            }
        }
        assertFalse(sent.isEmpty(), "the store has sent an order confirmation");
        long id = ((Number) sent.get(0).get("NOTIFICATION_ID")).longValue();
        assertEquals(1, DemoStoreData.update("UPDATE CX_NOTIFICATION SET STATUS = 'DEAD', ATTEMPTS = 5,"
                + " LAST_ERROR = 'Staged: 550 mailbox unavailable' WHERE NOTIFICATION_ID = ?", id));
        return id;
    }

    static int countShown(String body, String status) {
        Matcher m = Pattern.compile("id=\"cx-count-" + status + "\">(\\d+)<").matcher(body);
        assertTrue(m.find(), "the list shows a count for " + status);
        return Integer.parseInt(m.group(1));
    }

    @Test
    void listShowsCountsPerStatusAndFiltersOnOne() throws Exception {
        long dead = stageDeadNotification();
        try {
            HttpResponse<String> list = RunningDemoStore.get(RunningDemoStore.adminSession(), SECTION);
            assertEquals(200, list.statusCode());
            assertTrue(list.body().contains("listGrid-main"), "Broadleaf's list grid is there");
            for (String status : new String[] {"DEAD", "CANCELLED"}) {
                assertEquals(DemoStoreData.count("SELECT COUNT(*) FROM CX_NOTIFICATION WHERE STATUS = ?", status),
                        countShown(list.body(), status), status);
            }
            assertTrue(countShown(list.body(), "DEAD") >= 1);
            long sent = DemoStoreData.count("SELECT COUNT(*) FROM CX_NOTIFICATION WHERE STATUS = 'SENT'");
            assertTrue(sent > 0 && countShown(list.body(), "SENT") <= sent, "sent count matches the outbox");

            HttpResponse<String> filtered = RunningDemoStore.get(RunningDemoStore.adminSession(), SECTION + "?status=DEAD");
            assertEquals(200, filtered.statusCode());
            assertTrue(filtered.body().contains(SECTION + "/" + dead + "\""), "the DEAD row is listed");
            long aSentOne = ((Number) DemoStoreData.query("SELECT NOTIFICATION_ID FROM CX_NOTIFICATION WHERE STATUS = 'SENT'")
                    .get(0).get("NOTIFICATION_ID")).longValue();
            assertFalse(filtered.body().contains(SECTION + "/" + aSentOne + "\""), "a SENT row is filtered out");
        } finally {
            DemoStoreData.update("UPDATE CX_NOTIFICATION SET STATUS = 'SENT', LAST_ERROR = NULL WHERE NOTIFICATION_ID = ?", dead);
        }
    }

    @Test
    void viewShowsTheRenderedEmailAndItsDeliveryFacts() throws Exception {
        long id = ((Number) DemoStoreData.query("SELECT NOTIFICATION_ID FROM CX_NOTIFICATION WHERE KIND = 'ORDER_CONFIRMED'")
                .get(0).get("NOTIFICATION_ID")).longValue();
        Map<String, Object> row = DemoStoreData.notification(id);
        HttpResponse<String> view = RunningDemoStore.get(RunningDemoStore.adminSession(), SECTION + "/" + id);
        assertEquals(200, view.statusCode());
        String body = view.body();
        assertTrue(body.contains("id=\"cx-email-html\" sandbox=\"\""), "the HTML is in a sandboxed frame");
        assertTrue(body.contains("srcdoc=\"&lt;"), "the frame holds the email's HTML");
        assertTrue(body.contains(DemoStoreData.strip((String) row.get("MESSAGE_ID"))), "Message-ID");
        assertTrue(body.contains("id=\"cx-email-text\""), "the plain-text part");
        Matcher subject = Pattern.compile("id=\"cx-subject\">([^<]+)<").matcher(body);
        assertTrue(subject.find() && !subject.group(1).isBlank(), "a subject");
        assertTrue(body.contains("id=\"cx-attempts\">" + row.get("ATTEMPTS") + "<"), "attempts");
        assertFalse(body.contains("id=\"cx-resend\""), "a SENT email offers no resend");

        // the outbox keeps its rows: no delete, even for the admin with every permission
        HttpClient admin = RunningDemoStore.adminSession();
        String page = RunningDemoStore.get(admin, SECTION + "/" + id).body();
        HttpResponse<String> delete = RunningDemoStore.postForm(admin, SECTION + "/" + id + "/delete",
                "csrfToken=" + RunningDemoStore.csrfToken(page));
        assertEquals(405, delete.statusCode());
        assertEquals(1, DemoStoreData.count("SELECT COUNT(*) FROM CX_NOTIFICATION WHERE NOTIFICATION_ID = ?", id));
    }

    @Test
    void resendRequeuesADeadNotificationOnlyByPostWithToken() throws Exception {
        long id = stageDeadNotification();
        String messageId = (String) DemoStoreData.notification(id).get("MESSAGE_ID");
        long mailsBefore = DemoStoreData.mailsWithMessageId(messageId);
        HttpClient admin = RunningDemoStore.adminSession();
        HttpResponse<String> view = RunningDemoStore.get(admin, SECTION + "/" + id);
        assertTrue(view.body().contains("id=\"cx-resend\""), "a DEAD email offers resend");
        assertTrue(view.body().contains("Staged: 550 mailbox unavailable"), "the last error is shown");

        HttpResponse<String> byGet = RunningDemoStore.get(admin, SECTION + "/" + id + "/resend");
        assertEquals(405, byGet.statusCode(), "GET does not resend");
        HttpResponse<String> noToken = RunningDemoStore.postForm(admin, SECTION + "/" + id + "/resend", "");
        assertTrue(noToken.statusCode() >= 400, "a POST without the CSRF token is refused: " + noToken.statusCode());
        HttpResponse<String> wrongToken = RunningDemoStore.postForm(admin, SECTION + "/" + id + "/resend", "csrfToken=forged");
        assertTrue(wrongToken.statusCode() >= 400, "a POST with a forged token is refused: " + wrongToken.statusCode());
        Thread.sleep(2500); // a dispatcher round: had anything requeued it, it would show now
        Map<String, Object> unchanged = DemoStoreData.notification(id);
        assertEquals("DEAD", unchanged.get("STATUS"));
        assertEquals(5, ((Number) unchanged.get("ATTEMPTS")).intValue());

        String token = RunningDemoStore.csrfToken(view.body());
        HttpResponse<String> post = RunningDemoStore.postForm(admin, SECTION + "/" + id + "/resend", "csrfToken=" + token);
        assertEquals(302, post.statusCode());
        assertTrue(post.headers().firstValue("Location").orElse("").endsWith(SECTION + "/" + id));
        Map<String, Object> requeued = DemoStoreData.notification(id);
        assertTrue("PENDING".equals(requeued.get("STATUS")) || "SENDING".equals(requeued.get("STATUS"))
                || "SENT".equals(requeued.get("STATUS")), "back in the queue: " + requeued.get("STATUS"));
        assertNull(requeued.get("LAST_ERROR"), "the old error is cleared");
        assertTrue(((Number) requeued.get("ATTEMPTS")).intValue() <= 1, "attempts start again");

        DemoStoreData.awaitMail(messageId, mailsBefore + 1, 30_000);
        assertEquals("SENT", DemoStoreData.notification(id).get("STATUS"), "the dispatcher sent it again");
        HttpResponse<String> after = RunningDemoStore.get(admin, SECTION + "/" + id);
        assertTrue(after.body().contains("id=\"cx-status\">SENT<"));
    }

    @Test
    void agentReadsNotificationsButCannotResend() throws Exception {
        long id = stageDeadNotification();
        try {
            HttpClient agent = RunningDemoStore.adminSession("agent", "agent");
            assertEquals(200, RunningDemoStore.get(agent, SECTION).statusCode());
            HttpResponse<String> view = RunningDemoStore.get(agent, SECTION + "/" + id);
            assertEquals(200, view.statusCode());
            assertFalse(view.body().contains("id=\"cx-resend\""), "no resend button for read-only staff");
            HttpResponse<String> post = RunningDemoStore.postForm(agent, SECTION + "/" + id + "/resend",
                    "csrfToken=" + RunningDemoStore.csrfToken(view.body()));
            assertEquals(403, post.statusCode());
            assertEquals("DEAD", DemoStoreData.notification(id).get("STATUS"), "nothing changed");
        } finally {
            DemoStoreData.update("UPDATE CX_NOTIFICATION SET STATUS = 'SENT', LAST_ERROR = NULL WHERE NOTIFICATION_ID = ?", id);
        }
    }

    @Test
    void staffWithoutACxPermissionCannotOpenTheSections() throws Exception {
        HttpClient merch = RunningDemoStore.adminSession("merch", "merch");
        HttpResponse<String> home = RunningDemoStore.get(merch, "/admin/product");
        assertEquals(200, home.statusCode(), "the merchandiser works in Broadleaf's own sections");
        assertFalse(home.body().contains("href=\"/admin/cx-notification\""), "no Notifications in the menu");
        assertFalse(home.body().contains("href=\"/admin/cx-fulfilment\""), "no Order updates in the menu");
        assertEquals(403, RunningDemoStore.get(merch, SECTION).statusCode());
        assertEquals(403, RunningDemoStore.get(merch, SECTION + "/1").statusCode());
        assertEquals(403, RunningDemoStore.get(merch, "/admin/cx-fulfilment").statusCode());
        assertEquals(403, RunningDemoStore.get(merch, "/admin/mailbox").statusCode(), "nor the demo mailbox");

        HttpResponse<String> adminHome = RunningDemoStore.get(RunningDemoStore.adminSession(), "/admin/product");
        assertTrue(adminHome.body().contains("href=\"/admin/cx-fulfilment\""), "the admin has Order updates in the menu");
    }
}
