package dev.cxplugin.common.web;

import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.servlet.http.HttpServletRequest;

/**
 * The plugin's own storefront texts (English, Arabic, Persian), independent of the store's message source,
 * which a plugin cannot add its bundles to. Bundle {@code classpath:cx/common/site-messages}; a store overrides
 * any text with {@link #setBasenames} listing its own bundle first.
 */
public class CxSiteTexts {

    public static final Set<String> LANGUAGES = new HashSet<String>(Arrays.asList("en", "ar", "fa"));
    protected static final Set<String> RTL = new HashSet<String>(Arrays.asList("ar", "fa", "he", "iw", "ur"));

    // the Reloadable variant reads UTF-8 itself; Spring 3.2's plain one refuses an encoding on JDK 9+ ("Java 5")
    protected final ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();

    public CxSiteTexts() {
        messages.setBasenames(new String[] {"classpath:cx/common/site-messages"});
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    public void setBasenames(String... basenames) {
        messages.setBasenames(basenames);
    }

    public String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH.getLanguage().equals(language(locale)) ? Locale.ROOT : locale);
    }

    /** Every text whose key starts with {@code prefix}, keyed by the rest of the key, for a template. */
    public Map<String, String> texts(Locale locale, String prefix, String... keys) {
        Map<String, String> result = new LinkedHashMap<String, String>();
        for (String key : keys) {
            result.put(key, text(prefix + key, locale));
        }
        return result;
    }

    /** en, ar or fa: the language a page is shown in. */
    public String language(Locale locale) {
        String lang = locale == null ? "en" : locale.getLanguage();
        return LANGUAGES.contains(lang) ? lang : "en";
    }

    public String dir(Locale locale) {
        return RTL.contains(language(locale)) ? "rtl" : "ltr";
    }

    /**
     * The page's language: an explicit {@code lang} parameter (en/ar/fa), else the customer's own language
     * (a link from an email opens in the email's language), else the store's current locale.
     */
    public Locale pageLocale(HttpServletRequest request, Customer customer) {
        String param = request.getParameter("lang");
        if (param != null && LANGUAGES.contains(param)) {
            return new Locale(param);
        }
        if (customer != null && customer.getCustomerLocale() != null && customer.getCustomerLocale().getLocaleCode() != null) {
            return new Locale(language(toLocale(customer.getCustomerLocale().getLocaleCode())));
        }
        BroadleafRequestContext brc = BroadleafRequestContext.getBroadleafRequestContext();
        if (brc != null && brc.getJavaLocale() != null) {
            return new Locale(language(brc.getJavaLocale()));
        }
        return new Locale(language(request.getLocale()));
    }

    protected static Locale toLocale(String code) {
        String[] parts = code.replace('-', '_').split("_");
        return parts.length > 1 ? new Locale(parts[0], parts[1]) : new Locale(parts[0]);
    }
}
