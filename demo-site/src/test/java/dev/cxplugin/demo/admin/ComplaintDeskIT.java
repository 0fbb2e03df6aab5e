package dev.cxplugin.demo.admin;

import dev.cxplugin.demo.data.DemoShoppers;
import dev.cxplugin.demo.launcher.RunningDemoStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The complaints desk in the running demo store: a shopper reports a problem, an agent replies, gives an apology
 * code within the limit (and is refused above it) and resolves; the shopper sees the reply; the acknowledgement,
 * reply, code and resolution emails reach the mailbox. Someone else's complaint is a 404, a POST without the CSRF
 * token changes nothing, and a staff user without a CX role gets 403 on the desk.
 */
class ComplaintDeskIT {

    static final String DESK = "/admin/cx-complaints";

    @BeforeAll
    static void startStore() {
        RunningDemoStore.get();
    }

    @Test
    void aShopperFilesAnAgentWorksItThroughAndEveryEmailArrives() throws Exception {
        HttpClient shopper = signIn(DemoShoppers.SHOPPER_EMAIL, DemoShoppers.SHOPPER_PASSWORD);
        String order = anyOrderOf(DemoShoppers.SHOPPER_EMAIL);
        long itemId = ((Number) DemoStoreData.one("SELECT MIN(i.ORDER_ITEM_ID) AS ID FROM BLC_ORDER_ITEM i JOIN BLC_ORDER o"
                + " ON o.ORDER_ID = i.ORDER_ID WHERE o.ORDER_NUMBER = ?", order).get("ID")).longValue();

        HttpResponse<String> form = RunningDemoStore.get(shopper, "/complaints/new?order=" + enc(order));
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("name=\"item\"") && form.body().contains("value=\"" + itemId + "\""), "the order's items");
        String token = RunningDemoStore.csrfToken(form.body());
        long before = DemoStoreData.count("SELECT COUNT(*) FROM CX_COMPLAINT");

        // without the CSRF token: refused, nothing filed
        HttpResponse<String> forged = RunningDemoStore.postForm(shopper, "/complaints", "orderNumber=" + enc(order)
                + "&category=DAMAGED_ITEM&description=forged");
        assertTrue(forged.statusCode() >= 400, "refused: " + forged.statusCode());
        assertEquals(before, DemoStoreData.count("SELECT COUNT(*) FROM CX_COMPLAINT"));

        // too long: a 400 page, nothing filed
        HttpResponse<String> tooLong = RunningDemoStore.postForm(shopper, "/complaints", "orderNumber=" + enc(order)
                + "&category=OTHER&description=" + "x".repeat(6000) + "&csrfToken=" + enc(token));
        assertEquals(400, tooLong.statusCode());
        assertEquals(before, DemoStoreData.count("SELECT COUNT(*) FROM CX_COMPLAINT"));

        HttpResponse<String> filed = RunningDemoStore.postForm(shopper, "/complaints", "orderNumber=" + enc(order)
                + "&item=" + itemId + "&category=DAMAGED_ITEM&description=" + enc("The lamp came <b>cracked</b>")
                + "&csrfToken=" + enc(token));
        assertEquals(302, filed.statusCode(), filed.body());
        String location = filed.headers().firstValue("Location").orElse("");
        Matcher ref = Pattern.compile("/complaints/(C-[A-Z0-9]+)").matcher(location);
        assertTrue(ref.find(), location);
        String reference = ref.group(1);
        Map<String, Object> row = DemoStoreData.one("SELECT * FROM CX_COMPLAINT WHERE REFERENCE = ?", reference);
        long id = ((Number) row.get("ID")).longValue();
        awaitMailOf("complaint:" + id + ":received");

        String page = RunningDemoStore.get(shopper, "/complaints/" + reference).body();
        assertTrue(page.contains("The lamp came &lt;b&gt;cracked&lt;/b&gt;"), "the description is shown as text");
        assertTrue(RunningDemoStore.get(shopper, "/complaints").body().contains(reference), "listed in My complaints");

        // another shopper: 404 on the page and on a reply, and nothing changes
        HttpClient layla = signIn(DemoShoppers.ARABIC_SHOPPER_EMAIL, DemoShoppers.ARABIC_SHOPPER_PASSWORD);
        assertEquals(404, RunningDemoStore.get(layla, "/complaints/" + reference).statusCode());
        String laylaToken = RunningDemoStore.csrfToken(RunningDemoStore.get(layla, "/complaints/new").body());
        HttpResponse<String> intrusion = RunningDemoStore.postForm(layla, "/complaints/" + reference + "/reply",
                "body=hello&csrfToken=" + enc(laylaToken));
        assertEquals(404, intrusion.statusCode());
        assertEquals(1, DemoStoreData.count("SELECT COUNT(*) FROM CX_COMPLAINT_MESSAGE WHERE COMPLAINT_ID = ?", id));

