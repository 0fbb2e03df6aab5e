package dev.cxplugin.demo.browser;

import dev.cxplugin.demo.data.DemoShoppers;
import dev.cxplugin.demo.launcher.DemoDatabase;
import dev.cxplugin.demo.launcher.RunningDemoStore;
import dev.cxplugin.demo.launcher.SiteBeans;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Surveys in the running demo store: Layla (Arabic) answers NPS from the follow-up email in the demo mailbox, in a
 * real browser; Sam (English) answers the prompt on his account page, then the reason question. Bad input over
 * HTTP: forged, tampered and expired links, out-of-range and non-numeric scores, a missing CSRF token, a 1 MB
 * comment, another customer's answer; each changes nothing. Screenshots: target/screenshots/survey-*.png.
 * Each test resets its shopper's survey state first (it does not depend on other tests' data).
 */
class SurveyBrowserIT {

    static final Pattern ANSWER_LINK = Pattern.compile("href=\"(https?://[^\"]*/cx/survey/answer\\?t=([A-Za-z0-9_.-]+))\"[^>]*>(\\d+)<");
    static WebDriver browser;

    @BeforeAll
    static void openBrowser() throws Exception {
        RunningDemoStore.get();
        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(1000, 900));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void arabicShopperAnswersNpsFromTheFollowUpEmailInTheMailbox() throws Exception {
        Long layla = SiteBeans.customerId(DemoShoppers.ARABIC_SHOPPER_EMAIL);
        resetSurveys(layla);
        Map<Integer, String> links = followUpLinks(layla);
        assertEquals(11, links.size(), "0 to 10 in the email");

        // the score link opens the answer page in her language; nothing is stored until she sends it
        open(links.get(9));
        waitForState("email");
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertEquals("rtl", js.executeScript("return getComputedStyle(document.body).direction"));
        assertEquals("ar", js.executeScript("return document.documentElement.lang"));
        assertTrue(browser.findElement(By.id("cx-score-9")).isSelected(), "the score of the link is chosen");
        assertEquals(0, count("SELECT COUNT(*) FROM CX_SURVEY_RESPONSE WHERE CUSTOMER_ID = ?", layla), "opening stores nothing");
        Browser.screenshot(browser, "survey-answer-ar");

        String typed = "<b>توصيل سريع</b> <script>document.title='x'</script>";
        browser.findElement(By.id("cx-comment")).sendKeys(typed);
        browser.findElement(By.cssSelector("#cx-survey-answer button[type=submit]")).click();
        waitForState("thanks");
        assertEquals(typed, browser.findElement(By.id("cx-comment-shown")).getText(), "shown as text");
        assertTrue(browser.findElements(By.cssSelector("#cx-comment-shown b, #cx-comment-shown script")).isEmpty(), "never as markup");
        Browser.screenshot(browser, "survey-answer-ar-thanks");
        Map<String, Object> row = one("SELECT * FROM CX_SURVEY_RESPONSE WHERE CUSTOMER_ID = ?", layla);
        assertEquals(9, ((Number) row.get("SCORE")).intValue());
        assertEquals("EMAIL", row.get("CHANNEL"));
        assertEquals("NPS", row.get("SURVEY"));
        assertEquals(typed, String.valueOf(row.get("COMMENT_TEXT")));

        // bad input over HTTP: a clear 4xx and nothing changes
        HttpClient http = RunningDemoStore.newSession();
        String token = links.get(3);
        HttpResponse<String> page = get(http, "/cx/survey/answer?t=" + token);
        assertEquals(200, page.statusCode());
        String csrf = RunningDemoStore.csrfToken(page.body());
        assertTrue(post(http, "/cx/survey/answer", "t=" + token + "&score=3").statusCode() >= 400, "no CSRF token");
        assertTrue(post(http, "/cx/survey/answer", "t=" + token + "&score=3&csrfToken=forged").statusCode() >= 400,
                "a wrong CSRF token");
        for (String bad : new String[] {"11", "-1", "abc", "9.5"}) {
            HttpResponse<String> r = post(http, "/cx/survey/answer", "t=" + token + "&score=" + enc(bad) + "&csrfToken=" + enc(csrf));
            assertEquals(400, r.statusCode(), bad);
            assertTrue(r.body().contains("data-state=\"error\""), "the answer page says why");
        }
        StringBuilder mb = new StringBuilder();
        while (mb.length() < 1024 * 1024) {
            mb.append("aaaaaaaaaa");
        }
        HttpResponse<String> big = post(http, "/cx/survey/answer", "t=" + token + "&score=3&comment=" + mb + "&csrfToken=" + enc(csrf));
        assertTrue(big.statusCode() == 400 || big.statusCode() == 413, "a 1 MB comment: " + big.statusCode());
        int sig = token.indexOf('.') + 1; // a different first signature character: still canonical base64, wrong HMAC
        String forged = token.substring(0, sig) + (token.charAt(sig) == 'A' ? 'B' : 'A') + token.substring(sig + 1);
        assertEquals(403, get(http, "/cx/survey/answer?t=" + forged).statusCode());
        assertEquals(403, post(http, "/cx/survey/answer", "t=" + forged + "&score=3&csrfToken=" + enc(csrf)).statusCode());
        assertEquals(403, get(http, "/cx/survey/answer?t=" + withScore(token, "3", "10")).statusCode(), "a tampered score");
        String expired = SiteBeans.signedToken("cx.survey", layla, new Date(System.currentTimeMillis() - 60_000));
        assertEquals(410, get(http, "/cx/survey/answer?t=" + expired).statusCode());
        assertEquals(400, get(http, "/cx/survey/answer?t=garbage").statusCode());
        row = one("SELECT * FROM CX_SURVEY_RESPONSE WHERE CUSTOMER_ID = ?", layla);
        assertEquals(9, ((Number) row.get("SCORE")).intValue(), "unchanged");
        assertEquals(typed, String.valueOf(row.get("COMMENT_TEXT")), "unchanged");

        // another score in the same email changes the answer, never adds one
        HttpResponse<String> changed = post(http, "/cx/survey/answer", "t=" + token + "&score=3&csrfToken=" + enc(csrf));
        assertEquals(200, changed.statusCode());
        assertEquals(1, count("SELECT COUNT(*) FROM CX_SURVEY_RESPONSE WHERE CUSTOMER_ID = ?", layla));
        assertEquals(3, ((Number) one("SELECT SCORE FROM CX_SURVEY_RESPONSE WHERE CUSTOMER_ID = ?", layla).get("SCORE")).intValue());
    }

