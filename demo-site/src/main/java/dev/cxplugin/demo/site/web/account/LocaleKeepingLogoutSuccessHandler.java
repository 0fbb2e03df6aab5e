package dev.cxplugin.demo.site.web.account;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Spring Security logout success handler for the storefront: signing out invalidates the session, and with it
 * Broadleaf's remembered locale, so the shopper would land on the home page in the default language. The
 * storefront's "Sign out" links carry the current {@code blLocaleCode}; this handler sends the shopper to
 * {@code /?blLocaleCode=<that code>} (only a well-formed locale code is passed on, never a URL), or to
 * {@code /} without one.
 *
 * <p>Not a component: declare it in the root context's security configuration and reference it from
 * {@code <sec:logout success-handler-ref="..."/>}.</p>
 */
public class LocaleKeepingLogoutSuccessHandler implements LogoutSuccessHandler {

    static final Pattern LOCALE_CODE = Pattern.compile("[A-Za-z]{2,3}(_[A-Za-z0-9]{2,8})?");

    private String localeParameter = "blLocaleCode";

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        response.sendRedirect(response.encodeRedirectURL(targetUrl(request)));
    }

    protected String targetUrl(HttpServletRequest request) {
        String home = request.getContextPath() + "/";
        String code = request.getParameter(localeParameter);
        if (code != null && LOCALE_CODE.matcher(code).matches()) {
            return home + "?" + localeParameter + "=" + code;
        }
        return home;
    }

    public void setLocaleParameter(String localeParameter) {
        this.localeParameter = localeParameter;
    }
}
