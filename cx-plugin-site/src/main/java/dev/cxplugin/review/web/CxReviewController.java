package dev.cxplugin.review.web;

import dev.cxplugin.common.link.CxInvalidLinkException;
import dev.cxplugin.common.link.CxLinkClaims;
import dev.cxplugin.review.domain.CxReview;
import dev.cxplugin.review.service.CxReviewException;
import dev.cxplugin.review.service.CxReviewInput;
import dev.cxplugin.review.service.CxReviewLinks;
import dev.cxplugin.review.service.CxReviewService;
import dev.cxplugin.review.service.CxReviewSettings;
import dev.cxplugin.review.type.CxReviewStatus;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Writing reviews and voting on them.
 * <ul>
 *   <li>{@code GET /cx/review?productId=} (signed in) or {@code ?t=<signed link>} (from the follow-up email, no
 *       sign-in): the form; the customer's existing review is edited instead of a second one;</li>
 *   <li>{@code POST /cx/review}: stores it (the store's CSRF filter checks the form's token);</li>
 *   <li>{@code POST /cx/review/vote} with {@code reviewId} and {@code helpful=true|false}: redirects back to the
 *       product page, or answers JSON when the request accepts {@code application/json}.</li>
 * </ul>
 * Every refusal is a 4xx page (or JSON error) naming the reason, and stores nothing. The page is the
 * self-contained template {@code cx/review/write}; a store may put its own template of that name first.
 */
@Controller
public class CxReviewController {

    public static final String PATH = "/cx/review";
    public static final String VOTE_PATH = "/cx/review/vote";
    public static final String STYLES_PATH = "/cx/review/widgets.css";
    protected static final String[] FORM_TEXTS = {"form.rating", "form.star1", "form.star2", "form.star3", "form.star4",
        "form.star5", "form.headline", "form.body", "form.submit", "form.update", "form.moderation", "form.editNote",
        "done.heading", "done.pending", "done.published", "done.back", "home", "error.heading"};

    @Resource(name = "cxReviewService")
    protected CxReviewService reviewService;

    @Resource(name = "cxReviewLinks")
    protected CxReviewLinks reviewLinks;

    @Resource(name = "cxReviewSettings")
    protected CxReviewSettings settings;

    @Resource(name = "cxReviewWidgets")
    protected CxReviewWidgets widgets;

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    protected String viewName = "cx/review/write";
    protected String signInUrl = "/login";
    /** Larger requests are refused before anything is read into a review (a review is at most a few KB). */
    protected int maxBodyBytes = 64 * 1024;

    /** The widgets' stylesheet, cacheable: its link carries the content's version. */
    @RequestMapping(value = STYLES_PATH, method = RequestMethod.GET)
    public void styles(HttpServletResponse response) throws java.io.IOException {
        byte[] css = widgets.getStyles().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        response.setContentType("text/css;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=31536000");
        response.setContentLength(css.length);
        response.getOutputStream().write(css);
    }

    @RequestMapping(value = PATH, method = RequestMethod.GET)
    public String form(HttpServletRequest request, HttpServletResponse response, Model model) {
        noStore(response);
        Locale locale = widgets.getTexts().pageLocale(request, null);
        String token = request.getParameter("t");
        Long customerId;
        Long productId;
        if (token != null) {
            try {
                CxLinkClaims claims = reviewLinks.verify(token);
                customerId = claims.getCustomerId();
                productId = claims.getProductId();
            } catch (CxInvalidLinkException e) {
                return invalidLink(response, model, locale, e);
            }
        } else {
            Customer customer = signedIn();
            if (customer == null) {
                return "redirect:" + signInUrl;
            }
            customerId = customer.getId();
            productId = longParam(request, "productId");
        }
        Product product = productId == null ? null : catalogService.findProductById(productId);
        if (product == null) {
            return error(response, model, locale, new CxReviewException(CxReviewException.Reason.NOT_FOUND, "no product"), null);
        }
        CxReview own = reviewService.readOwnReview(customerId, productId);
        fill(model, locale, "form", product, token);
        if (own != null) {
            model.addAttribute("cxReviewId", own.getId());
            model.addAttribute("cxRating", own.getRating());
            model.addAttribute("cxTitle", own.getTitle());
            model.addAttribute("cxBody", own.getBody());
        }
        return viewName;
    }

