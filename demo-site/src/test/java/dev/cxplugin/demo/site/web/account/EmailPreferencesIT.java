package dev.cxplugin.demo.site.web.account;

import dev.cxplugin.demo.launcher.RunningDemoStore;
import dev.cxplugin.demo.launcher.SiteBeans;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Unsubscribe links and the account's email preferences over HTTP against the running demo store: RFC 8058
 * one-click without a CSRF token, refused tokens, the preferences form (CSRF required, HTML kept inert).
 */
class EmailPreferencesIT {

    static final AtomicInteger SEQ = new AtomicInteger();

    @BeforeAll
    static void startStore() {
        RunningDemoStore.get();
    }

    /** A newly registered shopper: signed in on the returned session. */
    static Shopper aShopper() throws Exception {
        HttpClient session = RunningDemoStore.newSession();
        String email = "prefs." + System.nanoTime() + "." + SEQ.incrementAndGet() + "@example.com";
        String token = RunningDemoStore.csrfToken(RunningDemoStore.get(session, "/register").body());
        HttpResponse<String> r = RunningDemoStore.postForm(session, "/register",
                "customer.firstName=Nora&customer.lastName=Prefs&customer.emailAddress=" + enc(email)
                        + "&password=secret12&passwordConfirm=secret12&csrfToken=" + token);
        assertEquals(302, r.statusCode(), "registered: " + r.body());
        return new Shopper(session, email, SiteBeans.customerId(email));
    }

    record Shopper(HttpClient session, String email, Long id) {
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String pathOf(String url) {
        URI u = URI.create(url);
        return u.getRawPath() + "?" + u.getRawQuery();
    }

    static HttpResponse<String> oneClick(String pathAndQuery) throws Exception {
        // a mail client: no cookies, no session, no CSRF token, just the RFC 8058 body
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(RunningDemoStore.baseUrl() + pathAndQuery))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void oneClickPostWithoutCsrfTokenOptsOutAndASecondClickIsHarmless() throws Exception {
        Shopper s = aShopper();
        String url = SiteBeans.unsubscribeUrl(s.id());
        assertFalse(SiteBeans.isOptedOut(s.id()));

        HttpResponse<String> r = oneClick(pathOf(url));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(SiteBeans.isOptedOut(s.id()), "opted out");
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));

