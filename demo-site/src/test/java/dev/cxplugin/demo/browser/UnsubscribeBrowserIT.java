package dev.cxplugin.demo.browser;

import dev.cxplugin.demo.launcher.RunningDemoStore;
import dev.cxplugin.demo.launcher.SiteBeans;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Persian-speaking customer follows the unsubscribe link of an email in a real browser: the page is in Persian,
 * right to left, and its button unsubscribes. Screenshot target/screenshots/unsubscribe-fa.png (docs/img).
 */
class UnsubscribeBrowserIT {

    static WebDriver browser;

    @BeforeAll
    static void openBrowser() throws Exception {
        RunningDemoStore.get();
        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(900, 720));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void persianCustomerUnsubscribesFromARightToLeftPage() throws Exception {
        Long dariush = SiteBeans.customerId("dariush@example.com");
        SiteBeans.setOptedOut(dariush, false);
        try {
            URI link = URI.create(SiteBeans.unsubscribeUrl(dariush));
            browser.get(RunningDemoStore.baseUrl() + link.getRawPath() + "?" + link.getRawQuery());
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
            JavascriptExecutor js = (JavascriptExecutor) browser;
            assertEquals("rtl", js.executeScript("return getComputedStyle(document.body).direction"));
            assertEquals("fa", js.executeScript("return document.documentElement.lang"));
            assertTrue(browser.findElement(By.tagName("h1")).getText().contains("متوقف"), "Persian heading");
            double headingRight = ((Number) js.executeScript(
                    "return document.querySelector('h1').getBoundingClientRect().right")).doubleValue();
            double mainRight = ((Number) js.executeScript(
                    "return document.querySelector('main').getBoundingClientRect().right")).doubleValue();
            assertTrue(mainRight - headingRight < 60, "the heading starts at the right edge");
            Browser.screenshot(browser, "unsubscribe-fa");

            browser.findElement(By.cssSelector("main form button[type=submit]")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class) // the page is being replaced
                    .until(d -> "done".equals(d.findElement(By.tagName("main")).getAttribute("data-state")));
            assertTrue(browser.findElement(By.tagName("h1")).getText().contains("لغو شد"));
            assertTrue(SiteBeans.isOptedOut(dariush));
            Browser.screenshot(browser, "unsubscribe-fa-done");
        } finally {
            SiteBeans.setOptedOut(dariush, false); // the demo customer as it was, for other tests
        }
    }
}
