package dev.cxplugin.demo.browser;

import dev.cxplugin.demo.data.DemoDataLoader;
import dev.cxplugin.demo.launcher.RunningDemoStore;
import dev.cxplugin.demo.launcher.SiteBeans;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.math.BigDecimal;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CX dashboard of the demo store filled from its sample data alone: the complaint and loyalty panels show
 * tickets, breaches, satisfaction, points earned, redeemed and expired over the default 90 days. Full-page screenshots
 * of the dashboard and of the demo shopper's timeline go to target/screenshots (docs/img holds copies).
 */
class DashboardBrowserIT {

    static WebDriver browser;
    static String base;

    @BeforeAll
    static void openBrowser() throws Exception {
        base = RunningDemoStore.baseUrl();
        browser = Browser.start();
        browser.get(base + "/admin/login");
        browser.findElement(By.name("j_username")).sendKeys("admin");
        browser.findElement(By.name("j_password")).sendKeys("admin");
        browser.findElement(By.cssSelector("form [type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theComplaintAndLoyaltyPanelsShowTheSampleData() throws Exception {
        browser.get(base + "/admin/cx-dashboard");
        fullPageScreenshot("dashboard");
        for (String key : new String[] {"complaint.new", "complaint.resolved", "complaint.backlog", "complaint.firstResponse",
                "complaint.resolutionMedian", "complaint.breachRate", "complaint.csat", "loyalty.activeMembers",
                "loyalty.earned", "loyalty.redeemed", "loyalty.expired", "loyalty.liabilityPoints"}) {
            BigDecimal shown = figure(key);
            assertTrue(shown.signum() > 0, key + " shows a figure from the sample data: " + shown);
        }
    }

    @Test
    void theDemoShoppersTimelineHoldsOrdersComplaintsAndPoints() throws Exception {
        Long sam = SiteBeans.customerId(DemoDataLoader.SHOPPER_EMAIL);
        browser.get(base + "/admin/cx-timeline/" + sam);
        fullPageScreenshot("timeline");
        String page = browser.findElement(By.tagName("body")).getText();
        assertTrue(page.contains("Points: "), "points lines");
        assertTrue(page.matches("(?s).*C-[A-Z0-9]{7}.*"), "a complaint reference");
        assertTrue(page.contains("Order"), "orders");
    }

    /** The number in the figure's current-period cell (units and separators dropped). */
    static BigDecimal figure(String key) {
        String text = browser.findElement(By.cssSelector("tr[data-figure='" + key + "'] td.cx-current")).getText();
        String number = text.replaceAll("[^0-9.]", "");
        assertTrue(!number.isEmpty(), key + " shows a number, not '" + text + "'");
        return new BigDecimal(number);
    }

    /**
     * The window made as tall as the page, so one PNG holds every panel. Broadleaf's admin scrolls its content in an
     * inner element: the bottom of the lowest visible leaf element counts, not the document's height.
     */
    static void fullPageScreenshot(String name) throws Exception {
        Object height = ((JavascriptExecutor) browser).executeScript("var h = 0;"
                + " document.querySelectorAll('body *').forEach(function (e) {"
                + "   if (e.children.length === 0 && e.offsetParent !== null) { h = Math.max(h, e.getBoundingClientRect().bottom); } });"
                + " return Math.ceil(h);");
        browser.manage().window().setSize(new Dimension(1280, Math.min(12000, ((Number) height).intValue() + 40)));
        trimBlankBottom(Browser.screenshot(browser, name));
        browser.manage().window().setSize(new Dimension(1280, 1600));
    }

    /** Cuts the uniform band the admin's full-height columns leave under the content (keeps 24 px of it). */
    static void trimBlankBottom(java.nio.file.Path png) throws java.io.IOException {
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        int w = image.getWidth();
        int last = image.getHeight() - 1;
        int y = last;
        while (y > 0 && sameRow(image, y, last, w)) {
            y--;
        }
        int height = Math.min(image.getHeight(), y + 25);
        if (height < image.getHeight()) {
            javax.imageio.ImageIO.write(image.getSubimage(0, 0, w, height), "png", png.toFile());
        }
    }

    static boolean sameRow(java.awt.image.BufferedImage image, int y, int reference, int width) {
        for (int x = 0; x < width - 20; x++) { // the rightmost columns hold the scroll bar
            if (image.getRGB(x, y) != image.getRGB(x, reference)) {
                return false;
            }
        }
        return true;
    }
}