        assertEquals(200, oneClick(pathOf(url)).statusCode(), "the same link again: no error");
        assertTrue(SiteBeans.isOptedOut(s.id()));
        String account = RunningDemoStore.get(s.session(), "/account").body();
        assertFalse(checkbox(account).contains("checked"), "the account page shows the opt-out: " + checkbox(account));
    }

    @Test
    void theLinkShowsWhatWillHappenAndOnlyTheButtonUnsubscribes() throws Exception {
        Shopper s = aShopper();
        String path = pathOf(SiteBeans.unsubscribeUrl(s.id()));
        HttpClient visitor = RunningDemoStore.newSession();
        HttpResponse<String> page = RunningDemoStore.get(visitor, path);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("data-state=\"confirm\""));
        assertTrue(page.body().contains(s.email().charAt(0) + "\u2022\u2022\u2022@example.com"), "the masked address, not the whole one");
        assertFalse(page.body().contains(s.email()));
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));
        assertFalse(SiteBeans.isOptedOut(s.id()), "opening the link (or a mail scanner fetching it) changes nothing");

        String token = path.substring(path.indexOf("t=") + 2);
        HttpResponse<String> done = RunningDemoStore.postForm(visitor, "/cx/unsubscribe",
                "t=" + token + "&csrfToken=" + RunningDemoStore.csrfToken(page.body()));
        assertEquals(200, done.statusCode());
        assertTrue(done.body().contains("data-state=\"done\""), done.body());
        assertTrue(SiteBeans.isOptedOut(s.id()));
        assertTrue(RunningDemoStore.get(visitor, path).body().contains("data-state=\"already\""));
    }

    @Test
    void aPersianCustomersLinkOpensRightToLeftInPersian() throws Exception {
        Long dariush = SiteBeans.customerId("dariush@example.com");
        String body = RunningDemoStore.get(RunningDemoStore.newSession(), pathOf(SiteBeans.unsubscribeUrl(dariush))).body();
        assertTrue(body.contains("lang=\"fa\"") && body.contains("dir=\"rtl\""), body.substring(0, 400));
        assertTrue(body.contains("لغو اشتراک"));
        String arabic = RunningDemoStore.get(RunningDemoStore.newSession(), pathOf(SiteBeans.unsubscribeUrl(dariush)) + "&lang=ar").body();
        assertTrue(arabic.contains("lang=\"ar\"") && arabic.contains("dir=\"rtl\"") && arabic.contains("إلغاء الاشتراك"));
    }

    @Test
    void forgedExpiredOrForeignTokensAreRefusedAndChangeNothing() throws Exception {
        Shopper s = aShopper();
        String path = pathOf(SiteBeans.unsubscribeUrl(s.id()));
        char last = path.charAt(path.length() - 3);
        String forged = path.substring(0, path.length() - 3) + (last == 'x' ? 'y' : 'x') + path.substring(path.length() - 2);

        assertEquals(400, oneClick(forged).statusCode());
        HttpResponse<String> page = RunningDemoStore.get(RunningDemoStore.newSession(), forged);
        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("data-state=\"invalid\""));
        assertEquals(400, RunningDemoStore.postForm(RunningDemoStore.newSession(), "/cx/unsubscribe",
                forged.substring(forged.indexOf('?') + 1)).statusCode());

        String expired = SiteBeans.signedToken("unsubscribe", s.id(), new Date(System.currentTimeMillis() - 60_000));
        assertEquals(410, oneClick("/cx/unsubscribe?t=" + expired).statusCode());
        assertTrue(RunningDemoStore.get(RunningDemoStore.newSession(), "/cx/unsubscribe?t=" + expired).body()
                .contains("data-state=\"expired\""));
        String review = SiteBeans.signedToken("review", s.id(), new Date(System.currentTimeMillis() + 3_600_000));
        assertEquals(400, oneClick("/cx/unsubscribe?t=" + review).statusCode(), "a link made for something else");
        assertEquals(400, oneClick("/cx/unsubscribe").statusCode(), "no token at all");

        HttpResponse<String> script = RunningDemoStore.get(RunningDemoStore.newSession(),
                "/cx/unsubscribe?t=" + enc("<script>alert(1)</script>"));
        assertEquals(400, script.statusCode());
        assertFalse(script.body().contains("<script>alert(1)"), "the bad token is not echoed");

        assertFalse(SiteBeans.isOptedOut(s.id()), "nothing changed");
    }

    @Test
    void theAccountFormSavesBothChoicesAndClearingTheDateWithdrawsIt() throws Exception {
        Shopper s = aShopper();
        String account = RunningDemoStore.get(s.session(), "/account").body();
        assertTrue(checkbox(account).contains("checked"), "occasional emails are on by default");

        HttpResponse<String> r = RunningDemoStore.postForm(s.session(), "/account/email-preferences",
                "birthDate=1990-03-14&csrfToken=" + RunningDemoStore.csrfToken(account));
        assertEquals(302, r.statusCode());
        assertTrue(SiteBeans.isOptedOut(s.id()), "unticked box: opted out");
        assertNotNull(SiteBeans.birthDate(s.id()));
        account = RunningDemoStore.get(s.session(), "/account").body();
        assertTrue(account.contains("value=\"1990-03-14\""));
        assertTrue(account.contains("alert-success"), "says it is saved");
        assertFalse(checkbox(account).contains("checked"));

        RunningDemoStore.postForm(s.session(), "/account/email-preferences",
                "receiveOccasional=true&birthDate=&csrfToken=" + RunningDemoStore.csrfToken(account));
        assertFalse(SiteBeans.isOptedOut(s.id()));
        assertNull(SiteBeans.birthDate(s.id()), "consent withdrawn: the date is gone");
    }

    @Test
    void thePreferencesFormWithoutCsrfTokenIsRefused() throws Exception {
        Shopper s = aShopper();
        HttpResponse<String> r = RunningDemoStore.postForm(s.session(), "/account/email-preferences", "birthDate=1990-03-14");
        assertTrue(r.statusCode() >= 400, "refused, was " + r.statusCode());
        HttpResponse<String> wrong = RunningDemoStore.postForm(s.session(), "/account/email-preferences",
                "birthDate=1990-03-14&csrfToken=not-the-token");
        assertTrue(wrong.statusCode() >= 400, "a wrong token is refused too, was " + wrong.statusCode());
        assertFalse(SiteBeans.isOptedOut(s.id()));
        assertNull(SiteBeans.birthDate(s.id()), "nothing changed");
    }

    @Test
    void htmlInTheFormIsShownAsTextNeverRunAndNothingIsSaved() throws Exception {
        Shopper s = aShopper();
        String account = RunningDemoStore.get(s.session(), "/account").body();
        String attack = "\"><script>alert(1)</script>";
        HttpResponse<String> r = RunningDemoStore.postForm(s.session(), "/account/email-preferences",
                "birthDate=" + enc(attack) + "&csrfToken=" + RunningDemoStore.csrfToken(account));
        assertEquals(302, r.statusCode());
        String after = RunningDemoStore.get(s.session(), "/account").body();
        assertTrue(after.contains("alert-error"), "says what is wrong");
        assertFalse(after.contains("<script>alert(1)"), "not executable");
        assertTrue(after.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "shown back as text");
        assertNull(SiteBeans.birthDate(s.id()));
        assertFalse(SiteBeans.isOptedOut(s.id()), "a refused form changes nothing, the opt-out box included");

        RunningDemoStore.postForm(s.session(), "/account/email-preferences", "receiveOccasional=true&birthDate=2999-01-01&csrfToken="
                + RunningDemoStore.csrfToken(after));
        assertNull(SiteBeans.birthDate(s.id()), "a future date is refused");
    }

    static String checkbox(String html) {
        int i = html.indexOf("id=\"receiveOccasional\"");
        assertTrue(i > 0, "the account page has the email preferences form");
        int start = html.lastIndexOf('<', i);
        return html.substring(start, html.indexOf('>', i) + 1);
    }
}