        // a staff user without a CX role: no desk
        HttpClient merch = RunningDemoStore.adminSession("merch", "merch");
        assertEquals(403, RunningDemoStore.get(merch, DESK).statusCode());
        assertEquals(403, RunningDemoStore.get(merch, DESK + "/" + id).statusCode());

        // the agent: queue, ticket, reply, apology code within and above the limit, resolve
        HttpClient agent = RunningDemoStore.adminSession("agent", "agent");
        HttpResponse<String> queue = RunningDemoStore.get(agent, DESK);
        assertEquals(200, queue.statusCode());
        assertTrue(queue.body().contains(reference), "in the queue");
        String ticket = RunningDemoStore.get(agent, DESK + "/" + id).body();
        String adminToken = RunningDemoStore.csrfToken(ticket);
        HttpResponse<String> noToken = RunningDemoStore.postForm(agent, DESK + "/" + id + "/reply", "text=hi");
        assertTrue(noToken.statusCode() >= 400 || !noToken.headers().firstValue("Location").orElse("").endsWith(DESK + "/" + id),
                "no reply without the token: " + noToken.statusCode());
        assertEquals(0, DemoStoreData.count("SELECT COUNT(*) FROM CX_COMPLAINT_MESSAGE WHERE COMPLAINT_ID = ? AND MESSAGE_TYPE = 'STAFF_REPLY'", id));

        assertEquals(302, RunningDemoStore.postForm(agent, DESK + "/" + id + "/reply", "text=" + enc("So sorry! A new lamp is on its way.")
                + "&status=PENDING_CUSTOMER&csrfToken=" + enc(adminToken)).statusCode());
        long replyId = ((Number) DemoStoreData.one("SELECT MAX(ID) AS ID FROM CX_COMPLAINT_MESSAGE WHERE COMPLAINT_ID = ? AND MESSAGE_TYPE = 'STAFF_REPLY'", id).get("ID")).longValue();
        awaitMailOf("complaint:" + id + ":reply:" + replyId);

        long codesBefore = DemoStoreData.count("SELECT COUNT(*) FROM BLC_OFFER_CODE");
        HttpResponse<String> above = RunningDemoStore.postForm(agent, DESK + "/" + id + "/compensate",
                "kind=percent&value=50&validDays=30&csrfToken=" + enc(adminToken));
        assertEquals(302, above.statusCode(), above.body());
        assertEquals(codesBefore, DemoStoreData.count("SELECT COUNT(*) FROM BLC_OFFER_CODE"), "above the agent's limit: no code");
        String refusedAt = above.headers().firstValue("Location").orElse("");
        assertTrue(refusedAt.endsWith(DESK + "/" + id + "?error=FORBIDDEN"), refusedAt);
        HttpResponse<String> after = RunningDemoStore.get(agent, refusedAt.substring(refusedAt.indexOf(DESK)));
        assertEquals(200, after.statusCode(), above.headers().map() + " " + after.body());
        assertTrue(after.body().contains("id=\"cx-error\""), "says why: " + above.headers().map() + " "
                + after.body().substring(0, Math.min(4000, after.body().length())));
        RunningDemoStore.postForm(agent, DESK + "/" + id + "/compensate", "kind=percent&value=10&validDays=30&text="
                + enc("Please accept our apologies.") + "&csrfToken=" + enc(adminToken));
        String code = (String) DemoStoreData.one("SELECT COMPENSATION_CODE FROM CX_COMPLAINT WHERE ID = ?", id).get("COMPENSATION_CODE");
        assertNotNull(code, "the code is recorded on the ticket");
        assertEquals(codesBefore + 1, DemoStoreData.count("SELECT COUNT(*) FROM BLC_OFFER_CODE"));
        Map<String, String> codeMail = awaitMailOf("complaint:" + id + ":compensation:");
        assertTrue(codeMail.get("html").contains(code));

        // the shopper sees the reply and the code, and writes back: the ticket reopens
        page = RunningDemoStore.get(shopper, "/complaints/" + reference).body();
        assertTrue(page.contains("So sorry! A new lamp is on its way.") && page.contains(code));
        String replyToken = RunningDemoStore.csrfToken(page);
        assertEquals(302, RunningDemoStore.postForm(shopper, "/complaints/" + reference + "/reply",
                "body=" + enc("Thanks, it arrived.") + "&csrfToken=" + enc(replyToken)).statusCode());
        assertEquals("OPEN", DemoStoreData.one("SELECT STATUS FROM CX_COMPLAINT WHERE ID = ?", id).get("STATUS"));

