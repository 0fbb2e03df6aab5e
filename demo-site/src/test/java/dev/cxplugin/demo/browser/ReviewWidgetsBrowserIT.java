package dev.cxplugin.demo.browser;

import dev.cxplugin.demo.launcher.RunningDemoStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The review widgets in a real browser, English and Arabic: they render with their space reserved, the Arabic
 * ones right to left, stars have text for screen readers, the filter works from the keyboard. Screenshots
 * target/screenshots/reviews-en.png and reviews-ar.png (docs/img).
 */
class ReviewWidgetsBrowserIT {

    static WebDriver browser;

    @BeforeAll
    static void openBrowser() throws Exception {
        RunningDemoStore.get();
        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(1100, 1400));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void widgetsInEnglishAndArabic() throws Exception {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        for (String locale : new String[] {"en_US", "ar"}) {
            browser.get(RunningDemoStore.baseUrl() + "/coffee/ethiopia-yirgacheffe?blLocaleCode=" + locale);
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("reviews")));
            String dir = (String) js.executeScript("return getComputedStyle(document.getElementById('reviews')).direction");
            assertEquals(locale.equals("ar") ? "rtl" : "ltr", dir);
            double height = ((Number) js.executeScript(
                    "return document.getElementById('review-summary').getBoundingClientRect().height")).doubleValue();
            assertTrue(height >= 200, "the summary reserves its space: " + height);
            WebElement stars = browser.findElement(By.cssSelector("#review-summary .cx-rv-stars"));
            assertEquals("img", stars.getAttribute("role"));
            assertTrue(stars.getAttribute("aria-label").contains("5"), "stars have a text equivalent");
            // below the store's sticky header
            js.executeScript("window.scrollTo(0, document.getElementById('review-summary').getBoundingClientRect().top + window.scrollY - 140)");
            Browser.screenshot(browser, "reviews-" + (locale.equals("ar") ? "ar" : "en"));
        }
        // keyboard: choose "4 stars only" and apply without a mouse
        browser.get(RunningDemoStore.baseUrl() + "/coffee/ethiopia-yirgacheffe?blLocaleCode=en_US");
        WebElement filter = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("cx-rv-stars")));
        new org.openqa.selenium.support.ui.Select(filter).selectByValue("4");
        filter.sendKeys(Keys.TAB);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("reviewStars=4"));
        assertEquals(1, browser.findElements(By.cssSelector("#reviews .cx-rv-item")).size(), "only the 4-star review");
    }
}
