package dev.cxplugin.demo.review;

import dev.cxplugin.demo.launcher.RunningDemoStore;
import dev.cxplugin.demo.launcher.SiteBeans;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reviews in the running demo store over HTTP: the product page's widgets and JSON-LD, writing a review signed in
 * and from the follow-up email's signed link, votes, every refusal of bad input, and moderation in the admin.
 */
class ReviewsIT {

    static final String REVIEWED = "/coffee/ethiopia-yirgacheffe";
    static final String UNREVIEWED = "/brewing/gooseneck-kettle";

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static HttpClient signIn(String email, String password) throws Exception {
        HttpClient client = RunningDemoStore.newSession();
        String token = RunningDemoStore.csrfToken(RunningDemoStore.get(client, "/login").body());
        HttpResponse<String> r = RunningDemoStore.postForm(client, "/login_post.htm",
                "j_username=" + enc(email) + "&j_password=" + enc(password) + "&csrfToken=" + token);
        assertFalse(r.headers().firstValue("Location").orElse("").contains("error"), "signed in as " + email);
        return client;
    }

    static Long productId(String productPage) {
        Matcher m = Pattern.compile("/cx/review\\?productId=(\\d+)").matcher(productPage);
        assertTrue(m.find(), "the summary links to the write-review page");
        return Long.valueOf(m.group(1));
    }

    static Long reviewIdOf(String email, Long productId) {
        Object review = SiteBeans.call(SiteBeans.bean("cxReviewService"), "readOwnReview",
                new Class<?>[] {Long.class, Long.class}, SiteBeans.customerId(email), productId);
        return review == null ? null : (Long) SiteBeans.call(review, "getId", new Class<?>[0]);
    }

    static Object review(Long id) {
        return SiteBeans.call(SiteBeans.bean("cxReviewService"), "readReview", new Class<?>[] {Long.class}, id);
    }

    static Object prop(Object bean, String getter) {
        return SiteBeans.call(bean, getter, new Class<?>[0]);
    }

    @Test
    void productPageShowsSummaryListAndJsonLdOnlyWithReviews() throws Exception {
        HttpClient anon = RunningDemoStore.newSession();
        HttpResponse<String> page = RunningDemoStore.get(anon, REVIEWED);
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("id=\"review-summary\""), "the summary widget");
        assertTrue(html.contains("id=\"reviews\""), "the list widget");
        assertTrue(html.contains("Based on 3 reviews"), "the three published sample reviews");
        assertTrue(html.contains("aria-label=\"5 stars: 2 reviews\""), "each bar says its value in words");
        assertTrue(html.contains("Verified buyer"), "Sam bought it: a verified badge");
        assertTrue(html.contains("Thank you, Sam!"), "the merchant's reply");
        assertFalse(html.contains("@example.com"), "no email address anywhere in the widgets");
        assertTrue(html.contains("<script type=\"application/ld+json\">"), "JSON-LD");
        assertTrue(html.contains("\"aggregateRating\":{\"@type\":\"AggregateRating\",\"ratingValue\":\"4.7\",\"reviewCount\":3"));
        assertTrue(html.contains("\"reviewRating\":{\"@type\":\"Rating\",\"ratingValue\":5"));
        String link = html.replaceAll("(?s).*<link rel=\"stylesheet\" href=\"(/cx/review/widgets\\.css\\?v=[0-9a-f]+)\".*", "$1");
        assertTrue(link.startsWith("/cx/review/widgets.css?v="), "the widgets' stylesheet is linked once, versioned");
        HttpResponse<String> css = RunningDemoStore.get(anon, link);
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        assertTrue(css.headers().firstValue("Cache-Control").orElse("").contains("max-age"), "browsers keep it");
        assertTrue(css.body().contains(".cx-rv-summary"), "the widgets' rules");

        String none = RunningDemoStore.get(anon, UNREVIEWED).body();
        assertTrue(none.contains("No reviews yet."));
        assertFalse(none.contains("application/ld+json"), "no markup without reviews");

        String fives = RunningDemoStore.get(anon, REVIEWED + "?reviewSort=lowest&reviewStars=4").body();
        assertTrue(fives.contains("قهوة عطرية رائعة"), "the 4-star Arabic review");
        assertFalse(fives.contains("Bright and floral"), "5-star reviews filtered out");