    @RequestMapping(value = PATH, method = RequestMethod.POST)
    public String submit(HttpServletRequest request, HttpServletResponse response, Model model) {
        noStore(response);
        Locale locale = widgets.getTexts().pageLocale(request, null);
        if (request.getContentLength() > maxBodyBytes) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            fill(model, locale, "error", null, null);
            model.addAttribute("cxError", widgets.getTexts().text("cx.review.error.TOO_LARGE", locale));
            return viewName;
        }
        String token = request.getParameter("t");
        Long reviewId = longParam(request, "reviewId");
        CxReviewInput input = new CxReviewInput()
                .setRating(intOrNull(request.getParameter("rating")))
                .setTitle(request.getParameter("title"))
                .setBody(request.getParameter("body"))
                .setLocale(widgets.getTexts().language(locale))
                .setClientIp(request.getRemoteAddr());
        CxReview saved;
        try {
            if (token != null) {
                saved = reviewService.submitFromLink(token, reviewId, input);
            } else {
                Customer customer = signedIn();
                if (customer == null) {
                    throw new CxReviewException(CxReviewException.Reason.NOT_SIGNED_IN, "not signed in");
                }
                input.setCustomerId(customer.getId()).setProductId(longParam(request, "productId"));
                saved = reviewId != null ? reviewService.edit(reviewId, input) : reviewService.submit(input);
            }
        } catch (CxInvalidLinkException e) {
            return invalidLink(response, model, locale, e);
        } catch (CxReviewException e) {
            Long productId = token != null ? productOfToken(token) : longParam(request, "productId");
            Product product = productId == null ? null : catalogService.findProductById(productId);
            String view = error(response, model, locale, e, product);
            // show the form again with what was typed (escaped by the template)
            model.addAttribute("cxToken", token);
            model.addAttribute("cxReviewId", reviewId);
            model.addAttribute("cxRating", input.getRating());
            model.addAttribute("cxTitle", input.getTitle() == null ? null : abbreviate(input.getTitle(), 200));
            model.addAttribute("cxBody", input.getBody() == null ? null : abbreviate(input.getBody(), settings.getBodyMaxLength() + 100));
            return view;
        }
        Product product = catalogService.findProductById(saved.getProductId());
        fill(model, locale, "done", product, null);
        model.addAttribute("cxPublished", CxReviewStatus.APPROVED.equals(saved.getStatus()));
        return viewName;
    }

    @RequestMapping(value = VOTE_PATH, method = RequestMethod.POST)
    public String vote(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        Locale locale = widgets.getTexts().pageLocale(request, null);
        boolean json = wantsJson(request);
        Long reviewId = longParam(request, "reviewId");
        String helpful = request.getParameter("helpful");
        CxReview review;
        try {
            if (!"true".equals(helpful) && !"false".equals(helpful)) {
                throw new CxReviewException(CxReviewException.Reason.INVALID, "helpful", "helpful must be true or false");
            }
            Customer customer = signedIn();
            if (customer == null) {
                throw new CxReviewException(CxReviewException.Reason.NOT_SIGNED_IN, "sign in to vote");
            }
            review = reviewService.vote(customer.getId(), reviewId, Boolean.parseBoolean(helpful));
        } catch (CxReviewException e) {
            if (json) {
                Map<String, Object> body = new LinkedHashMap<String, Object>();
                body.put("error", e.getReason().name());
                body.put("message", message(locale, e));
                writeJson(response, e.getReason().getHttpStatus(), body);
                return null;
            }
            return error(response, model, locale, e, null);
        }
        CxReview after = reviewService.readReview(review.getId());
        if (json) {
            Map<String, Object> body = new LinkedHashMap<String, Object>();
            body.put("reviewId", after.getId());
            body.put("helpful", after.getHelpfulCount());
            body.put("notHelpful", after.getNotHelpfulCount());
            writeJson(response, HttpServletResponse.SC_OK, body);
            return null;
        }
        Product product = catalogService.findProductById(after.getProductId());
        return "redirect:" + (product == null ? "/" : product.getUrl() + "?reviewVoted=1#review-" + after.getId());
    }

    protected Customer signedIn() {
        Customer c = CustomerState.getCustomer();
        return c != null && c.isRegistered() && (c.isLoggedIn() || c.isCookied()) ? c : null;
    }

    protected void fill(Model model, Locale locale, String state, Product product, String token) {
        Map<String, String> t = widgets.getTexts().texts(locale, "cx.review.", FORM_TEXTS);
        t.put("form.bodyHint", widgets.getTexts().text("cx.review.form.bodyHint", locale, settings.getBodyMaxLength()));
        if (product != null) {
            t.put("form.title", widgets.getTexts().text("cx.review.form.title", locale, product.getName()));
            model.addAttribute("cxProductId", product.getId());
            model.addAttribute("cxProductUrl", product.getUrl());
        }
        model.addAttribute("cxText", t);
        model.addAttribute("cxState", state);
        model.addAttribute("cxLang", widgets.getTexts().language(locale));
        model.addAttribute("cxDir", widgets.getTexts().dir(locale));
        model.addAttribute("cxToken", token);
        model.addAttribute("cxTitleMax", settings.getTitleMaxLength());
        model.addAttribute("cxBodyMax", settings.getBodyMaxLength());
    }

    protected String error(HttpServletResponse response, Model model, Locale locale, CxReviewException e, Product product) {
        response.setStatus(e.getReason().getHttpStatus());
        boolean formAgain = product != null && (e.getReason() == CxReviewException.Reason.INVALID
                || e.getReason() == CxReviewException.Reason.RATE_LIMITED);
        fill(model, locale, formAgain ? "form" : "error", product, null);
        model.addAttribute("cxError", message(locale, e));
        model.addAttribute("cxErrorField", e.getField());
        return viewName;
    }

    protected String message(Locale locale, CxReviewException e) {
        String key = "cx.review.error." + e.getReason().name();
        if (e.getReason() == CxReviewException.Reason.INVALID && e.getField() != null
                && ("rating".equals(e.getField()) || "title".equals(e.getField()) || "body".equals(e.getField()))) {
            key += "." + e.getField();
        }
        return widgets.getTexts().text(key, locale, settings.getBodyMaxLength());
    }

    protected String invalidLink(HttpServletResponse response, Model model, Locale locale, CxInvalidLinkException e) {
        boolean over = e.getReason() == CxInvalidLinkException.Reason.EXPIRED || e.getReason() == CxInvalidLinkException.Reason.USED;
        response.setStatus(over ? HttpServletResponse.SC_GONE : HttpServletResponse.SC_BAD_REQUEST);
        fill(model, locale, "error", null, null);
        String which = e.getReason() == CxInvalidLinkException.Reason.EXPIRED ? "EXPIRED"
                : e.getReason() == CxInvalidLinkException.Reason.USED ? "USED" : "OTHER";
        model.addAttribute("cxError", widgets.getTexts().text("cx.review.error.link." + which, locale));
        model.addAttribute("cxLinkState", which);
        return viewName;
    }

    protected Long productOfToken(String token) {
        try {
            return reviewLinks.verify(token).getProductId();
        } catch (CxInvalidLinkException e) {
            return null;
        }
    }

    protected boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("application/json");
    }

    protected void writeJson(HttpServletResponse response, int status, Map<String, Object> body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(CxJson.write(body));
        response.getWriter().flush();
    }

    protected void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Robots-Tag", "noindex");
    }

    protected static Long longParam(HttpServletRequest request, String name) {
        String v = request.getParameter(name);
        if (v == null || v.isEmpty() || v.length() > 19) {
            return null;
        }
        try {
            return Long.valueOf(v.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    protected static Integer intOrNull(String v) {
        if (v == null || v.length() > 9) {
            return null;
        }
        try {
            return Integer.valueOf(v.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    protected static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public void setViewName(String viewName) {
        this.viewName = viewName;
    }

    public void setSignInUrl(String signInUrl) {
        this.signInUrl = signInUrl;
    }

    public void setMaxBodyBytes(int maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }
}
