package dev.cxplugin.demo.site.web.account;

import org.junit.jupiter.api.Test;

import javax.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LocaleKeepingLogoutSuccessHandlerTest {

    private final LocaleKeepingLogoutSuccessHandler handler = new LocaleKeepingLogoutSuccessHandler();

    @Test
    void keepsAWellFormedLocaleCode() {
        assertEquals("/?blLocaleCode=fa", handler.targetUrl(request("fa")));
        assertEquals("/?blLocaleCode=en_US", handler.targetUrl(request("en_US")));
    }

    @Test
    void neverRedirectsElsewhere() {
        assertEquals("/", handler.targetUrl(request("//evil.example.com")));
        assertEquals("/", handler.targetUrl(request("ar&x=1")));
        assertEquals("/", handler.targetUrl(request(null)));
    }

    static HttpServletRequest request(String code) {
        return (HttpServletRequest) Proxy.newProxyInstance(LocaleKeepingLogoutSuccessHandlerTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> {
                switch (m.getName()) {
                    case "getParameter":
                        return code;
                    case "getContextPath":
                        return "";
                    default:
                        throw new UnsupportedOperationException(m.getName());
                }
            });
    }
}
