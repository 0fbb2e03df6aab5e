package dev.cxplugin.demo.browser;

import dev.cxplugin.demo.data.DemoShoppers;
import dev.cxplugin.demo.launcher.RunningDemoStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In a real browser: a shopper reports a problem from the account page and sees it (English, then Arabic, right
 * to left); an agent opens the desk and the ticket. Screenshots in target/screenshots (complaint-*).
 */
class ComplaintBrowserIT {

    static WebDriver browser;
    static String base;

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

    @Test
    void aShopperReportsAProblemAndAnAgentSeesItOnTheDesk() throws Exception {
        browser.get(base + "/login");
        browser.findElement(By.id("j_username")).sendKeys(DemoShoppers.SHOPPER_EMAIL);
        browser.findElement(By.id("j_password")).sendKeys(DemoShoppers.SHOPPER_PASSWORD);
        browser.findElement(By.id("j_password")).submit(); // the login form (the header has a search form too)
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("/login"));

        browser.get(base + "/account");
        browser.findElement(By.id("report-problem")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/complaints/new"));
        Select orders = new Select(browser.findElement(By.id("orderNumber")));
        assertTrue(orders.getOptions().size() > 1, "the shopper's orders are offered");
        orders.selectByIndex(1);
        new Select(browser.findElement(By.id("category"))).selectByValue("LATE_DELIVERY");
        browser.findElement(By.id("description")).sendKeys("My parcel is a week late. <script>alert(1)</script>");
        Browser.screenshot(browser, "complaint-01-new-en");
        browser.findElement(By.cssSelector("#complaint-form [type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("filed=1"));
        String url = browser.getCurrentUrl();
        assertTrue(browser.findElement(By.id("thread")).getText().contains("<script>alert(1)</script>"), "shown as text");
        Browser.screenshot(browser, "complaint-02-detail-en");
        String reference = url.replaceAll(".*/complaints/([^?]+).*", "$1");

        browser.get(base + "/complaints/" + reference + "?lang=ar");
        assertEquals("rtl", browser.findElement(By.tagName("html")).getAttribute("dir"));
        Browser.screenshot(browser, "complaint-03-detail-ar");
        browser.get(base + "/complaints?lang=ar");
        Browser.screenshot(browser, "complaint-04-list-ar");
        browser.get(base + "/complaints");
        Browser.screenshot(browser, "complaint-05-list-en");
        browser.get(base + "/complaints/new?lang=ar");
        assertEquals("rtl", browser.findElement(By.tagName("html")).getAttribute("dir"));
        assertTrue(browser.findElements(By.id("complaint-form")).size() == 1, "the report form in Arabic");
        Browser.screenshot(browser, "complaint-06-new-ar");
        anOfferCodeIsRefusedInTheCart();


        browser.manage().deleteAllCookies();
        browser.get(base + "/admin/login");
        browser.findElement(By.name("j_username")).sendKeys("agent");
        browser.findElement(By.name("j_password")).sendKeys("agent");
        browser.findElement(By.cssSelector("form [type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("/login"));
        browser.get(base + "/admin/cx-complaints");
        assertTrue(browser.findElement(By.id("cx-queue")).getText().contains(reference));
        Browser.screenshot(browser, "complaint-10-admin-queue");
        String menu = browser.findElement(By.tagName("nav")).getText();
        assertTrue(menu.contains("Surveys") && !menu.contains("CxSurvey"), "menu labels are names, not keys: " + menu);
        browser.get(browser.findElement(By.cssSelector("#cx-queue tr[data-reference='" + reference + "'] a")).getAttribute("href"));
        try {
            new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.findElements(By.id("cx-thread")).size() == 1);
        } finally {
            Browser.screenshot(browser, "complaint-11-admin-ticket");
        }
        assertTrue(browser.getPageSource().contains("id=\"cx-sla\""), browser.getPageSource());
    }

    /** The cart's offer-code field, where an apology code is used: an unknown code gets a clear message. */
    private void anOfferCodeIsRefusedInTheCart() throws Exception {
        browser.get(base + "/?blLocaleCode=en_US");
        browser.findElements(By.cssSelector(".card-title a")).get(0).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector("form.add-to-cart")).isEmpty());
        browser.findElement(By.cssSelector("form.add-to-cart button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/cart"));
        browser.get(base + "/cart");
        browser.findElement(By.id("offerCode")).sendKeys("NO-SUCH-CODE");
        browser.findElement(By.cssSelector(".offer-code-form [type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("promo-error")).isEmpty());
        assertTrue(browser.findElement(By.id("promo-error")).getText().length() > 0, "the refusal says why");
        Browser.screenshot(browser, "complaint-07-cart-code-en");
        browser.get(base + "/cart?blLocaleCode=ar");
        assertEquals("rtl", browser.findElement(By.tagName("html")).getAttribute("dir"));
        assertTrue(browser.findElements(By.id("offerCode")).size() == 1, "the offer-code field in Arabic");
        Browser.screenshot(browser, "complaint-08-cart-code-ar");
        browser.get(base + "/cart?blLocaleCode=en_US");
    }
}
