package dev.cxplugin.demo.site.web;

import org.junit.jupiter.api.Test;

import javax.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StorefrontHelperTest {

    private final StorefrontHelper helper = new StorefrontHelper();

    @Test
    void localeUrlKeepsTheQueryOfAGetAndReplacesTheLocale() {
        HttpServletRequest request = request("GET", "/search", "q=dark%20roast&blLocaleCode=fa&csrfToken=abc");
        assertEquals("/search?q=dark%20roast&blLocaleCode=ar", helper.localeUrl(request, "ar"));
    }

    @Test
    void localeUrlOfAPostNeverCopiesFormFields() {
        HttpServletRequest request = request("POST", "/register", null);
        assertEquals("/register?blLocaleCode=en_US", helper.localeUrl(request, "en_US"));
    }

    @Test
    void localeUrlOfTheHomePage() {
        assertEquals("/?blLocaleCode=fa", helper.localeUrl(request("GET", "/", null), "fa"));
    }

    @Test
    void arabicAndPersianAreRightToLeft() {
        assertEquals("rtl", helper.dir(new Locale("ar")));
        assertEquals("rtl", helper.dir(new Locale("fa")));
        assertEquals("ltr", helper.dir(Locale.US));
        assertEquals("ltr", helper.dir(null));
        assertTrue(helper.isRtl(new Locale("fa", "IR")));
        assertFalse(helper.isRtl(Locale.ENGLISH));
        assertEquals("en-US", helper.lang(Locale.US));
        assertEquals("fa", helper.lang(new Locale("fa")));
    }

    @Test
    void countryNamesFollowTheShoppersLanguage() {
        assertEquals("Saudi Arabia", helper.countryName("SA", Locale.US));
        assertEquals("\u0625\u064a\u0631\u0627\u0646", helper.countryName("IR", new Locale("ar")));
        assertEquals("", helper.countryName(null, Locale.US));
    }

    @Test
    void numbersUseTheShoppersDigits() {
        assertEquals("12", helper.number(12, Locale.US));
        assertEquals("\u0661\u0662", helper.number(12, new Locale("ar")));
        assertEquals("\u06f1\u06f2", helper.number(12, new Locale("fa")));
        assertEquals("", helper.number(null, Locale.US));
    }

    static HttpServletRequest request(String method, String uri, String query) {
        return (HttpServletRequest) Proxy.newProxyInstance(StorefrontHelperTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> {
                switch (m.getName()) {
                    case "getMethod":
                        return method;
                    case "getRequestURI":
                        return uri;
                    case "getQueryString":
                        return query;
                    case "getContextPath":
                        return "";
                    default:
                        throw new UnsupportedOperationException(m.getName());
                }
            });
    }
}
