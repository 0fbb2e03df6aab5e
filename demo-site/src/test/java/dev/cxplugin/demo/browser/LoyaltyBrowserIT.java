package dev.cxplugin.demo.browser;

import dev.cxplugin.demo.launcher.DemoDatabase;
import dev.cxplugin.demo.launcher.RunningDemoStore;
import dev.cxplugin.demo.launcher.SiteBeans;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Date;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The loyalty programme in the demo store: a shopper earns points on an order, sees them pending then available,
 * redeems them into a reward that pays part of the next order; forged redemptions change nothing; agents read the
 * admin's Loyalty section, a merchandiser cannot reach it, an admin adjusts a balance only with a reason.
 * Screenshots "My rewards" in English and Arabic in target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoyaltyBrowserIT {

    static WebDriver browser;
    static String base;
    static String email;
    static Long customerId;
    static final String PASSWORD = "secret12";
    /** cx.loyalty.signupBonusPoints as shipped. */
    static final long SIGNUP_BONUS = 100;

    @BeforeAll
    static void openBrowser() throws Exception {
        base = RunningDemoStore.baseUrl();
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    @Test
    @Order(1)
    void aShopperEarnsPointsSeesThemPendingThenAvailableAndRedeemsThemAtCheckout() throws Exception {
        email = "loyal." + System.currentTimeMillis() + "@example.com";
        browser.get(base + "/register?blLocaleCode=en_US");
        browser.findElement(By.id("firstName")).sendKeys("Lina");
        browser.findElement(By.id("lastName")).sendKeys("Loyal");
        browser.findElement(By.id("emailAddress")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("passwordConfirm")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitUpTo(20).until(d -> !d.getCurrentUrl().contains("/register"));
        customerId = SiteBeans.customerId(email);
        // registering opened the account with the signup bonus, available at once
        assertEquals(SIGNUP_BONUS, available(), "the account exists right after registration, with the signup bonus");
        browser.get(base + "/account/rewards");
        assertEquals(String.valueOf(SIGNUP_BONUS), text(".rewards-balances .balance:nth-child(1) .balance-value"));
        assertEquals("Welcome bonus", text(".rewards-history tbody tr td:nth-child(2) span"));

        addToCart(10);
        String first = checkout();
        // the earning job picks the order up (called here rather than waiting for its interval)
        earnAndRelease(null);
        browser.get(base + "/account/rewards");
        long pending = Long.parseLong(text(".rewards-balances .balance:nth-child(2) .balance-value"));
        assertTrue(pending >= 100, "the order of 10 earned pending points: " + pending);
        assertEquals(String.valueOf(SIGNUP_BONUS), text(".rewards-balances .balance:nth-child(1) .balance-value"),
                "only the signup bonus is available yet");
        assertTrue(browser.getPageSource().contains(first) || browser.findElements(By.cssSelector(".rewards-history tr")).size() > 1);

        // the return window closes (14 days after submission: no delivery was recorded)
        earnAndRelease(new Date(System.currentTimeMillis() + 15L * 86_400_000L));
        browser.get(base + "/account/rewards");
        assertEquals(String.valueOf(pending + SIGNUP_BONUS),
                text(".rewards-balances .balance:nth-child(1) .balance-value").replace(",", ""));
        Browser.screenshot(browser, "30-rewards-en");

        addToCart(1);
        browser.get(base + "/account/rewards");
        WebElement points = browser.findElement(By.id("redeem-points"));
        points.clear();
        points.sendKeys("100");
        browser.findElement(By.cssSelector(".redeem-form button[type=submit]")).click();
        waitUpTo(20).until(d -> d.getCurrentUrl().contains("done=applied"));
        String code = text(".reward-code .code");
        assertTrue(code.startsWith("PTS-"), code);
        assertEquals(String.valueOf(pending + SIGNUP_BONUS - 100),
                text(".rewards-balances .balance:nth-child(1) .balance-value").replace(",", ""));

        browser.get(base + "/cart");
        assertTrue(browser.findElements(By.cssSelector(".summary .savings")).size() == 1, "the reward shows as savings on the cart");
        String second = checkout();
        assertEquals(0, new BigDecimal("1.00").compareTo(orderAdjustment(second)), "100 points = 1.00 off the order");

        browser.get(base + "/account/rewards?blLocaleCode=ar");
        assertEquals("rtl", browser.findElement(By.tagName("html")).getAttribute("dir"));
        assertTrue(browser.getPageSource().contains("مكافآتي"));
        assertTrue(browser.getPageSource().contains("مكافأة الترحيب"), "the signup bonus, named in Arabic");
        Browser.screenshot(browser, "31-rewards-ar");
        browser.get(base + "/account/rewards?blLocaleCode=en_US");
    }

    @Test
    @Order(2)
    void forgedRedemptionsAreRefusedWithNothingChanged() throws Exception {
        HttpClient shopper = signIn(email, PASSWORD);
        String page = RunningDemoStore.get(shopper, "/account/rewards").body();
        String token = RunningDemoStore.csrfToken(page);
        long before = available();
        String key = "k" + System.currentTimeMillis();
        assertTrue(RunningDemoStore.postForm(shopper, "/account/rewards/redeem", "points=100&requestKey=" + key).statusCode() >= 400,
                "no CSRF token");
        assertEquals(400, RunningDemoStore.postForm(shopper, "/account/rewards/redeem",
                "points=-100&requestKey=" + key + "&csrfToken=" + token).statusCode());
        assertEquals(400, RunningDemoStore.postForm(shopper, "/account/rewards/redeem",
                "points=99999999999999999999&requestKey=" + key + "&csrfToken=" + token).statusCode());
        HttpResponse<String> tooMany = RunningDemoStore.postForm(shopper, "/account/rewards/redeem",
                "points=100000&requestKey=" + key + "&csrfToken=" + token);
        assertEquals(409, tooMany.statusCode());
        assertTrue(tooMany.body().contains("You do not have that many points available."));
        // someone else's reward code
        assertEquals(404, RunningDemoStore.postForm(shopper, "/account/rewards/PTS-SOMEONES/return",
                "csrfToken=" + token).statusCode());
        assertEquals(before, available());
    }

    @Test
    @Order(3)
    void agentsReadTheLoyaltySectionMerchandisersCannotAndAdjustmentsNeedAReason() throws Exception {
        HttpClient agent = RunningDemoStore.adminSession("agent", "agent");
        HttpResponse<String> section = RunningDemoStore.get(agent, "/admin/cx-loyalty");
        assertEquals(200, section.statusCode());
        assertTrue(section.body().contains("Liability report"));
        HttpResponse<String> member = RunningDemoStore.get(agent, "/admin/cx-loyalty/members/" + customerId);
        assertEquals(200, member.statusCode());
        assertFalse(member.body().contains("cx-adjust-form"), "agents read only");
        assertEquals(403, RunningDemoStore.postForm(agent, "/admin/cx-loyalty/members/" + customerId + "/adjust",
                "points=100&reason=x&requestKey=agentkey123&csrfToken=" + RunningDemoStore.csrfToken(section.body())).statusCode());

        HttpClient merch = RunningDemoStore.adminSession("merch", "merch");
        assertEquals(403, RunningDemoStore.get(merch, "/admin/cx-loyalty").statusCode());
        assertFalse(RunningDemoStore.get(merch, "/admin/product").body().contains("/cx-loyalty"), "no menu entry");

        HttpClient admin = RunningDemoStore.adminSession();
        long before = available();
        String page = RunningDemoStore.get(admin, "/admin/cx-loyalty/members/" + customerId).body();
        String token = RunningDemoStore.csrfToken(page);
        RunningDemoStore.postForm(admin, "/admin/cx-loyalty/members/" + customerId + "/adjust",
                "points=50&reason=&requestKey=adminkey" + System.currentTimeMillis() + "&csrfToken=" + token);
        assertEquals(before, available(), "no reason, no adjustment");
        RunningDemoStore.postForm(admin, "/admin/cx-loyalty/members/" + customerId + "/adjust",
                "points=50&reason=" + URLEncoder.encode("Parcel arrived late", StandardCharsets.UTF_8)
                        + "&requestKey=adminkey" + System.currentTimeMillis() + "&csrfToken=" + token);
        assertEquals(before + 50, available());
        String ledger = RunningDemoStore.get(admin, "/admin/cx-loyalty/members/" + customerId).body();
        assertTrue(ledger.contains("Parcel arrived late") && ledger.contains(">admin<"), "audited with the admin user");
        assertTrue(RunningDemoStore.get(admin, "/admin/cx-loyalty").body().contains("cx-total-value"), "liability report");
    }

    // ---------------------------------------------------------------- helpers

    void addToCart(int quantity) {
        browser.get(base + "/?blLocaleCode=en_US");
        List<WebElement> products = browser.findElements(By.cssSelector(".card-title a"));
        products.get(0).click();
        waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.add-to-cart")));
        assertFalse(browser.findElements(By.cssSelector(".loyalty-earn")).isEmpty(), "the product page says what it earns");
        WebElement qty = browser.findElement(By.id("quantity"));
        qty.clear();
        qty.sendKeys(String.valueOf(quantity));
        browser.findElement(By.cssSelector("form.add-to-cart button[type=submit]")).click();
        waitUpTo(20).until(d -> d.getCurrentUrl().contains("/cart"));
    }

    String checkout() {
        browser.get(base + "/cart");
        assertFalse(browser.findElements(By.cssSelector(".summary .loyalty-earn")).isEmpty(), "the cart says what it will earn");
        browser.get(base + "/checkout");
        fillIfEmpty("emailAddress", email);
        fillIfEmpty("firstName", "Lina");
        fillIfEmpty("lastName", "Loyal");
        fillIfEmpty("addressLine1", "12 Test Street");
        fillIfEmpty("city", "Springfield");
        fillIfEmpty("postalCode", "12345");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        WebElement number = waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".order-number")));
        return number.getText().trim();
    }

    void fillIfEmpty(String id, String value) {
        List<WebElement> fields = browser.findElements(By.id(id));
        if (!fields.isEmpty() && fields.get(0).getAttribute("value").isEmpty()) {
            fields.get(0).sendKeys(value);
        }
    }

    String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText().trim();
    }

    static void earnAndRelease(Date releaseAt) {
        Object loyalty = SiteBeans.bean("cxLoyaltyService");
        SiteBeans.call(loyalty, "earnSubmittedOrders", new Class<?>[] {Date.class}, new Date());
        if (releaseAt != null) {
            SiteBeans.call(loyalty, "releaseDue", new Class<?>[] {Date.class}, releaseAt);
        }
    }

    static Connection db() throws Exception {
        DemoDatabase d = new DemoDatabase(RunningDemoStore.get().getSettings());
        return DriverManager.getConnection(d.url, d.user, d.password);
    }

    static long available() throws Exception {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(
                "SELECT AVAILABLE_POINTS FROM CX_LOYALTY_ACCOUNT WHERE CUSTOMER_ID = ?")) {
            s.setLong(1, customerId);
            ResultSet rs = s.executeQuery();
            assertTrue(rs.next());
            return rs.getLong(1);
        }
    }

    static BigDecimal orderAdjustment(String orderNumber) throws Exception {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement("SELECT SUM(a.ADJUSTMENT_VALUE) FROM BLC_ORDER_ADJUSTMENT a "
                + "JOIN BLC_ORDER o ON o.ORDER_ID = a.ORDER_ID WHERE o.ORDER_NUMBER = ?")) {
            s.setString(1, orderNumber);
            ResultSet rs = s.executeQuery();
            rs.next();
            return rs.getBigDecimal(1) == null ? BigDecimal.ZERO : rs.getBigDecimal(1);
        }
    }

    static HttpClient signIn(String email, String password) throws Exception {
        HttpClient client = RunningDemoStore.newSession();
        String token = RunningDemoStore.csrfToken(RunningDemoStore.get(client, "/login").body());
        HttpResponse<String> r = RunningDemoStore.postForm(client, "/login_post.htm",
                "j_username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&j_password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&csrfToken=" + token);
        assertFalse(r.headers().firstValue("Location").orElse("").contains("error"), "signed in as " + email);
        return client;
    }
}