        assertEquals(302, RunningDemoStore.postForm(agent, DESK + "/" + id + "/resolve", "text=" + enc("Glad it worked out.")
                + "&csrfToken=" + enc(adminToken)).statusCode());
        assertEquals("RESOLVED", DemoStoreData.one("SELECT STATUS FROM CX_COMPLAINT WHERE ID = ?", id).get("STATUS"));
        Map<String, Object> resolved = DemoStoreData.one("SELECT * FROM CX_NOTIFICATION WHERE DEDUPE_KEY LIKE ?", "complaint:" + id + ":resolved:%");
        assertEquals("COMPLAINT_RESOLVED", resolved.get("KIND"), "the resolution asks the CSAT question");
        awaitMailOf("complaint:" + id + ":resolved:");
        // created, NEW -> PENDING_CUSTOMER (the reply), the code, -> OPEN (the shopper's answer), -> RESOLVED
        assertEquals(5, DemoStoreData.count("SELECT COUNT(*) FROM CX_COMPLAINT_AUDIT WHERE COMPLAINT_ID = ?", id), "audited");
    }

    @Test
    void aGuestFilesWithTheOrderNumberAndEmailAndAWrongPairIsNotFound() throws Exception {
        HttpClient guest = RunningDemoStore.newSession();
        String order = anyOrderOf(DemoShoppers.PERSIAN_SHOPPER_EMAIL);
        HttpResponse<String> form = RunningDemoStore.get(guest, "/complaints/new");
        assertEquals(200, form.statusCode());
        String token = RunningDemoStore.csrfToken(form.body());
        long before = DemoStoreData.count("SELECT COUNT(*) FROM CX_COMPLAINT");
        HttpResponse<String> wrong = RunningDemoStore.postForm(guest, "/complaints", "orderNumber=" + enc(order)
                + "&email=" + enc("someone@else.example") + "&category=MISSING_ITEM&description=x&csrfToken=" + enc(token));
        assertEquals(404, wrong.statusCode());
        HttpResponse<String> unknown = RunningDemoStore.postForm(guest, "/complaints", "orderNumber=NO-SUCH-ORDER"
                + "&email=" + enc(DemoShoppers.PERSIAN_SHOPPER_EMAIL) + "&category=MISSING_ITEM&description=x&csrfToken=" + enc(token));
        assertEquals(404, unknown.statusCode());
        assertEquals(before, DemoStoreData.count("SELECT COUNT(*) FROM CX_COMPLAINT"));
        HttpResponse<String> ok = RunningDemoStore.postForm(guest, "/complaints", "orderNumber=" + enc(order)
                + "&email=" + enc(DemoShoppers.PERSIAN_SHOPPER_EMAIL) + "&category=MISSING_ITEM&description="
                + enc("یک کالا نرسید") + "&csrfToken=" + enc(token));
        assertEquals(200, ok.statusCode());
        Matcher ref = Pattern.compile("id=\"reference\">(C-[A-Z0-9]+)<").matcher(ok.body());
        assertTrue(ref.find(), "names the reference");
        assertEquals(before + 1, DemoStoreData.count("SELECT COUNT(*) FROM CX_COMPLAINT"));
        assertFalse(ok.body().contains("name=\"body\""), "a guest page without the signed link shows no thread");
    }

    // ---------------------------------------------------------------- helpers

    static Map<String, String> awaitMailOf(String dedupeKeyPrefix) throws Exception {
        long end = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < end) {
            java.util.List<Map<String, Object>> rows = DemoStoreData.query("SELECT * FROM CX_NOTIFICATION WHERE DEDUPE_KEY LIKE ?"
                    + " AND MESSAGE_ID IS NOT NULL", dedupeKeyPrefix + "%");
            if (!rows.isEmpty()) {
                return DemoStoreData.awaitMail((String) rows.get(0).get("MESSAGE_ID"), 1, 45_000);
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no email " + dedupeKeyPrefix + " was sent");
    }

    static HttpClient signIn(String email, String password) throws Exception {
        HttpClient client = RunningDemoStore.newSession();
        String token = RunningDemoStore.csrfToken(RunningDemoStore.get(client, "/login").body());
        HttpResponse<String> r = RunningDemoStore.postForm(client, "/login_post.htm",
                "j_username=" + enc(email) + "&j_password=" + enc(password) + "&csrfToken=" + token);
        assertFalse(r.headers().firstValue("Location").orElse("").contains("error"), "signed in as " + email);
        return client;
    }

    static String anyOrderOf(String email) throws Exception {
        return (String) DemoStoreData.query("SELECT o.ORDER_NUMBER FROM BLC_ORDER o JOIN BLC_CUSTOMER c ON o.CUSTOMER_ID = c.CUSTOMER_ID"
                + " WHERE c.EMAIL_ADDRESS = ? AND o.ORDER_NUMBER IS NOT NULL AND o.ORDER_STATUS <> 'IN_PROCESS' ORDER BY o.ORDER_ID DESC", email)
                .get(0).get("ORDER_NUMBER");
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
