package dev.cxplugin.review.web;

import dev.cxplugin.common.web.CxSiteTexts;
import dev.cxplugin.review.domain.CxRatingSummary;
import dev.cxplugin.review.domain.CxReview;
import dev.cxplugin.review.service.CxReviewPage;
import dev.cxplugin.review.service.CxReviewService;
import dev.cxplugin.review.service.CxReviewSettings;
import dev.cxplugin.review.type.CxReviewSort;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.security.service.ExploitProtectionService;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.DateFormat;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * The product page's review widgets, for a store's own product template:
 * <pre>
 * &lt;div th:replace="cx/review/widgets :: summary(${product})"&gt;&lt;/div&gt;
 * &lt;div th:replace="cx/review/widgets :: list(${product})"&gt;&lt;/div&gt;
 * &lt;script th:replace="cx/review/widgets :: jsonld(${product})"&gt;&lt;/script&gt;
 * </pre>
 * The fragments call {@link #summaryHtml}, {@link #listHtml} and {@link #jsonLdHtml}, which share one
 * {@link #forProduct} per request: it reads the product's summary row (one statement, whatever the number of
 * reviews; one more for a signed-in shopper's own review) and takes the rest from {@link CxReviewWidgetCache}
 * while the summary's version says it is current. List state comes from the
 * request parameters {@code reviewSort}, {@code reviewStars} and {@code reviewPage}: plain links, no script.
 */
public class CxReviewWidgets {

    public static final String SORT_PARAM = "reviewSort";
    public static final String STARS_PARAM = "reviewStars";
    public static final String PAGE_PARAM = "reviewPage";
    protected static final String[] TEXT_KEYS = {"heading", "none", "beFirst", "write", "editOwn", "ownPending",
        "ownRejected", "seeAll", "sortBy", "filter", "apply", "noMatch", "previous", "next", "verified", "incentivised",
        "reply", "helpfulQuestion", "signInToVote", "voted"};

    @Resource(name = "cxReviewService")
    protected CxReviewService reviewService;

    @Resource(name = "cxReviewSettings")
    protected CxReviewSettings settings;

    protected final CxSiteTexts texts = new CxSiteTexts();

    /** 0 entries switches the cache off. */
    protected CxReviewWidgetCache cache = new CxReviewWidgetCache(2000, 300_000L);

    @Resource(name = "blExploitProtectionService")
    protected ExploitProtectionService exploitProtectionService;

    protected CxReviewWidgetHtml html = new CxReviewWidgetHtml();

    /** The widgets' CSS on the classpath (a store may point it at its own). */
    protected String stylesResource = "cx/review/widgets.css";
    protected volatile String css;

    protected String signInUrl = "/login";
    protected String writePath = "/cx/review";

    public CxReviewWidgets() {
        texts.setBasenames("classpath:cx/review/site-messages");
    }

    public CxSiteTexts getTexts() {
        return texts;
    }

    public CxReviewWidget forProduct(Product product) {
        HttpServletRequest request = BroadleafRequestContext.getBroadleafRequestContext().getRequest();
        String key = CxReviewWidget.class.getName() + "." + product.getId();
        CxReviewWidget cached = request == null ? null : (CxReviewWidget) request.getAttribute(key);
        if (cached != null) {
            return cached;
        }
        CxReviewWidget w = build(product, request);
        if (request != null) {
            request.setAttribute(key, w);
        }
        return w;
    }

    protected CxReviewWidget build(Product product, HttpServletRequest request) {
        Locale locale = request == null ? Locale.ENGLISH : texts.pageLocale(request, null);
        CxReviewSort sort = CxReviewSort.parse(param(request, SORT_PARAM));
        int stars = intParam(request, STARS_PARAM, 0);
        stars = stars >= 1 && stars <= 5 ? stars : 0;
        int pageNo = Math.max(1, intParam(request, PAGE_PARAM, 1));
        // the one statement of a common view: the summary row, whose version says whether the cached part is current
        CxRatingSummary s = reviewService.readSummary(product.getId());
        String key = product.getId() + "|" + texts.language(locale) + "|" + sort.name() + "|" + stars + "|" + pageNo;
        String fingerprint = product.getUrl() + "|" + product.getName() + "|" + product.getDescription();
        CxReviewWidget shared = cache.get(key, s.getVersion(), fingerprint);
        if (shared == null) {
            shared = buildShared(product, locale, s, sort, stars, pageNo);
            cache.put(key, s.getVersion(), fingerprint, shared);
        }
        CxReviewWidget w = shared.forRequest();
        // a customer's own state, never cached
        Customer customer = CustomerState.getCustomer();
        w.signedIn = customer != null && customer.isRegistered() && (customer.isLoggedIn() || customer.isCookied());
        if (w.signedIn) {
            CxReview own = reviewService.readOwnReview(customer.getId(), product.getId());
            w.ownStatus = own == null ? null : own.getStatus();
        }
        if (request != null && request.getParameter("reviewVoted") != null) {
            w.flash = texts.text("cx.review.voted", locale);
        }
        return w;
    }

    /** Everything every shopper sees alike for this product, language, sort, star filter and page. */
    protected CxReviewWidget buildShared(Product product, Locale locale, CxRatingSummary s, CxReviewSort sort, int stars,
            int pageNo) {
        CxReviewWidget w = new CxReviewWidget();
        w.productId = product.getId();
        w.productUrl = product.getUrl();
        w.lang = texts.language(locale);
        w.dir = texts.dir(locale);
        w.t = texts.texts(locale, "cx.review.", TEXT_KEYS);
        w.signInUrl = signInUrl;
        w.writeUrl = writePath + "?productId=" + product.getId();

        w.count = s.getApprovedCount();
        w.average = s.getAverage();
        NumberFormat one = NumberFormat.getNumberInstance(locale);
        one.setMinimumFractionDigits(1);
        one.setMaximumFractionDigits(1);
        BigDecimal avg = BigDecimal.valueOf(w.average).setScale(1, RoundingMode.HALF_UP);
        w.averageText = one.format(avg);
        w.averageLabel = texts.text("cx.review.stars", locale, w.averageText);
        w.basedOnText = w.count == 1 ? texts.text("cx.review.basedOnOne", locale)
                : texts.text("cx.review.basedOn", locale, NumberFormat.getIntegerInstance(locale).format(w.count));
        w.roundedStars = (int) Math.round(w.average);

        for (int i = 5; i >= 1; i--) {
            int n = s.getStarCount(i);
            w.bars.add(new CxReviewWidget.Option(String.valueOf(i), texts.text("cx.review.bar", locale, i, n), stars == i,
                    listUrl(product, sort, i, 1), n, w.count == 0 ? 0 : Math.round(n * 100f / w.count)));
        }
        for (CxReviewSort option : CxReviewSort.values()) {
            w.sorts.add(new CxReviewWidget.Option(option.name().toLowerCase(Locale.ROOT),
                    texts.text("cx.review.sort." + option.name(), locale), option == sort, listUrl(product, option, stars, 1), 0, 0));
        }
        w.filters.add(new CxReviewWidget.Option("0", texts.text("cx.review.filter.all", locale), stars < 1 || stars > 5,
                listUrl(product, sort, 0, 1), w.count, 100));
        for (int i = 5; i >= 1; i--) {
            w.filters.add(new CxReviewWidget.Option(String.valueOf(i), texts.text("cx.review.filter.stars", locale, i), stars == i,
                    listUrl(product, sort, i, 1), s.getStarCount(i), 0));
        }

        if (w.count > 0) {
            CxReviewPage page = reviewService.readApproved(s, sort, stars, pageNo, settings.getPageSize());
            w.listTotal = page.getTotal();
            DateFormat dates = DateFormat.getDateInstance(DateFormat.LONG, locale);
            SimpleDateFormat iso = new SimpleDateFormat("yyyy-MM-dd");
            iso.setTimeZone(TimeZone.getTimeZone("UTC"));
            NumberFormat ints = NumberFormat.getIntegerInstance(locale);
            for (CxReview r : page.getReviews()) {
                CxReviewWidget.Row row = new CxReviewWidget.Row();
                row.id = r.getId();
                row.rating = r.getRating();
                row.starsText = texts.text("cx.review.stars", locale, ints.format(r.getRating()));
                row.title = r.getTitle();
                row.body = r.getBody();
                row.author = r.getDisplayName() != null ? r.getDisplayName() : texts.text("cx.review.anonymous", locale);
                // isolated (FSI ... PDI) so a Latin name keeps its full stop in an Arabic sentence and vice versa
                row.byText = texts.text("cx.review.by", locale, "\u2068" + row.author + "\u2069");
                row.date = dates.format(r.getCreatedDate());
                row.dateIso = iso.format(r.getCreatedDate());
                row.verified = r.isVerifiedBuyer();
                row.incentivised = r.isIncentivised();
                row.helpfulText = texts.text("cx.review.helpful", locale, ints.format(r.getHelpfulCount()));
                row.notHelpfulText = texts.text("cx.review.notHelpful", locale, ints.format(r.getNotHelpfulCount()));
                row.reply = r.getReply();
                row.lang = r.getLocale() == null ? null : r.getLocale().replace('_', '-');
                w.rows.add(row);
            }
            w.showingText = texts.text("cx.review.showing", locale, ints.format(w.rows.size()), ints.format(page.getTotal()));
            if (page.getPageCount() > 1) {
                w.pageText = texts.text("cx.review.page", locale, ints.format(page.getPage()), ints.format(page.getPageCount()));
            }
            w.previousUrl = page.isHasPrevious() ? listUrl(product, sort, page.getStars(), page.getPage() - 1) : null;
            w.nextUrl = page.isHasNext() ? listUrl(product, sort, page.getStars(), page.getPage() + 1) : null;
            w.jsonLd = jsonLd(product, w, page);
        }
        return w;
    }

    /** The summary widget (with the styles when it is the page's first widget); anonymous views share its markup. */
    public String summaryHtml(Product product) {
        CxReviewWidget w = forProduct(product);
        String html;
        if (w.isAnonymousView() && w.origin != null) {
            html = w.origin.anonymousSummaryHtml;
            if (html == null) {
                html = this.html.summary(w, ctx(false));
                w.origin.anonymousSummaryHtml = html;
            }
        } else {
            html = this.html.summary(w, ctx(false));
        }
        return styles(w) + html;
    }

    /** The list widget; anonymous views share its markup, a signed-in one gets vote forms with its CSRF token. */
    public String listHtml(Product product) {
        CxReviewWidget w = forProduct(product);
        String html;
        if (w.isAnonymousView() && w.origin != null) {
            html = w.origin.anonymousListHtml;
            if (html == null) {
                html = this.html.list(w, ctx(false));
                w.origin.anonymousListHtml = html;
            }
        } else {
            html = this.html.list(w, ctx(w.isSignedIn()));
        }
        return styles(w) + html;
    }

    /** The JSON-LD script element, or nothing without approved reviews. */
    public String jsonLdHtml(Product product) {
        String json = forProduct(product).getJsonLd();
        return json == null ? "" : "<script type=\"application/ld+json\">" + json + "</script>";
    }

    /**
     * The widgets' stylesheet link for the page's first widget, nothing for the others: a file the browser caches
     * (versioned by its content) rather than the same 4 KB of inline CSS on every product page.
     */
    protected String styles(CxReviewWidget w) {
        if (!w.takeStyles()) {
            return "";
        }
        BroadleafRequestContext brc = BroadleafRequestContext.getBroadleafRequestContext();
        String contextPath = brc == null || brc.getRequest() == null ? "" : brc.getRequest().getContextPath();
        return "<link rel=\"stylesheet\" href=\"" + contextPath + CxReviewController.STYLES_PATH + "?v=" + getStylesVersion() + "\" />\n";
    }

    /** The widgets' CSS (read once from {@link #stylesResource}). */
    public String getStyles() {
        String css = this.css;
        if (css == null) {
            css = readStyles();
            this.css = css;
        }
        return css;
    }

    /** Changes whenever the CSS does, so a cached stylesheet is never stale after an upgrade. */
    public String getStylesVersion() {
        return Integer.toHexString(getStyles().hashCode());
    }

    protected String readStyles() {
        InputStream in = CxReviewWidgets.class.getClassLoader().getResourceAsStream(stylesResource);
        if (in == null) {
            throw new IllegalStateException("no " + stylesResource + " on the classpath");
        }
        try {
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buf = new byte[8192];
                for (int n; (n = in.read(buf)) > 0;) {
                    out.write(buf, 0, n);
                }
                return new String(out.toByteArray(), StandardCharsets.UTF_8);
            } finally {
                in.close();
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + stylesResource, e);
        }
    }

    protected CxReviewWidgetHtml.Ctx ctx(boolean withToken) {
        BroadleafRequestContext brc = BroadleafRequestContext.getBroadleafRequestContext();
        HttpServletRequest request = brc == null ? null : brc.getRequest();
        String token = null;
        if (withToken) {
            try {
                token = exploitProtectionService.getCSRFToken();
            } catch (ServiceException e) {
                throw new IllegalStateException("no CSRF token for the vote forms", e);
            }
        }
        return new CxReviewWidgetHtml.Ctx(request == null ? "" : request.getContextPath(),
                exploitProtectionService.getCsrfTokenParameter(), token);
    }

    /** Google's review snippet for a product: aggregateRating plus the reviews shown on this page. */
    protected String jsonLd(Product product, CxReviewWidget w, CxReviewPage page) {
        Map<String, Object> ld = new LinkedHashMap<String, Object>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "Product");
        ld.put("name", product.getName());
        if (product.getDescription() != null) {
            ld.put("description", product.getDescription());
        }
        Map<String, Object> agg = new LinkedHashMap<String, Object>();
        agg.put("@type", "AggregateRating");
        agg.put("ratingValue", BigDecimal.valueOf(w.average).setScale(1, RoundingMode.HALF_UP).toPlainString());
        agg.put("reviewCount", w.count);
        agg.put("bestRating", 5);
        agg.put("worstRating", 1);
        ld.put("aggregateRating", agg);
        List<Object> items = new ArrayList<Object>();
        SimpleDateFormat iso = new SimpleDateFormat("yyyy-MM-dd");
        iso.setTimeZone(TimeZone.getTimeZone("UTC"));
        for (CxReview r : page.getReviews()) {
            Map<String, Object> review = new LinkedHashMap<String, Object>();
            review.put("@type", "Review");
            Map<String, Object> rating = new LinkedHashMap<String, Object>();
            rating.put("@type", "Rating");
            rating.put("ratingValue", r.getRating());
            rating.put("bestRating", 5);
            rating.put("worstRating", 1);
            review.put("reviewRating", rating);
            Map<String, Object> author = new LinkedHashMap<String, Object>();
            author.put("@type", "Person");
            author.put("name", r.getDisplayName() != null ? r.getDisplayName() : "Anonymous");
            review.put("author", author);
            review.put("datePublished", iso.format(r.getCreatedDate()));
            if (r.getTitle() != null) {
                review.put("name", r.getTitle());
            }
            review.put("reviewBody", r.getBody());
            items.add(review);
        }
        if (!items.isEmpty()) {
            ld.put("review", items);
        }
        return CxJson.write(ld);
    }

    protected String listUrl(Product product, CxReviewSort sort, int stars, int page) {
        StringBuilder b = new StringBuilder(product.getUrl()).append('?').append(SORT_PARAM).append('=')
                .append(sort.name().toLowerCase(Locale.ROOT));
        if (stars >= 1 && stars <= 5) {
            b.append('&').append(STARS_PARAM).append('=').append(stars);
        }
        if (page > 1) {
            b.append('&').append(PAGE_PARAM).append('=').append(page);
        }
        return b.append("#reviews").toString();
    }

    /** Five star glyphs, {@code filled} of them full (decorative: the page says the rating in words too). */
    public String glyphs(int filled) {
        return CxReviewWidgetHtml.glyphs(filled);
    }

    public void setStylesResource(String stylesResource) {
        this.stylesResource = stylesResource;
        this.css = null;
    }

    public void setHtml(CxReviewWidgetHtml html) {
        this.html = html;
    }

    protected static String param(HttpServletRequest request, String name) {
        return request == null ? null : request.getParameter(name);
    }

    protected static int intParam(HttpServletRequest request, String name, int fallback) {
        String v = param(request, name);
        if (v == null || v.length() > 6) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Cache size in entries (product x language x sort x filter x page); 0 switches it off. */
    public void setCacheEntries(int maxEntries) {
        this.cache = new CxReviewWidgetCache(maxEntries, cache.ttlMillis);
    }

    /** The longest an entry is used, in seconds, whatever the version says. */
    public void setCacheSeconds(int seconds) {
        this.cache = new CxReviewWidgetCache(cache.maxEntries, seconds * 1000L);
    }

    public CxReviewWidgetCache getCache() {
        return cache;
    }

    public void setSignInUrl(String signInUrl) {
        this.signInUrl = signInUrl;
    }

    public void setWritePath(String writePath) {
        this.writePath = writePath;
    }
}
