package dev.cxplugin.review.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What anonymous product-page views share (summary figures, the page of reviews, texts, JSON-LD), per product,
 * language, sort, star filter and page. An entry is used only while the product's summary version is the one it
 * was built from: every change the widgets show raises that version in the database, in the change's own
 * transaction, so each store node sees it on its next view without any message between nodes (the version is
 * read with the summary row, which the view reads anyway). The time limit only bounds what a change made outside
 * the plugin's services (SQL by hand, a product renamed in the admin) can leave stale.
 */
public class CxReviewWidgetCache {

    protected static final class Cached {
        final long version;
        final String fingerprint;
        final long expires;
        final CxReviewWidget widget;

        Cached(long version, String fingerprint, long expires, CxReviewWidget widget) {
            this.version = version;
            this.fingerprint = fingerprint;
            this.expires = expires;
            this.widget = widget;
        }
    }

    protected final int maxEntries;
    protected final long ttlMillis;
    protected final Map<String, Cached> entries;

    public CxReviewWidgetCache(final int maxEntries, long ttlMillis) {
        this.maxEntries = maxEntries;
        this.ttlMillis = ttlMillis;
        // access order: the least recently viewed entry goes first when full
        this.entries = new LinkedHashMap<String, Cached>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** The widget stored under {@code key} if it was built from this version and fingerprint and is not too old. */
    public CxReviewWidget get(String key, long version, String fingerprint) {
        if (maxEntries <= 0) {
            return null;
        }
        Cached e;
        synchronized (entries) {
            e = entries.get(key);
        }
        if (e == null || e.version != version || !e.fingerprint.equals(fingerprint) || System.currentTimeMillis() > e.expires) {
            return null;
        }
        return e.widget;
    }

    public void put(String key, long version, String fingerprint, CxReviewWidget widget) {
        if (maxEntries <= 0) {
            return;
        }
        Cached e = new Cached(version, fingerprint, System.currentTimeMillis() + ttlMillis, widget);
        synchronized (entries) {
            entries.put(key, e);
        }
    }

    public void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
