package dev.cxplugin.common.web;

import dev.cxplugin.common.contact.CxContactPolicy;
import dev.cxplugin.common.contact.CxUnsubscribeLinks;
import dev.cxplugin.common.link.CxInvalidLinkException;
import dev.cxplugin.common.link.CxLinkClaims;
import dev.cxplugin.common.link.CxSignedLinkService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.io.IOException;
import java.util.Locale;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The unsubscribe link of every non-transactional email, {@value CxUnsubscribeLinks#PATH}{@code ?t=<token>}.
 * <ul>
 *   <li>{@code GET}: a page saying what will happen, with a button (mail scanners that open links change nothing);</li>
 *   <li>{@code POST} with {@code t}: the button; opts the customer out and says so;</li>
 *   <li>{@code POST} with body {@code List-Unsubscribe=One-Click} and the token in the URL: RFC 8058 one-click
 *       unsubscribe from the mail client; answers in plain text. The signed token is the authentication, so
 *       this URL is exempt from the store's CSRF filter (see docs/INSTALL.md).</li>
 * </ul>
 * A bad, forged or expired token gets a 4xx answer and changes nothing. Not single use: a second click is a no-op.
 * The page is the self-contained template {@code cx/unsubscribe} (a store overrides it with its own template of
 * that name).
 */
@Controller
public class CxUnsubscribeController {

    private static final Log LOG = LogFactory.getLog(CxUnsubscribeController.class);

    public static final String ONE_CLICK_PARAM = "List-Unsubscribe";
    public static final String ONE_CLICK_VALUE = "One-Click";
    protected static final String[] PAGE_TEXTS = {"title", "confirm.heading", "confirm.body", "confirm.keep",
        "confirm.button", "done.heading", "done.body", "done.keep", "already.heading", "already.body",
        "invalid.heading", "invalid.expired", "invalid.other", "account", "home"};

    @Resource(name = "cxSignedLinkService")
    protected CxSignedLinkService signedLinkService;

    @Resource(name = "cxContactPolicy")
    protected CxContactPolicy contactPolicy;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "cxSiteTexts")
    protected CxSiteTexts texts;

    protected String viewName = "cx/unsubscribe";
    protected String accountUrl = "/account";

    @RequestMapping(value = CxUnsubscribeLinks.PATH, method = RequestMethod.GET)
    public String confirm(HttpServletRequest request, HttpServletResponse response, Model model) {
        noStore(response);
        Customer customer;
        try {
            customer = customerOf(request.getParameter("t"));
        } catch (CxInvalidLinkException e) {
            return invalid(request, response, model, e);
        }
        boolean already = contactPolicy.isOptedOut(customer.getId());
        return page(request, model, customer, already ? "already" : "confirm");
    }

    @RequestMapping(value = CxUnsubscribeLinks.PATH, method = RequestMethod.POST)
    public String unsubscribe(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        noStore(response);
        boolean oneClick = ONE_CLICK_VALUE.equals(request.getParameter(ONE_CLICK_PARAM));
        Customer customer;
        try {
            customer = customerOf(request.getParameter("t"));
        } catch (CxInvalidLinkException e) {
            if (oneClick) {
                plain(response, status(e), "Invalid unsubscribe link: " + e.getReason() + "\n");
                return null;
            }
            return invalid(request, response, model, e);
        }
        if (!contactPolicy.isOptedOut(customer.getId())) {
            contactPolicy.setOptedOut(customer.getId(), true);
            LOG.info("customer " + customer.getId() + " unsubscribed from non-transactional emails"
                    + (oneClick ? " (one-click)" : ""));
        }
        if (oneClick) {
            plain(response, HttpServletResponse.SC_OK, "Unsubscribed\n");
            return null;
        }
        return page(request, model, customer, "done");
    }

    protected Customer customerOf(String token) throws CxInvalidLinkException {
        CxLinkClaims claims = signedLinkService.verify(token, CxUnsubscribeLinks.PURPOSE);
        Customer customer = claims.getCustomerId() == null ? null : customerService.readCustomerById(claims.getCustomerId());
        if (customer == null) {
            // a genuine link for a customer since deleted: nothing to change
            throw new CxInvalidLinkException(CxInvalidLinkException.Reason.MALFORMED, "no such customer");
        }
        return customer;
    }

    protected String page(HttpServletRequest request, Model model, Customer customer, String state) {
        Locale locale = texts.pageLocale(request, customer);
        fill(model, locale, state);
        model.addAttribute("cxToken", request.getParameter("t"));
        model.addAttribute("cxEmail", mask(customer.getEmailAddress()));
        return viewName;
    }

    protected String invalid(HttpServletRequest request, HttpServletResponse response, Model model, CxInvalidLinkException e) {
        response.setStatus(status(e));
        fill(model, texts.pageLocale(request, null), status(e) == HttpServletResponse.SC_GONE ? "expired" : "invalid");
        return viewName;
    }

    /** 410 when the link was real but is over; 400 when it never was (forged, damaged, for something else). */
    protected int status(CxInvalidLinkException e) {
        return e.getReason() == CxInvalidLinkException.Reason.EXPIRED ? HttpServletResponse.SC_GONE : HttpServletResponse.SC_BAD_REQUEST;
    }

    protected void fill(Model model, Locale locale, String state) {
        model.addAttribute("cxState", state);
        model.addAttribute("cxLang", texts.language(locale));
        model.addAttribute("cxDir", texts.dir(locale));
        model.addAttribute("cxText", texts.texts(locale, "cx.unsubscribe.", PAGE_TEXTS));
        model.addAttribute("cxAccountUrl", accountUrl);
    }

    /** s•••@example.com: whoever holds the link sees whose it is, not the whole address. */
    protected String mask(String email) {
        if (email == null) {
            return "";
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return "\u2022\u2022\u2022";
        }
        return email.charAt(0) + "\u2022\u2022\u2022" + email.substring(at);
    }

    protected void noStore(HttpServletResponse response) {
        // the token is in the URL: keep it out of caches, other sites' Referer headers and search engines
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Robots-Tag", "noindex");
        response.setHeader("X-Frame-Options", "DENY");
    }

    protected void plain(HttpServletResponse response, int status, String body) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(body);
        response.getWriter().flush();
    }

    public void setViewName(String viewName) {
        this.viewName = viewName;
    }

    public void setAccountUrl(String accountUrl) {
        this.accountUrl = accountUrl;
    }
}