    @Test
    void shopperAnswersTheSitePromptOnTheAccountPageThenTheReason() throws Exception {
        Long layla = SiteBeans.customerId(DemoShoppers.ARABIC_SHOPPER_EMAIL);
        Long sam = SiteBeans.customerId(DemoShoppers.SHOPPER_EMAIL);
        resetSurveys(layla);
        resetSurveys(sam);

        // the prompt in Arabic, right to left
        signIn(DemoShoppers.ARABIC_SHOPPER_EMAIL, DemoShoppers.ARABIC_SHOPPER_PASSWORD);
        browser.get(RunningDemoStore.baseUrl() + "/account?blLocaleCode=ar");
        waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.cx-survey-prompt")));
        assertEquals("rtl", ((JavascriptExecutor) browser).executeScript(
                "return getComputedStyle(document.querySelector('section.cx-survey-prompt')).direction"));
        scrollTo("section.cx-survey-prompt");
        Browser.screenshot(browser, "survey-prompt-ar");
        signOut();

        // Sam answers in English
        signIn(DemoShoppers.SHOPPER_EMAIL, DemoShoppers.SHOPPER_PASSWORD);
        browser.get(RunningDemoStore.baseUrl() + "/account?blLocaleCode=en_US");
        waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.cx-survey-prompt")));
        assertTrue(browser.findElement(By.cssSelector("section.cx-survey-prompt legend")).getText().contains("recommend"));
        // keyboard: the radio group takes focus and arrows move the choice
        browser.findElement(By.cssSelector("label[for=cx-prompt-score-4]")).click();
        assertTrue(browser.findElement(By.id("cx-prompt-score-4")).isSelected());
        scrollTo("section.cx-survey-prompt");
        Browser.screenshot(browser, "survey-prompt-en");
        browser.findElement(By.cssSelector("section.cx-survey-prompt button[type=submit]")).click();
        waitForState("reason");
        Browser.screenshot(browser, "survey-reason-en");
        Map<String, Object> row = one("SELECT * FROM CX_SURVEY_RESPONSE WHERE CUSTOMER_ID = ?", sam);
        assertEquals(4, ((Number) row.get("SCORE")).intValue());
        assertEquals("SITE", row.get("CHANNEL"));
        long responseId = ((Number) row.get("RESPONSE_ID")).longValue();

        browser.findElement(By.id("cx-comment")).sendKeys("Delivery took too long");
        browser.findElement(By.cssSelector("#cx-survey-reason button[type=submit]")).click();
        waitForState("thanks");
        assertEquals("Delivery took too long",
                String.valueOf(one("SELECT COMMENT_TEXT FROM CX_SURVEY_RESPONSE WHERE RESPONSE_ID = ?", responseId).get("COMMENT_TEXT")));

        browser.get(RunningDemoStore.baseUrl() + "/account?blLocaleCode=en_US");
        waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        assertTrue(browser.findElements(By.cssSelector("section.cx-survey-prompt")).isEmpty(), "asked once per 90 days");
        signOut();

        // over HTTP: no second answer, no CSRF-less post, nobody else's answer
        HttpClient samHttp = signInHttp(DemoShoppers.SHOPPER_EMAIL, DemoShoppers.SHOPPER_PASSWORD);
        String csrf = RunningDemoStore.csrfToken(get(samHttp, "/account").body());
        assertTrue(post(samHttp, "/cx/survey/site", "survey=NPS&score=10").statusCode() >= 400, "no CSRF token");
        assertEquals(409, post(samHttp, "/cx/survey/site", "survey=NPS&score=10&csrfToken=" + enc(csrf)).statusCode(),
                "already asked within the window");
        HttpClient laylaHttp = signInHttp(DemoShoppers.ARABIC_SHOPPER_EMAIL, DemoShoppers.ARABIC_SHOPPER_PASSWORD);
        String laylaCsrf = RunningDemoStore.csrfToken(get(laylaHttp, "/account").body());
        assertEquals(404, get(laylaHttp, "/cx/survey/reason/" + responseId).statusCode(), "another customer's answer");
        assertEquals(404, post(laylaHttp, "/cx/survey/reason/" + responseId, "comment=mine&csrfToken=" + enc(laylaCsrf)).statusCode());
        assertEquals(400, post(laylaHttp, "/cx/survey/site", "survey=NPS&score=11&csrfToken=" + enc(laylaCsrf)).statusCode());
        assertEquals(1, count("SELECT COUNT(*) FROM CX_SURVEY_RESPONSE WHERE CUSTOMER_ID = ?", sam));
        assertEquals(0, count("SELECT COUNT(*) FROM CX_SURVEY_RESPONSE WHERE CUSTOMER_ID = ?", layla));
        assertEquals("Delivery took too long",
                String.valueOf(one("SELECT COMMENT_TEXT FROM CX_SURVEY_RESPONSE WHERE RESPONSE_ID = ?", responseId).get("COMMENT_TEXT")));
    }