        String arabic = RunningDemoStore.get(RunningDemoStore.newSession(), REVIEWED + "?blLocaleCode=ar").body();
        assertTrue(arabic.contains("مراجعات العملاء"), "Arabic heading");
        assertTrue(arabic.contains("dir=\"rtl\""), "right to left");
    }

    @Test
    void aSignedInShopperWritesAReviewWhoseMarkupStaysTextAndTheAdminPublishesIt() throws Exception {
        HttpClient sam = signIn("shopper@example.com", "shopper123");
        String productPage = RunningDemoStore.get(sam, "/gifts/almond-biscotti").body();
        Long productId = productId(productPage);
        HttpResponse<String> form = RunningDemoStore.get(sam, "/cx/review?productId=" + productId);
        assertEquals(200, form.statusCode());
        String token = RunningDemoStore.csrfToken(form.body());
        String title = "<script>alert('x')</script> Crunchy";
        String body = "productId=" + productId + "&rating=4&title=" + enc(title) + "&body=" + enc("Good <b>with</b> coffee.");

        HttpResponse<String> noCsrf = RunningDemoStore.postForm(sam, "/cx/review", body);
        assertEquals(403, noCsrf.statusCode(), "missing CSRF token");
        assertTrue(noCsrf.body().contains("security token"));
        assertEquals(null, reviewIdOf("shopper@example.com", productId), "nothing stored without the token");

        HttpResponse<String> badStars = RunningDemoStore.postForm(sam, "/cx/review", body.replace("rating=4", "rating=9") + "&csrfToken=" + token);
        assertEquals(400, badStars.statusCode());
        assertTrue(badStars.body().contains("Please choose from 1 to 5 stars."));
        HttpResponse<String> notANumber = RunningDemoStore.postForm(sam, "/cx/review", body.replace("rating=4", "rating=four") + "&csrfToken=" + token);
        assertEquals(400, notANumber.statusCode());
        StringBuilder mb = new StringBuilder();
        while (mb.length() < 1_048_576) {
            mb.append("abcdefghij");
        }
        HttpResponse<String> huge = RunningDemoStore.postForm(sam, "/cx/review", body + "&csrfToken=" + token + "&extra=" + mb);
        assertEquals(413, huge.statusCode(), "a 1 MB body");
        assertEquals(null, reviewIdOf("shopper@example.com", productId), "nothing stored by refusals");

        HttpResponse<String> ok = RunningDemoStore.postForm(sam, "/cx/review", body + "&csrfToken=" + token);
        assertEquals(200, ok.statusCode());
        assertTrue(ok.body().contains("Thank you for your review"));
        Long reviewId = reviewIdOf("shopper@example.com", productId);
        assertNotNull(reviewId);
        assertEquals(Boolean.TRUE, prop(review(reviewId), "isVerifiedBuyer"), "Sam has a submitted order with biscotti");
        assertEquals("PENDING", prop(review(reviewId), "getStatus"));

        HttpResponse<String> twice = RunningDemoStore.postForm(sam, "/cx/review", body + "&csrfToken=" + token);
        assertEquals(409, twice.statusCode(), "reviewing the same product twice");

        HttpClient dariush = signIn("dariush@example.com", "dariush123");
        String dToken = RunningDemoStore.csrfToken(RunningDemoStore.get(dariush, "/cx/review?productId=" + productId).body());
        HttpResponse<String> hijack = RunningDemoStore.postForm(dariush, "/cx/review", "productId=" + productId + "&reviewId=" + reviewId
                + "&rating=1&body=mine&csrfToken=" + dToken);
        assertEquals(404, hijack.statusCode(), "another customer's review id");
        assertEquals(4, prop(review(reviewId), "getRating"));

        // the admin publishes it from the queue
        HttpClient admin = RunningDemoStore.adminSession();
        HttpResponse<String> queue = RunningDemoStore.get(admin, "/admin/cx-review");
        assertEquals(200, queue.statusCode());
        assertTrue(queue.body().contains("data-review-id=\"" + reviewId + "\""), "waiting in the queue");
        assertFalse(queue.body().contains("<script>alert('x')"), "escaped in the admin too");
        String view = RunningDemoStore.get(admin, "/admin/cx-review/" + reviewId).body();
        HttpResponse<String> approve = RunningDemoStore.postForm(admin, "/admin/cx-review/" + reviewId + "/approve",
                "csrfToken=" + RunningDemoStore.csrfToken(view));
        assertEquals(302, approve.statusCode());
        RunningDemoStore.postForm(admin, "/admin/cx-review/" + reviewId + "/reply",
                "reply=" + enc("Glad you liked them!") + "&csrfToken=" + RunningDemoStore.csrfToken(view));

        String shown = RunningDemoStore.get(RunningDemoStore.newSession(), "/gifts/almond-biscotti").body();
        assertTrue(shown.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Crunchy")
                || shown.contains("&lt;script&gt;alert('x')&lt;/script&gt; Crunchy"), "the title shown as text");
        assertFalse(shown.contains("<script>alert"), "never as markup");
        assertTrue(shown.contains("Good &lt;b&gt;with&lt;/b&gt; coffee."));
        assertTrue(shown.contains("Glad you liked them!"));
        assertTrue(shown.contains("\"reviewCount\":1"));
    }

    @Test
    void theFollowUpEmailsSignedLinkWorksOnceWithoutSigningIn() throws Exception {
        Long layla = SiteBeans.customerId("layla@example.com");
        HttpClient anon = RunningDemoStore.newSession();
        Long productId = productId(RunningDemoStore.get(anon, "/gifts/tea-sampler-tin").body());
        String token = (String) SiteBeans.call(SiteBeans.bean("cxReviewLinks"), "token",
                new Class<?>[] {Long.class, Long.class, Long.class}, layla, null, productId);
        HttpResponse<String> form = RunningDemoStore.get(anon, "/cx/review?t=" + token + "&lang=ar");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("dir=\"rtl\""));
        assertTrue(form.body().contains("تقييمك"), "Arabic form");
        String csrf = RunningDemoStore.csrfToken(form.body());
        String post = "t=" + token + "&rating=5&title=" + enc("هدية جميلة") + "&body=" + enc("علبة أنيقة وتشكيلة رائعة.") + "&csrfToken=" + csrf;

        String forged = token.substring(0, token.length() - 3) + (token.endsWith("AAA") ? "BBB" : "AAA");
        assertEquals(400, RunningDemoStore.postForm(anon, "/cx/review", post.replace(token, forged)).statusCode(), "forged link");
        String expired = SiteBeans.signedToken("review", layla, new java.util.Date(System.currentTimeMillis() - 1000));
        assertEquals(410, RunningDemoStore.get(anon, "/cx/review?t=" + expired).statusCode(), "expired link");
        assertEquals(null, reviewIdOf("layla@example.com", productId));

        HttpResponse<String> ok = RunningDemoStore.postForm(anon, "/cx/review", post);
        assertEquals(200, ok.statusCode());
        Long reviewId = reviewIdOf("layla@example.com", productId);
        assertNotNull(reviewId, "stored for the link's customer");
        HttpResponse<String> again = RunningDemoStore.postForm(anon, "/cx/review", post.replace("rating=5", "rating=1"));
        assertEquals(410, again.statusCode(), "a used link");
        assertEquals(5, prop(review(reviewId), "getRating"));

        // the admin rejects it with a reason, which is kept and shown
        HttpClient admin = RunningDemoStore.adminSession();
        String view = RunningDemoStore.get(admin, "/admin/cx-review/" + reviewId).body();
        RunningDemoStore.postForm(admin, "/admin/cx-review/" + reviewId + "/reject",
                "reason=" + enc("Duplicate of a support request") + "&csrfToken=" + RunningDemoStore.csrfToken(view));
        assertEquals("REJECTED", prop(review(reviewId), "getStatus"));
        assertTrue(RunningDemoStore.get(admin, "/admin/cx-review/" + reviewId).body().contains("Duplicate of a support request"));
    }

    @Test
    void votesAreOnePerShopperAndAnsweredAsJson() throws Exception {
        HttpClient dariush = signIn("dariush@example.com", "dariush123");
        String page = RunningDemoStore.get(dariush, REVIEWED).body();
        Long productId = productId(page);
        Long samsReview = reviewIdOf("shopper@example.com", productId);
        String csrf = RunningDemoStore.csrfToken(page);
        HttpResponse<String> noCsrf = RunningDemoStore.postForm(dariush, "/cx/review/vote", "reviewId=" + samsReview + "&helpful=true");
        assertEquals(403, noCsrf.statusCode(), "missing CSRF token");
        HttpResponse<String> first = RunningDemoStore.postForm(dariush, "/cx/review/vote", "reviewId=" + samsReview + "&helpful=true&csrfToken=" + csrf);
        assertEquals(302, first.statusCode());
        assertEquals(1, prop(review(samsReview), "getHelpfulCount"));
        HttpResponse<String> second = dariush.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(RunningDemoStore.baseUrl() + "/cx/review/vote"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("reviewId=" + samsReview + "&helpful=false&csrfToken=" + csrf)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(409, second.statusCode());
        assertTrue(second.body().contains("\"error\":\"ALREADY_VOTED\""));
        assertEquals(0, prop(review(samsReview), "getNotHelpfulCount"));
        HttpResponse<String> anonVote = RunningDemoStore.postForm(RunningDemoStore.newSession(), "/cx/review/vote", "reviewId=" + samsReview + "&helpful=true");
        assertTrue(anonVote.statusCode() >= 400 && anonVote.statusCode() < 500);
    }

    @Test
    void staffWithoutReviewPermissionsSeeNoSectionAndGet403() throws Exception {
        HttpClient merch = RunningDemoStore.adminSession("merch", "merch");
        HttpResponse<String> home = RunningDemoStore.get(merch, "/admin/product");
        assertFalse(home.body().contains("href=\"/admin/cx-review\""), "no Reviews in the menu");
        assertEquals(403, RunningDemoStore.get(merch, "/admin/cx-review").statusCode());
        assertEquals(403, RunningDemoStore.get(merch, "/admin/cx-review/1").statusCode());
        HttpClient agent = RunningDemoStore.adminSession("agent", "agent");
        HttpResponse<String> agentHome = RunningDemoStore.get(agent, "/admin/cx-review");
        assertEquals(200, agentHome.statusCode());
        assertTrue(agentHome.body().contains("href=\"/admin/cx-review\""), "Reviews in the agent's menu");
    }

    /**
     * The widgets' cache (shared by anonymous views, checked against the summary's version) follows every change
     * made through the admin or by other shoppers, and never hands one shopper's own state to another.
     */
    @Test
    void cachedWidgetsShowApprovalsVotesAndRepliesAtOnceAndNoShoppersOwnState() throws Exception {
        String product = "/brewing/hand-burr-grinder"; // no demo reviews
        HttpClient anon = RunningDemoStore.newSession();
        String before = RunningDemoStore.get(anon, product).body();
        assertTrue(before.contains("No reviews yet."));

        HttpClient dariush = signIn("dariush@example.com", "dariush123");
        Long productId = productId(RunningDemoStore.get(dariush, product).body());
        String token = RunningDemoStore.csrfToken(RunningDemoStore.get(dariush, "/cx/review?productId=" + productId).body());
        assertEquals(200, RunningDemoStore.postForm(dariush, "/cx/review", "productId=" + productId
                + "&rating=4&title=" + enc("Cache test press") + "&body=" + enc("Even, full cup.") + "&csrfToken=" + token).statusCode());
        Long reviewId = reviewIdOf("dariush@example.com", productId);
        assertTrue(RunningDemoStore.get(dariush, product).body().contains("Your review is waiting for moderation."), "his own state");
        String pending = RunningDemoStore.get(anon, product).body();
        assertTrue(pending.contains("No reviews yet."), "a pending review is not shown");
        assertFalse(pending.contains("waiting for moderation"), "nobody else sees Dariush's own state");

        HttpClient admin = RunningDemoStore.adminSession();
        String view = RunningDemoStore.get(admin, "/admin/cx-review/" + reviewId).body();
        assertEquals(302, RunningDemoStore.postForm(admin, "/admin/cx-review/" + reviewId + "/approve",
                "csrfToken=" + RunningDemoStore.csrfToken(view)).statusCode());
        String approved = RunningDemoStore.get(anon, product).body();
        assertTrue(approved.contains("Cache test press"), "approved in the admin: the next view shows it");
        assertTrue(approved.contains("\"reviewCount\":1"));
        assertTrue(approved.contains("Yes (0)"));

        HttpClient layla = signIn("layla@example.com", "layla123");
        String laylaPage = RunningDemoStore.get(layla, product).body();
        assertTrue(laylaPage.contains("name=\"reviewId\" value=\"" + reviewId + "\""), "a signed-in shopper gets vote forms");
        assertEquals(302, RunningDemoStore.postForm(layla, "/cx/review/vote", "reviewId=" + reviewId + "&helpful=true&csrfToken="
                + RunningDemoStore.csrfToken(laylaPage)).statusCode());
        String voted = RunningDemoStore.get(anon, product).body();
        assertTrue(voted.contains("Yes (1)"), "a vote: the next view counts it");
        assertFalse(voted.contains("/cx/review/vote"), "no vote forms (nor anyone's token) for an anonymous shopper");

        RunningDemoStore.postForm(admin, "/admin/cx-review/" + reviewId + "/reply",
                "reply=" + enc("Thanks for the cache test!") + "&csrfToken=" + RunningDemoStore.csrfToken(view));
        assertTrue(RunningDemoStore.get(anon, product).body().contains("Thanks for the cache test!"), "a reply: shown at once");
    }
}
