package dev.cxplugin.review.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the product page's review widgets show, computed once per request and product: plain values and texts
 * only, so templates need no logic beyond loops and conditions.
 */
public class CxReviewWidget implements Cloneable {

    /** One review as shown. */
    public static class Row {
        protected Long id;
        protected int rating;
        protected String starsText;
        protected String title;
        protected String body;
        protected String byText;
        protected String author;
        protected String date;
        protected String dateIso;
        protected boolean verified;
        protected boolean incentivised;
        protected String helpfulText;
        protected String notHelpfulText;
        protected String reply;
        protected String lang;

        public Long getId() { return id; }
        public int getRating() { return rating; }
        public String getStarsText() { return starsText; }
        public String getTitle() { return title; }
        public String getBody() { return body; }
        public String getByText() { return byText; }
        public String getAuthor() { return author; }
        public String getDate() { return date; }
        public String getDateIso() { return dateIso; }
        public boolean isVerified() { return verified; }
        public boolean isIncentivised() { return incentivised; }
        public String getHelpfulText() { return helpfulText; }
        public String getNotHelpfulText() { return notHelpfulText; }
        public String getReply() { return reply; }
        /** The language the review was written in, for the element's lang attribute (may be null). */
        public String getLang() { return lang; }
    }

    /** One bar of the distribution, or one choice of a select. */
    public static class Option {
        protected final String value;
        protected final String label;
        protected final boolean selected;
        protected final String url;
        protected final int count;
        protected final int percent;

        public Option(String value, String label, boolean selected, String url, int count, int percent) {
            this.value = value;
            this.label = label;
            this.selected = selected;
            this.url = url;
            this.count = count;
            this.percent = percent;
        }

        public String getValue() { return value; }
        public String getLabel() { return label; }
        public boolean isSelected() { return selected; }
        public String getUrl() { return url; }
        public int getCount() { return count; }
        public int getPercent() { return percent; }
    }

    protected Long productId;
    protected String productUrl;
    protected String lang;
    protected String dir;
    protected Map<String, String> t;
    protected int count;
    protected double average;
    protected String averageText;
    protected String averageLabel;
    protected String basedOnText;
    protected int roundedStars;
    protected List<Option> bars = new ArrayList<Option>();
    protected List<Option> sorts = new ArrayList<Option>();
    protected List<Option> filters = new ArrayList<Option>();
    protected List<Row> rows = new ArrayList<Row>();
    protected long listTotal;
    protected String showingText;
    protected String pageText;
    protected String previousUrl;
    protected String nextUrl;
    protected String writeUrl;
    protected String ownStatus;
    protected boolean signedIn;
    protected String signInUrl;
    protected String jsonLd;
    protected String flash;

    protected boolean stylesWritten;

    /** The cached widget this request's copy came from, which keeps the anonymous markup once written. */
    protected CxReviewWidget origin;
    protected volatile String anonymousSummaryHtml;
    protected volatile String anonymousListHtml;

    /**
     * A copy for one request of a widget built for anonymous views (and maybe cached): it shares the immutable
     * parts and starts with none of a customer's own state, which the caller fills in for this request only.
     */
    public CxReviewWidget forRequest() {
        try {
            CxReviewWidget w = (CxReviewWidget) clone();
            w.signedIn = false;
            w.ownStatus = null;
            w.flash = null;
            w.stylesWritten = false;
            w.origin = this;
            return w;
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** No customer's own state in this view: the markup is the same for every anonymous shopper. */
    public boolean isAnonymousView() {
        return !signedIn && ownStatus == null && flash == null;
    }

    /** True the first time only: the fragments share one style block per page. */
    public boolean takeStyles() {
        if (stylesWritten) {
            return false;
        }
        stylesWritten = true;
        return true;
    }

    public Long getProductId() { return productId; }
    public String getProductUrl() { return productUrl; }
    public String getLang() { return lang; }
    public String getDir() { return dir; }
    /** The widget's texts in the page's language, keyed without the {@code cx.review.} prefix. */
    public Map<String, String> getT() { return t; }
    public int getCount() { return count; }
    public boolean isHasReviews() { return count > 0; }
    public double getAverage() { return average; }
    public String getAverageText() { return averageText; }
    public String getAverageLabel() { return averageLabel; }
    public String getBasedOnText() { return basedOnText; }
    /** The average rounded to whole stars, for the star glyphs (the text says the exact value). */
    public int getRoundedStars() { return roundedStars; }
    public List<Option> getBars() { return bars; }
    public List<Option> getSorts() { return sorts; }
    public List<Option> getFilters() { return filters; }
    public List<Row> getRows() { return rows; }
    public long getListTotal() { return listTotal; }
    public String getShowingText() { return showingText; }
    public String getPageText() { return pageText; }
    public String getPreviousUrl() { return previousUrl; }
    public String getNextUrl() { return nextUrl; }
    public String getWriteUrl() { return writeUrl; }
    /** PENDING, APPROVED, REJECTED for the signed-in customer's own review of this product; null without one. */
    public String getOwnStatus() { return ownStatus; }
    public boolean isSignedIn() { return signedIn; }
    public String getSignInUrl() { return signInUrl; }
    /** The JSON-LD, or null when there are no approved reviews (no markup then). */
    public String getJsonLd() { return jsonLd; }
    /** A one-line notice after a vote (from the redirect's query), or null. */
    public String getFlash() { return flash; }
}
