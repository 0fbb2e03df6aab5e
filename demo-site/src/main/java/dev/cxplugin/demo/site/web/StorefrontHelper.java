package dev.cxplugin.demo.site.web;

import org.apache.commons.lang3.StringUtils;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.locale.service.LocaleService;
import org.broadleafcommerce.common.media.domain.Media;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.CategoryXref;
import org.broadleafcommerce.core.catalog.domain.FeaturedProduct;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Read-only helpers for the demo storefront's templates, called from Thymeleaf as
 * {@code ${@cxStorefront.navCategories}}. Every page (including the product and category pages, which
 * Broadleaf's handler mappings serve outside {@code @RequestMapping}) renders the same header, so the
 * header asks this bean for its data instead of relying on each controller to put it in the model.
 *
 * <p>Results that cost a query are kept for the rest of the request.</p>
 */
@Component("cxStorefront")
public class StorefrontHelper {

    private static final Log LOG = LogFactory.getLog(StorefrontHelper.class);

    /** Broadleaf's request parameter that switches the locale (BroadleafLocaleResolverImpl). */
    public static final String LOCALE_PARAM = "blLocaleCode";

    static final Set<String> RTL_LANGUAGES = new HashSet<String>(Arrays.asList("ar", "fa", "he", "iw", "ur", "ps", "ku", "yi"));

    /** Shown when BLC_LOCALE has no rows, so the switch still renders. */
    static final String[][] FALLBACK_LOCALES = {
        {"en_US", "English"}, {"ar", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629"}, {"fa", "\u0641\u0627\u0631\u0633\u06cc"}};

    private static final String CACHE_PREFIX = StorefrontHelper.class.getName() + ".";

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @Resource(name = "blLocaleService")
    protected LocaleService localeService;

    // ------------------------------------------------------------------ catalog

    /**
     * The categories for the navigation bar: the active children of the catalog's root categories (those
     * that are nobody's child), in their display order. Falls back to every active category that has a URL.
     */
    public List<Category> getNavCategories() {
        List<Category> cached = fromRequest("nav");
        if (cached != null) {
            return cached;
        }
        List<Category> result = new ArrayList<Category>();
        try {
            List<Category> all = catalogService.findAllCategories();
            Set<Long> childIds = new HashSet<Long>();
            for (Category category : all) {
                for (CategoryXref xref : category.getAllChildCategoryXrefs()) {
                    if (xref.getSubCategory() != null) {
                        childIds.add(xref.getSubCategory().getId());
                    }
                }
            }
            Set<Category> found = new LinkedHashSet<Category>();
            for (Category root : all) {
                if (childIds.contains(root.getId())) {
                    continue;
                }
                for (CategoryXref xref : root.getChildCategoryXrefs()) {
                    Category child = xref.getSubCategory();
                    if (isBrowsable(child)) {
                        found.add(child);
                    }
                }
            }
            if (found.isEmpty()) {
                for (Category category : all) {
                    if (isBrowsable(category)) {
                        found.add(category);
                    }
                }
            }
            result.addAll(found);
        } catch (RuntimeException e) {
            LOG.warn("Could not read the navigation categories", e);
        }
        return toRequest("nav", result);
    }

    /**
     * Products for the home page: the root and navigation categories' featured products, then products
     * flagged "featured", then the first products of each category, at most {@code max}.
     */
    public List<Product> featuredProducts(int max) {
        List<Product> cached = fromRequest("featured." + max);
        if (cached != null) {
            return cached;
        }
        Set<Product> found = new LinkedHashSet<Product>();
        try {
            List<Category> nav = getNavCategories();
            for (Category category : nav) {
                List<FeaturedProduct> featured = new ArrayList<FeaturedProduct>(category.getFeaturedProducts());
                Collections.sort(featured, new Comparator<FeaturedProduct>() {
                    @Override
                    public int compare(FeaturedProduct a, FeaturedProduct b) {
                        if (a.getSequence() == null || b.getSequence() == null) {
                            return 0;
                        }
                        return a.getSequence().compareTo(b.getSequence());
                    }
                });
                for (FeaturedProduct fp : featured) {
                    addIfSellable(found, fp.getProduct());
                }
            }
            if (found.size() < max) {
                for (Product product : catalogService.findAllProducts()) {
                    if (product.isFeaturedProduct()) {
                        addIfSellable(found, product);
                    }
                }
            }
            // round-robin over the categories so every category shows up on the home page
            if (found.size() < max) {
                List<List<Product>> perCategory = new ArrayList<List<Product>>();
                for (Category category : nav) {
                    perCategory.add(catalogService.findActiveProductsByCategory(category));
                }
                for (int i = 0; found.size() < max; i++) {
                    boolean any = false;
                    for (List<Product> products : perCategory) {
                        if (i < products.size()) {
                            any = true;
                            addIfSellable(found, products.get(i));
                        }
                    }
                    if (!any) {
                        break;
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not read the featured products", e);
        }
        List<Product> result = new ArrayList<Product>(found);
        if (result.size() > max) {
            result = new ArrayList<Product>(result.subList(0, max));
        }
        return toRequest("featured." + max, result);
    }

    /**
     * The product's picture: its "primary" media, else any media with a URL, else its default SKU's media,
     * else {@code /img/products/<last URL segment>.svg} (the demo data's naming rule).
     */
    public String imageUrl(Product product) {
        if (product == null) {
            return null;
        }
        String url = mediaUrl(product.getMedia());
        if (url == null && product.getDefaultSku() != null) {
            url = mediaUrl(product.getDefaultSku().getSkuMedia());
        }
        if (url == null) {
            String slug = StringUtils.substringAfterLast(StringUtils.defaultString(product.getUrl()), "/");
            if (StringUtils.isBlank(slug)) {
                slug = String.valueOf(product.getId());
            }
            url = "/img/products/" + slug + ".svg";
        }
        return url;
    }

    /**
     * An order's items in the order they were added (Broadleaf's list order can change when a quantity is
     * updated), so the cart's rows stay put.
     */
    public List<DiscreteOrderItem> items(Order order) {
        if (order == null || order.getDiscreteOrderItems() == null) {
            return Collections.emptyList();
        }
        List<DiscreteOrderItem> items = new ArrayList<DiscreteOrderItem>(order.getDiscreteOrderItems());
        Collections.sort(items, new Comparator<DiscreteOrderItem>() {
            @Override
            public int compare(DiscreteOrderItem a, DiscreteOrderItem b) {
                if (a.getId() == null || b.getId() == null) {
                    return a.getId() == null ? (b.getId() == null ? 0 : 1) : -1;
                }
                return a.getId().compareTo(b.getId());
            }
        });
        return items;
    }

    /**
     * An order line's name in the shopper's current language: the SKU's (translated) name; the name stored on
     * the line is the one of the language the item was added in.
     */
    public String itemName(DiscreteOrderItem item) {
        if (item == null) {
            return "";
        }
        if (item.getSku() != null && StringUtils.isNotBlank(item.getSku().getName())) {
            return item.getSku().getName();
        }
        return item.getName();
    }

    // ------------------------------------------------------------------ locale

    /** The languages offered by the switch: BLC_LOCALE's rows, the default first. */
    public List<LocaleOption> getLocales() {
        List<LocaleOption> cached = fromRequest("locales");
        if (cached != null) {
            return cached;
        }
        String currentCode = getCurrentLocaleCode();
        Map<String, String> names = new LinkedHashMap<String, String>();
        try {
            List<org.broadleafcommerce.common.locale.domain.Locale> locales =
                new ArrayList<org.broadleafcommerce.common.locale.domain.Locale>(localeService.findAllLocales());
            Collections.sort(locales, new Comparator<org.broadleafcommerce.common.locale.domain.Locale>() {
                @Override
                public int compare(org.broadleafcommerce.common.locale.domain.Locale a,
                                   org.broadleafcommerce.common.locale.domain.Locale b) {
                    boolean da = Boolean.TRUE.equals(a.getDefaultFlag());
                    boolean db = Boolean.TRUE.equals(b.getDefaultFlag());
                    if (da != db) {
                        return da ? -1 : 1;
                    }
                    return StringUtils.defaultString(a.getLocaleCode()).compareTo(StringUtils.defaultString(b.getLocaleCode()));
                }
            });
            for (org.broadleafcommerce.common.locale.domain.Locale locale : locales) {
                names.put(locale.getLocaleCode(), StringUtils.defaultIfBlank(locale.getFriendlyName(), locale.getLocaleCode()));
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not read BLC_LOCALE", e);
        }
        if (names.isEmpty()) {
            for (String[] fallback : FALLBACK_LOCALES) {
                names.put(fallback[0], fallback[1]);
            }
        }
        List<LocaleOption> result = new ArrayList<LocaleOption>();
        for (Map.Entry<String, String> entry : names.entrySet()) {
            result.add(new LocaleOption(entry.getKey(), entry.getValue(), entry.getKey().equals(currentCode)));
        }
        return toRequest("locales", result);
    }

    /** Broadleaf's locale code of this request ({@code en_US}, {@code ar}, {@code fa}), or null. */
    public String getCurrentLocaleCode() {
        BroadleafRequestContext brc = BroadleafRequestContext.getBroadleafRequestContext();
        if (brc != null && brc.getLocale() != null) {
            return brc.getLocale().getLocaleCode();
        }
        return null;
    }

    /**
     * The current page's URL with {@code blLocaleCode} set to {@code code}: path plus the query string of a
     * GET (never a POST's form fields), without any earlier {@code blLocaleCode} or {@code csrfToken}.
     */
    public String localeUrl(HttpServletRequest request, String code) {
        String path = request.getRequestURI();
        StringBuilder url = new StringBuilder(StringUtils.defaultIfEmpty(path, "/"));
        char separator = '?';
        String query = request.getQueryString();
        if ("GET".equalsIgnoreCase(request.getMethod()) && StringUtils.isNotEmpty(query)) {
            for (String pair : query.split("&")) {
                String name = decode(StringUtils.substringBefore(pair, "="));
                if (pair.isEmpty() || LOCALE_PARAM.equals(name) || "csrfToken".equals(name)) {
                    continue;
                }
                url.append(separator).append(pair);
                separator = '&';
            }
        }
        url.append(separator).append(LOCALE_PARAM).append('=').append(encode(code));
        return url.toString();
    }

    public boolean isRtl(Locale locale) {
        return locale != null && RTL_LANGUAGES.contains(locale.getLanguage());
    }

    /** {@code rtl} for Arabic, Persian and the other right-to-left languages, else {@code ltr}. */
    public String dir(Locale locale) {
        return isRtl(locale) ? "rtl" : "ltr";
    }

    /** BCP 47 tag for the {@code lang} attribute. */
    public String lang(Locale locale) {
        if (locale == null || StringUtils.isEmpty(locale.getLanguage())) {
            return "en";
        }
        return locale.toString().replace('_', '-');
    }

    /**
     * A whole number in the shopper's digits ({@code 12} -> "١٢" in Arabic, "۱۲" in Persian), like the prices
     * Broadleaf formats; Thymeleaf's {@code #numbers} always writes Latin digits.
     */
    public String number(Number value, Locale locale) {
        if (value == null) {
            return "";
        }
        return NumberFormat.getIntegerInstance(locale == null ? Locale.US : locale).format(value);
    }

    /** A country's name in the shopper's language, from the JDK's locale data ({@code SA} -> "السعودية"). */
    /** An amount in the request's currency, formatted as Broadleaf's {@code blc:price} formats prices (same digits). */
    public String money(java.math.BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        BroadleafRequestContext brc = BroadleafRequestContext.getBroadleafRequestContext();
        java.util.Currency currency = brc == null || brc.getJavaCurrency() == null ? java.util.Currency.getInstance("USD") : brc.getJavaCurrency();
        Locale locale = brc == null || brc.getJavaLocale() == null ? Locale.US : brc.getJavaLocale();
        return org.broadleafcommerce.common.currency.util.BroadleafCurrencyUtils.getNumberFormatFromCache(locale, currency).format(amount);
    }

    public String countryName(String isoCode, Locale locale) {
        if (StringUtils.isBlank(isoCode)) {
            return "";
        }
        String name = new Locale("", isoCode).getDisplayCountry(locale == null ? Locale.US : locale);
        return StringUtils.isBlank(name) ? isoCode : name;
    }

    // ------------------------------------------------------------------ internals

    protected boolean isBrowsable(Category category) {
        return category != null && category.isActive() && StringUtils.isNotBlank(category.getUrl());
    }

    protected void addIfSellable(Set<Product> found, Product product) {
        if (product != null && product.isActive() && product.getDefaultSku() != null && StringUtils.isNotBlank(product.getUrl())) {
            found.add(product);
        }
    }

    protected String mediaUrl(Map<String, Media> media) {
        if (media == null || media.isEmpty()) {
            return null;
        }
        Media primary = media.get("primary");
        if (primary != null && StringUtils.isNotBlank(primary.getUrl())) {
            return primary.getUrl();
        }
        for (Media m : media.values()) {
            if (m != null && StringUtils.isNotBlank(m.getUrl())) {
                return m.getUrl();
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private <T> T fromRequest(String key) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes == null ? null : (T) attributes.getAttribute(CACHE_PREFIX + key, RequestAttributes.SCOPE_REQUEST);
    }

    private <T> T toRequest(String key, T value) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.setAttribute(CACHE_PREFIX + key, value, RequestAttributes.SCOPE_REQUEST);
        }
        return value;
    }

    private static String encode(String value) {
        try {
            return URLEncoder.encode(StringUtils.defaultString(value), "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, "UTF-8");
        } catch (UnsupportedEncodingException | IllegalArgumentException e) {
            return value;
        }
    }
}