    @Test
    void englishAnswerPageAndTheAdminSection() throws Exception {
        Long sam = SiteBeans.customerId(DemoShoppers.SHOPPER_EMAIL);
        open(answerToken(sam, 8));
        waitForState("email");
        assertEquals("ltr", ((JavascriptExecutor) browser).executeScript("return getComputedStyle(document.body).direction"));
        assertTrue(browser.findElement(By.id("cx-score-8")).isSelected());
        Browser.screenshot(browser, "survey-answer-en");

        HttpClient admin = RunningDemoStore.adminSession();
        HttpResponse<String> list = get(admin, "/admin/cx-survey?survey=NPS&band=detractor");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("id=\"cx-survey-rows\""));
        assertEquals(400, get(admin, "/admin/cx-survey?survey=NPS&band=bogus").statusCode());
        HttpResponse<String> csv = get(admin, "/admin/cx-survey/export?survey=NPS");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().replace("\uFEFF", "").startsWith("id,survey,score,band,channel"), csv.body());
        assertTrue(get(admin, "/admin/product").body().contains("href=\"/admin/cx-survey\""), "Surveys in the admin's menu");

        HttpClient agent = RunningDemoStore.adminSession("agent", "agent");
        assertEquals(200, get(agent, "/admin/cx-survey").statusCode(), "agents read");
        HttpClient merch = RunningDemoStore.adminSession("merch", "merch");
        assertFalse(get(merch, "/admin/product").body().contains("href=\"/admin/cx-survey\""), "no Surveys in the menu");
        assertEquals(403, get(merch, "/admin/cx-survey").statusCode());
        assertEquals(403, get(merch, "/admin/cx-survey/export").statusCode());
    }

    // ---------------------------------------------------------------- fixtures

    /** The follow-up email of one of the customer's orders, sent now by the store's dispatcher: its answer tokens by score. */
    static Map<Integer, String> followUpLinks(Long customerId) throws Exception {
        Map<String, Object> followUp = followUpOf(customerId);
        if (followUp == null) {
            deliverAnOrder(customerId);
            followUp = followUpOf(customerId);
        }
        assertTrue(followUp != null, "a follow-up is scheduled for a delivered order");
        long id = ((Number) followUp.get("NOTIFICATION_ID")).longValue();
        String messageId = String.valueOf(followUp.get("MESSAGE_ID")).replaceAll("^<|>$", "");
        int before = mailsWith(messageId).size();
        update("UPDATE CX_NOTIFICATION SET STATUS = 'PENDING', ATTEMPTS = 0, NEXT_ATTEMPT_DATE = ?, LEASE_OWNER = NULL,"
                + " LEASE_UNTIL = NULL WHERE NOTIFICATION_ID = ?", new java.sql.Timestamp(System.currentTimeMillis() - 60_000), id);
        List<Map<String, String>> mails = mailsWith(messageId);
        for (long end = System.currentTimeMillis() + 90_000; mails.size() <= before && System.currentTimeMillis() < end; ) {
            Thread.sleep(500);
            mails = mailsWith(messageId);
        }
        assertTrue(mails.size() > before, "the follow-up reached the mailbox");
        String html = mails.get(mails.size() - 1).get("html");
        Map<Integer, String> links = new TreeMap<Integer, String>();
        Matcher m = ANSWER_LINK.matcher(html);
        while (m.find()) {
            links.put(Integer.valueOf(m.group(3)), m.group(2));
        }
        return links;
    }

    static Map<String, Object> followUpOf(Long customerId) throws SQLException {
        List<Map<String, Object>> rows = query("SELECT n.NOTIFICATION_ID, n.MESSAGE_ID FROM CX_NOTIFICATION n JOIN BLC_ORDER o"
                + " ON n.ORDER_ID = o.ORDER_ID WHERE n.KIND = 'FOLLOW_UP' AND n.CUSTOMER_ID = ? AND o.ORDER_STATUS = 'SUBMITTED'"
                + " ORDER BY n.NOTIFICATION_ID DESC", customerId);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** Records DELIVERED for the customer's newest submitted order through the admin's Order updates. */
    static void deliverAnOrder(Long customerId) throws Exception {
        List<Map<String, Object>> orders = query("SELECT ORDER_ID FROM BLC_ORDER WHERE CUSTOMER_ID = ? AND ORDER_STATUS = 'SUBMITTED'"
                + " ORDER BY ORDER_ID DESC", customerId);
        assertFalse(orders.isEmpty(), "the demo shopper has a submitted order");
        long orderId = ((Number) orders.get(0).get("ORDER_ID")).longValue();
        HttpClient admin = RunningDemoStore.adminSession();
        String page = get(admin, "/admin/cx-fulfilment/" + orderId).body();
        Matcher m = Pattern.compile("id=\"cx-action-DELIVERED\".*?name=\"eventId\" value=\"([^\"]+)\"", Pattern.DOTALL).matcher(page);
        assertTrue(m.find(), "the DELIVERED form");
        post(admin, "/admin/cx-fulfilment/" + orderId, "type=DELIVERED&eventId=" + enc(m.group(1))
                + "&csrfToken=" + enc(RunningDemoStore.csrfToken(page)));
    }

    static List<Map<String, String>> mailsWith(String messageId) {
        List<Map<String, String>> found = new ArrayList<Map<String, String>>();
        for (Map<String, String> mail : RunningDemoStore.get().getMailCatcher().messages()) {
            String id = mail.get("messageId") == null ? "" : mail.get("messageId").trim().replaceAll("^<|>$", "");
            if (id.equals(messageId)) {
                found.add(mail);
            }
        }
        return found;
    }

    /** A fresh start for this shopper: no answers, never asked, contact slot free, not opted out. */
    static void resetSurveys(Long customerId) throws SQLException {
        update("DELETE FROM CX_SURVEY_RESPONSE WHERE CUSTOMER_ID = ?", customerId);
        update("DELETE FROM CX_SURVEY_THROTTLE WHERE CUSTOMER_ID = ?", customerId);
        update("UPDATE CX_CONTACT_SLOT SET LAST_CONTACT_DATE = NULL WHERE CUSTOMER_ID = ?", customerId);
        SiteBeans.setOptedOut(customerId, false);
    }

    /** A score link as the store signs it (the page only shows it; nothing is reserved or stored). */
    static String answerToken(Long customerId, int score) throws Exception {
        Object service = SiteBeans.bean("cxSurveyService");
        Class<?> kindType = Class.forName("dev.cxplugin.survey.type.CxSurveyKind", true, service.getClass().getClassLoader());
        Object nps = kindType.getField("NPS").get(null);
        return (String) SiteBeans.call(service, "answerToken",
                new Class<?>[] {Long.class, Long.class, Long.class, kindType, int.class, String.class},
                customerId, null, -1L, nps, score, null);
    }

    static String withScore(String token, String from, String to) {
        int dot = token.indexOf('.');
        String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
        assertTrue(payload.contains("|v=" + from), payload);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(payload.replace("|v=" + from, "|v=" + to)
                .getBytes(StandardCharsets.UTF_8)) + token.substring(dot);
    }

    void open(String token) {
        browser.get(RunningDemoStore.baseUrl() + "/cx/survey/answer?t=" + token);
    }

    void waitForState(String state) {
        waitUpTo(30).ignoring(StaleElementReferenceException.class)
                .until(d -> state.equals(d.findElement(By.tagName("main")).getAttribute("data-state")));
    }

    void scrollTo(String css) {
        ((JavascriptExecutor) browser).executeScript("document.querySelector(arguments[0]).scrollIntoView({block:'center'})", css);
    }

    void signIn(String email, String password) {
        browser.get(RunningDemoStore.baseUrl() + "/login");
        waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.id("j_username")));
        browser.findElement(By.id("j_username")).sendKeys(email);
        browser.findElement(By.id("j_password")).sendKeys(password);
        browser.findElement(By.id("j_password")).submit();
        waitUpTo(30).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    void signOut() {
        browser.get(RunningDemoStore.baseUrl() + "/logout");
        browser.manage().deleteAllCookies();
    }

    static HttpClient signInHttp(String email, String password) throws Exception {
        HttpClient client = RunningDemoStore.newSession();
        String token = RunningDemoStore.csrfToken(get(client, "/login").body());
        HttpResponse<String> r = post(client, "/login_post.htm",
                "j_username=" + enc(email) + "&j_password=" + enc(password) + "&csrfToken=" + enc(token));
        assertFalse(r.headers().firstValue("Location").orElse("").contains("error"), "signed in as " + email);
        return client;
    }

    WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    static HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return RunningDemoStore.get(client, path);
    }

    static HttpResponse<String> post(HttpClient client, String path, String form) throws Exception {
        return RunningDemoStore.postForm(client, path, form);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static Connection connect() throws SQLException {
        DemoDatabase db = new DemoDatabase(RunningDemoStore.get().getSettings());
        return DriverManager.getConnection(db.url, db.user, db.password);
    }

    static List<Map<String, Object>> query(String sql, Object... args) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<Map<String, Object>>();
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<String, Object>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        Object v = rs.getObject(i);
                        if (v instanceof java.sql.Clob) {
                            java.sql.Clob clob = (java.sql.Clob) v;
                            v = clob.getSubString(1, (int) clob.length());
                        }
                        row.put(md.getColumnLabel(i).toUpperCase(), v);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    static Map<String, Object> one(String sql, Object... args) throws SQLException {
        List<Map<String, Object>> rows = query(sql, args);
        assertEquals(1, rows.size(), sql);
        return rows.get(0);
    }

    static long count(String sql, Object... args) throws SQLException {
        return ((Number) one(sql, args).values().iterator().next()).longValue();
    }

    static int update(String sql, Object... args) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        }
    }
}
