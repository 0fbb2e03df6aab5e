package dev.cxplugin.review.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class CxReviewWidgetCacheTest {

    @Test
    void anEntryServesOnlyItsOwnVersionAndProductFingerprint() {
        CxReviewWidgetCache cache = new CxReviewWidgetCache(10, 60_000L);
        CxReviewWidget w = new CxReviewWidget();
        cache.put("1|en|NEWEST|0|1", 7L, "/p|Beans|", w);
        assertSame(w, cache.get("1|en|NEWEST|0|1", 7L, "/p|Beans|"));
        assertNull(cache.get("1|en|NEWEST|0|1", 8L, "/p|Beans|"), "the summary moved on: a change was made");
        assertNull(cache.get("1|en|NEWEST|0|1", 7L, "/p|Coffee beans|"), "the product was renamed");
        assertNull(cache.get("1|ar|NEWEST|0|1", 7L, "/p|Beans|"), "another language");
    }

    @Test
    void entriesExpireAndTheLeastRecentlyUsedGoesWhenFull() throws Exception {
        CxReviewWidgetCache expiring = new CxReviewWidgetCache(10, 1L);
        expiring.put("k", 1L, "f", new CxReviewWidget());
        Thread.sleep(5);
        assertNull(expiring.get("k", 1L, "f"), "older than the time limit");

        CxReviewWidgetCache small = new CxReviewWidgetCache(2, 60_000L);
        CxReviewWidget a = new CxReviewWidget();
        small.put("a", 1L, "f", a);
        small.put("b", 1L, "f", new CxReviewWidget());
        small.get("a", 1L, "f");
        small.put("c", 1L, "f", new CxReviewWidget());
        assertEquals(2, small.size());
        assertSame(a, small.get("a", 1L, "f"), "recently used, kept");
        assertNull(small.get("b", 1L, "f"), "least recently used, dropped");
    }

    @Test
    void sizeZeroSwitchesItOff() {
        CxReviewWidgetCache off = new CxReviewWidgetCache(0, 60_000L);
        off.put("k", 1L, "f", new CxReviewWidget());
        assertNull(off.get("k", 1L, "f"));
    }
}
