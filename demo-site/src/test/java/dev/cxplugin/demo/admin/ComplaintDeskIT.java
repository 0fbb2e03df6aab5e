package dev.cxplugin.demo.admin;

import dev.cxplugin.demo.data.DemoShoppers;
import dev.cxplugin.demo.launcher.RunningDemoStore;
import dev.cxplugin.demo.launcher.SiteBeans;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Date;
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
 * token changes nothing, and a staff user without a CX role gets 403 on the desk. The shopper then enters the
 * apology code in the cart's offer-code field: the total drops by 10 %, the order submits with the code, and a
 * second use is refused; unknown, expired and someone else's codes and a POST without the token change nothing.
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

        shopperRedeemsTheApologyCodeOnce(shopper, code);
    }

    /** The shopper enters the code in the cart: 10 % off, the order submits with it, and it cannot be used again. */
    void shopperRedeemsTheApologyCodeOnce(HttpClient shopper, String code) throws Exception {
        addSomethingToCart(shopper);
        Map<String, Object> before = cartOf(DemoShoppers.SHOPPER_EMAIL);
        String token = RunningDemoStore.csrfToken(RunningDemoStore.get(shopper, "/cart").body());
        HttpResponse<String> applied = RunningDemoStore.postForm(shopper, "/cart/promo",
                "offerCode=" + enc(code) + "&csrfToken=" + enc(token));
        assertEquals(302, applied.statusCode(), applied.body());
        assertTrue(applied.headers().firstValue("Location").orElse("").endsWith("/cart?promo=APPLIED"),
                "applied: " + applied.headers().map());
        String cartPage = RunningDemoStore.get(shopper, "/cart?promo=APPLIED&blLocaleCode=en_US").body();
        assertTrue(cartPage.contains("Your offer code has been applied.") && cartPage.contains(">" + code + "<")
                && cartPage.contains("/cart/promo/remove"), "the cart shows the applied code with a remove button");

        Map<String, Object> after = cartOf(DemoShoppers.SHOPPER_EMAIL);
        assertEquals(((Number) before.get("ORDER_ID")).longValue(), ((Number) after.get("ORDER_ID")).longValue());
        BigDecimal subtotal = money(after.get("ORDER_SUBTOTAL"));
        BigDecimal tenPercent = subtotal.multiply(new BigDecimal("0.10")).setScale(2, RoundingMode.HALF_EVEN);
        BigDecimal drop = money(before.get("ORDER_TOTAL")).subtract(money(after.get("ORDER_TOTAL")));
        assertTrue(tenPercent.signum() > 0 && drop.subtract(tenPercent).abs().compareTo(new BigDecimal("0.01")) <= 0,
                "the total drops by 10 % of " + subtotal + ": " + before.get("ORDER_TOTAL") + " -> " + after.get("ORDER_TOTAL"));
        long codeId = ((Number) DemoStoreData.one("SELECT OFFER_CODE_ID FROM BLC_OFFER_CODE WHERE OFFER_CODE = ?", code)
                .get("OFFER_CODE_ID")).longValue();

        String orderNumber = checkout(shopper);
        Map<String, Object> placed = DemoStoreData.one("SELECT * FROM BLC_ORDER WHERE ORDER_NUMBER = ?", orderNumber);
        assertEquals("SUBMITTED", placed.get("ORDER_STATUS"));
        long offerId = ((Number) DemoStoreData.one("SELECT OFFER_ID FROM BLC_OFFER_CODE WHERE OFFER_CODE_ID = ?", codeId)
                .get("OFFER_ID")).longValue();
        Map<String, Object> adjustment = DemoStoreData.one("SELECT ADJUSTMENT_VALUE FROM BLC_ORDER_ADJUSTMENT WHERE ORDER_ID = ?"
                + " AND OFFER_ID = ?", placed.get("ORDER_ID"), offerId);
        assertTrue(adjustment != null && money(adjustment.get("ADJUSTMENT_VALUE")).subtract(money(placed.get("ORDER_SUBTOTAL"))
                .multiply(new BigDecimal("0.10"))).abs().compareTo(new BigDecimal("0.01")) <= 0,
                "the submitted order keeps the 10 % discount: " + adjustment + " " + placed);
        assertEquals(1, DemoStoreData.count("SELECT COUNT(*) FROM BLC_ORDER_OFFER_CODE_XREF WHERE ORDER_ID = ? AND OFFER_CODE_ID = ?",
                placed.get("ORDER_ID"), codeId), "the order carries the code");

        // a second use: refused with the message, the new cart unchanged
        addSomethingToCart(shopper);
        Map<String, Object> second = cartOf(DemoShoppers.SHOPPER_EMAIL);
        token = RunningDemoStore.csrfToken(RunningDemoStore.get(shopper, "/cart").body());
        HttpResponse<String> again = RunningDemoStore.postForm(shopper, "/cart/promo",
                "offerCode=" + enc(code) + "&csrfToken=" + enc(token));
        assertEquals(302, again.statusCode());
        String refusedAt = again.headers().firstValue("Location").orElse("");
        assertTrue(refusedAt.endsWith("/cart?promoError=USED"), refusedAt);
        assertTrue(RunningDemoStore.get(shopper, "/cart?promoError=USED&blLocaleCode=en_US").body().contains("This code has already been used."));
        assertEquals(0, DemoStoreData.count("SELECT COUNT(*) FROM BLC_ORDER_OFFER_CODE_XREF WHERE ORDER_ID = ?", second.get("ORDER_ID")));
        assertEquals(0, money(second.get("ORDER_TOTAL")).compareTo(money(cartOf(DemoShoppers.SHOPPER_EMAIL).get("ORDER_TOTAL"))));
    }

    @Test
    void unknownExpiredAndOtherShoppersCodesAndAPostWithoutTheTokenChangeNothingInTheCart() throws Exception {
        String email = DemoShoppers.PERSIAN_SHOPPER_EMAIL;
        HttpClient shopper = signIn(email, DemoShoppers.PERSIAN_SHOPPER_PASSWORD);
        addSomethingToCart(shopper);
        Map<String, Object> cart = cartOf(email);
        Long customerId = SiteBeans.customerId(email);
        String own = newCode(customerId, new Date(System.currentTimeMillis() + 86_400_000L));
        String expired = newCode(customerId, new Date(System.currentTimeMillis() - 1_000L));
        String othersCode = newCode(SiteBeans.customerId(DemoShoppers.ARABIC_SHOPPER_EMAIL),
                new Date(System.currentTimeMillis() + 86_400_000L));
        String token = RunningDemoStore.csrfToken(RunningDemoStore.get(shopper, "/cart").body());

        HttpResponse<String> noToken = RunningDemoStore.postForm(shopper, "/cart/promo", "offerCode=" + enc(own));
        assertEquals(403, noToken.statusCode(), "no code without the CSRF token");
        assertPromoRefused(shopper, "NO-SUCH-CODE", token, "UNKNOWN", "We do not recognise this code.");
        assertPromoRefused(shopper, "<script>alert(1)</script>", token, "UNKNOWN", "We do not recognise this code.");
        assertPromoRefused(shopper, expired, token, "EXPIRED", "This code has expired.");
        assertPromoRefused(shopper, othersCode, token, "NOT_APPLICABLE", "This code cannot be used with your account or this cart.");
        assertEquals(0, DemoStoreData.count("SELECT COUNT(*) FROM BLC_ORDER_OFFER_CODE_XREF WHERE ORDER_ID = ?", cart.get("ORDER_ID")));
        assertEquals(0, money(cart.get("ORDER_TOTAL")).compareTo(money(cartOf(email).get("ORDER_TOTAL"))), "the total is unchanged");

        // her own code applies, and the remove button takes it off again (also without a token: refused)
        assertEquals(302, RunningDemoStore.postForm(shopper, "/cart/promo", "offerCode=" + enc(own) + "&csrfToken=" + enc(token)).statusCode());
        long codeId = ((Number) DemoStoreData.one("SELECT OFFER_CODE_ID FROM BLC_OFFER_CODE WHERE OFFER_CODE = ?", own)
                .get("OFFER_CODE_ID")).longValue();
        assertEquals(1, DemoStoreData.count("SELECT COUNT(*) FROM BLC_ORDER_OFFER_CODE_XREF WHERE ORDER_ID = ?", cart.get("ORDER_ID")));
        assertEquals(403, RunningDemoStore.postForm(shopper, "/cart/promo/remove", "offerCodeId=" + codeId).statusCode());
        assertEquals(1, DemoStoreData.count("SELECT COUNT(*) FROM BLC_ORDER_OFFER_CODE_XREF WHERE ORDER_ID = ?", cart.get("ORDER_ID")));
        HttpResponse<String> removed = RunningDemoStore.postForm(shopper, "/cart/promo/remove",
                "offerCodeId=" + codeId + "&csrfToken=" + enc(token));
        assertTrue(removed.headers().firstValue("Location").orElse("").endsWith("/cart?promo=REMOVED"), removed.headers().map().toString());
        assertEquals(0, DemoStoreData.count("SELECT COUNT(*) FROM BLC_ORDER_OFFER_CODE_XREF WHERE ORDER_ID = ?", cart.get("ORDER_ID")));
        assertEquals(0, money(cart.get("ORDER_TOTAL")).compareTo(money(cartOf(email).get("ORDER_TOTAL"))), "back to the full total");
    }

    static void assertPromoRefused(HttpClient shopper, String code, String token, String reason, String message) throws Exception {
        HttpResponse<String> r = RunningDemoStore.postForm(shopper, "/cart/promo", "offerCode=" + enc(code) + "&csrfToken=" + enc(token));
        assertEquals(302, r.statusCode(), code);
        String location = r.headers().firstValue("Location").orElse("");
        assertTrue(location.endsWith("/cart?promoError=" + reason), code + " -> " + location);
        String page = RunningDemoStore.get(shopper, "/cart?promoError=" + reason + "&blLocaleCode=en_US").body();
        assertTrue(page.contains("id=\"promo-error\"") && page.contains(message), "says why: " + reason);
        assertFalse(page.contains("<script>alert(1)</script>"));
    }

    static String newCode(Long customerId, Date expires) {
        return (String) SiteBeans.call(SiteBeans.bean("cxOfferCodeService"), "createSingleUseCode",
                new Class<?>[] {Long.class, boolean.class, BigDecimal.class, Date.class, String.class, String.class},
                customerId, true, new BigDecimal("10"), expires, "Promo field test", "TEST");
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

    static void addSomethingToCart(HttpClient shopper) throws Exception {
        long productId = ((Number) DemoStoreData.one("SELECT MIN(PRODUCT_ID) AS ID FROM BLC_DISCRETE_ORDER_ITEM").get("ID")).longValue();
        // the session's token from any page with a form (an empty cart has none)
        String token = RunningDemoStore.csrfToken(RunningDemoStore.get(shopper, "/complaints/new").body());
        HttpResponse<String> added = RunningDemoStore.postForm(shopper, "/cart/add", "productId=" + productId
                + "&quantity=1&csrfToken=" + enc(token));
        assertEquals(302, added.statusCode(), added.body());
        assertFalse(added.headers().firstValue("Location").orElse("").contains("addError"), "added: " + added.headers().map());
    }

    /** The shopper's cart row (Broadleaf's IN_PROCESS order without a name). */
    static Map<String, Object> cartOf(String email) throws Exception {
        return DemoStoreData.query("SELECT o.* FROM BLC_ORDER o JOIN BLC_CUSTOMER c ON o.CUSTOMER_ID = c.CUSTOMER_ID"
                + " WHERE c.EMAIL_ADDRESS = ? AND o.ORDER_STATUS = 'IN_PROCESS' AND o.NAME IS NULL ORDER BY o.ORDER_ID DESC", email).get(0);
    }

    static String checkout(HttpClient shopper) throws Exception {
        String page = RunningDemoStore.get(shopper, "/checkout").body();
        String token = RunningDemoStore.csrfToken(page);
        HttpResponse<String> done = RunningDemoStore.postForm(shopper, "/checkout/complete", "emailAddress="
                + enc(DemoShoppers.SHOPPER_EMAIL) + "&firstName=Sam&lastName=Shopper&addressLine1=" + enc("12 Test Street")
                + "&city=Springfield&postalCode=12345&country=US&csrfToken=" + enc(token));
        assertEquals(302, done.statusCode(), done.body());
        String location = done.headers().firstValue("Location").orElse("");
        Matcher number = Pattern.compile("/confirmation/([^/?]+)").matcher(location);
        assertTrue(number.find(), "placed: " + location);
        return java.net.URLDecoder.decode(number.group(1), StandardCharsets.UTF_8);
    }

    static BigDecimal money(Object value) {
        return new BigDecimal(value.toString());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
