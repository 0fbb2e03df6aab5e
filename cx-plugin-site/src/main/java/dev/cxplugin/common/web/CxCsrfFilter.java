package dev.cxplugin.common.web;

import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.security.handler.CsrfFilter;
import org.springframework.security.web.util.AntPathRequestMatcher;

import java.io.IOException;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Broadleaf's storefront {@link CsrfFilter}, answering a POST with a missing or wrong token with a clear 403
 * (plain text, or JSON for a request that accepts it) instead of letting its {@code ServletException} become a
 * 500. Same token check and excluded patterns; declare it as {@code blCsrfFilter} in the store's security file.
 */
public class CxCsrfFilter extends CsrfFilter {

    @Override
    public void doFilter(ServletRequest baseRequest, ServletResponse baseResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) baseRequest;
        HttpServletResponse response = (HttpServletResponse) baseResponse;
        if ("POST".equals(request.getMethod()) && !excluded(request)) {
            try {
                exploitProtectionService.compareToken(request.getParameter(exploitProtectionService.getCsrfTokenParameter()));
            } catch (ServiceException e) {
                refuse(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    protected boolean excluded(HttpServletRequest request) {
        if (excludedRequestPatterns != null) {
            for (String pattern : excludedRequestPatterns) {
                if (new AntPathRequestMatcher(pattern).matches(request)) {
                    return true;
                }
            }
        }
        return false;
    }

    protected void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String accept = request.getHeader("Accept");
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setHeader("Cache-Control", "no-store");
        if (accept != null && accept.contains("application/json")) {
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"error\":\"CSRF\",\"message\":\"Missing or wrong security token: reload the page and try again.\"}");
        } else {
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("This form has expired or did not come from this store (missing or wrong security token).\n"
                    + "Please go back, reload the page and try again.\n");
        }
        response.getWriter().flush();
    }
}
