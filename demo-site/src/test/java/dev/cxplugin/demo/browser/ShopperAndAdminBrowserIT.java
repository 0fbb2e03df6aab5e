package dev.cxplugin.demo.browser;

import dev.cxplugin.demo.launcher.DemoDatabase;
import dev.cxplugin.demo.launcher.RunningDemoStore;
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

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A shopper and an admin in a real browser against the running demo store: product page, cart, register,
 * checkout, the order in the account; the admin signs in and opens that order. Screenshots in target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShopperAndAdminBrowserIT {

    static WebDriver browser;
    static String base;
    static String orderNumber;

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
    void shopperBuysAProductAfterRegisteringAndSeesTheOrderInTheirAccount() throws Exception {
        browser.get(base + "/");
        Browser.screenshot(browser, "01-home-en");
        List<WebElement> products = browser.findElements(By.cssSelector(".card-title a"));
        assertTrue(products.size() >= 4, "the home page shows products");

        String productName = products.get(0).getText();
        products.get(0).click();
        waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.add-to-cart")));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains(productName), "product page of the clicked product");
        assertFalse(browser.findElements(By.cssSelector("main img")).isEmpty(), "product image");
        Browser.screenshot(browser, "02-product-en");
        browser.findElement(By.cssSelector("form.add-to-cart button[type=submit]")).click();

        browser.get(base + "/cart");
        assertTrue(browser.getPageSource().contains(productName), "the cart holds the product");
        Browser.screenshot(browser, "03-cart-en");

        String email = "browser." + System.currentTimeMillis() + "@example.com";
        browser.get(base + "/register");
        browser.findElement(By.id("firstName")).sendKeys("Rana");
        browser.findElement(By.id("lastName")).sendKeys("Browser");
        browser.findElement(By.id("emailAddress")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys("secret12");
        browser.findElement(By.id("passwordConfirm")).sendKeys("secret12");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitUpTo(20).until(d -> !d.getCurrentUrl().contains("/register"));

        browser.get(base + "/checkout");
        fillIfEmpty("emailAddress", email);
        fillIfEmpty("firstName", "Rana");
        fillIfEmpty("lastName", "Browser");
        fillIfEmpty("addressLine1", "12 Test Street");
        fillIfEmpty("city", "Springfield");
        fillIfEmpty("postalCode", "12345");
        Browser.screenshot(browser, "04-checkout-en");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        WebElement number = waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".order-number")));
        orderNumber = number.getText().trim();
        assertFalse(orderNumber.isEmpty(), "the confirmation shows an order number");
        Browser.screenshot(browser, "05-confirmation-en");

        browser.get(base + "/account");
        assertTrue(browser.getPageSource().contains(orderNumber), "the order is in the account's order history");
        Browser.screenshot(browser, "06-account-en");
    }

    @Test
    @Order(2)
    void adminSignsInAndOpensTheShoppersOrder() throws Exception {
        browser.get(base + "/admin/login");
        browser.findElement(By.name("j_username")).sendKeys("admin");
        browser.findElement(By.name("j_password")).sendKeys("admin");
        browser.findElement(By.cssSelector("form [type=submit]")).click();
        waitUpTo(30).until(d -> !d.getCurrentUrl().contains("/login"));
        Browser.screenshot(browser, "10-admin-home");

        browser.get(base + "/admin/order");
        WebElement row = waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tr[contains(., '" + orderNumber + "')]")));
        Browser.screenshot(browser, "11-admin-orders");
        String link = row.getAttribute("data-link");
        assertTrue(link != null && link.matches(".*/admin/order/\\d+"), "the order's row links to its page: " + link);
        browser.get(base + link.substring(link.indexOf("/admin/")));
        waitUpTo(30).until(d -> d.getPageSource().contains(orderNumber));
        Browser.screenshot(browser, "12-admin-order");
        assertEquals(1, browser.findElements(By.id("cx-order-updates")).size(), "the order screen links to Order updates");

        // the order confirmation reaches the mailbox through the outbox and dispatcher
        waitUpTo(60).until(d -> {
            d.get(base + "/admin/mailbox");
            return d.getPageSource().contains(orderNumber);
        });
        Browser.screenshot(browser, "14-admin-mailbox");

        browser.get(base + "/admin/cx-notification");
        assertEquals(1, browser.findElements(By.id("listGrid-main")).size(), "the plugin's Notifications section lists");
        Browser.screenshot(browser, "13-admin-cx-notifications");
    }

    @Test
    @Order(3)
    void adminMarksTheOrderShippedAndTheShopperIsEmailed() throws Exception {
        // still signed in to the admin from the previous step
        browser.get(base + "/admin/cx-fulfilment");
        browser.findElement(By.id("cx-order-number")).sendKeys(orderNumber);
        browser.findElement(By.cssSelector("#cx-order-search button[type=submit]")).click();
        WebElement shipForm = waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.id("cx-action-SHIPPED")));
        assertEquals(orderNumber, browser.findElement(By.id("cx-order-number")).getText().trim(), "the order found by number");
        String tracking = "JD" + System.currentTimeMillis();
        shipForm.findElement(By.name("carrier")).sendKeys("DHL Express");
        shipForm.findElement(By.name("trackingNumber")).sendKeys(tracking);
        shipForm.findElement(By.name("trackingUrl")).sendKeys("https://tracking.example/" + tracking);
        shipForm.findElement(By.cssSelector("button[type=submit]")).click();
        waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.id("cx-message")));
        assertEquals("SHIPPED", browser.findElement(By.id("cx-fulfilment-status")).getText().trim());
        assertEquals(1, browser.findElements(By.cssSelector("#cx-events tr.cx-event[data-type=SHIPPED]")).size(),
                "the history lists the shipment");
        Browser.screenshot(browser, "15-admin-fulfilment");

        // the shipping email reaches the mailbox with its tracking number
        waitUpTo(60).until(d -> {
            d.get(base + "/admin/mailbox");
            return d.getPageSource().contains(tracking);
        });

        // and staff can read it in Notifications, rendered as the customer sees it
        browser.get(base + "/admin/cx-fulfilment");
        browser.findElement(By.id("cx-order-number")).sendKeys(orderNumber);
        browser.findElement(By.cssSelector("#cx-order-search button[type=submit]")).click();
        WebElement emailLink = waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#cx-events tr.cx-event[data-type=SHIPPED] a")));
        browser.get(emailLink.getAttribute("href"));
        waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.id("cx-email-html")));
        assertEquals("", browser.findElement(By.id("cx-email-html")).getAttribute("sandbox"), "sandboxed frame");
        assertTrue(browser.findElement(By.id("cx-email-text")).getText().contains(tracking), "the email names the parcel");
        Browser.screenshot(browser, "16-admin-notification");
    }

    @Test
    @Order(4)
    void arabicAndPersianStorefrontsAreRightToLeft() throws Exception {
        for (String locale : new String[] {"ar", "fa"}) {
            browser.get(base + "/?blLocaleCode=" + locale);
            WebElement html = browser.findElement(By.tagName("html"));
            assertEquals("rtl", html.getAttribute("dir"), locale);
            assertEquals(locale, html.getAttribute("lang").substring(0, 2), locale);
            Browser.screenshot(browser, "20-home-" + locale);
            browser.findElements(By.cssSelector(".card-title a")).get(0).click();
            waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.add-to-cart")));
            Browser.screenshot(browser, "21-product-" + locale);
        }
        browser.get(base + "/?blLocaleCode=en_US");
        assertEquals("ltr", browser.findElement(By.tagName("html")).getAttribute("dir"));
    }

    @Test
    @Order(5)
    void arabicAndPersianOrderConfirmationsReadRightToLeftAsTheCustomerReceivedThem() throws Exception {
        for (String locale : new String[] {"ar", "fa"}) {
            browser.get(base + "/admin/cx-notification/" + aSentOrderConfirmationIn(locale));
            WebElement frame = waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.id("cx-email-html")));
            browser.switchTo().frame(frame);
            try {
                WebElement html = browser.findElement(By.tagName("html"));
                assertEquals("rtl", html.getAttribute("dir"), locale);
                assertEquals(locale, html.getAttribute("lang").substring(0, 2), locale);
                WebElement greeting = browser.findElement(By.tagName("h1"));
                assertEquals("rtl", greeting.getCssValue("direction"), locale);
                assertEquals("right", greeting.getCssValue("text-align"), locale);
                assertTrue(greeting.getText().matches("(?s).*[\\u0600-\\u06FF].*"), "the greeting is in " + locale + ": " + greeting.getText());
            } finally {
                browser.switchTo().defaultContent();
            }
            assertEquals("rtl", browser.findElement(By.id("cx-email-text")).getCssValue("direction"), "the plain-text part too");
            Browser.screenshot(browser, "22-admin-order-confirmed-" + locale);
        }
    }

    /** A sample order's confirmation in that language, as the demo store sent it. */
    static long aSentOrderConfirmationIn(String locale) throws Exception {
        DemoDatabase db = new DemoDatabase(RunningDemoStore.get().getSettings());
        try (Connection c = DriverManager.getConnection(db.url, db.user, db.password);
             PreparedStatement ps = c.prepareStatement("SELECT MIN(NOTIFICATION_ID) FROM CX_NOTIFICATION"
                     + " WHERE KIND = 'ORDER_CONFIRMED' AND STATUS = 'SENT' AND LOCALE LIKE ?")) {
            ps.setString(1, locale + "%");
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next() && rs.getObject(1) != null, "the demo store sent an order confirmation in " + locale);
                return rs.getLong(1);
            }
        }
    }

    void fillIfEmpty(String id, String value) {
        List<WebElement> fields = browser.findElements(By.id(id));
        if (!fields.isEmpty() && fields.get(0).getAttribute("value").isEmpty()) {
            fields.get(0).sendKeys(value);
        }
    }
}
