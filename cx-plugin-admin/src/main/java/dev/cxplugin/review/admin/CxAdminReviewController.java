package dev.cxplugin.review.admin;

import dev.cxplugin.review.domain.CxReview;
import dev.cxplugin.review.service.CxReviewException;
import dev.cxplugin.review.service.CxReviewService;
import dev.cxplugin.review.type.CxReviewStatus;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import dev.cxplugin.common.admin.CxAdminSectionController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * "Reviews": the moderation queue (oldest first; filters by status, product, stars, verified buyer), one review
 * with approve, reject with a reason (kept and shown), a public reply and the incentivised flag. Viewing needs
 * READ and moderating UPDATE on {@link CxReview} (admin SQL: ROLE_ADMIN, ROLE_CX_AGENT and ROLE_CX_MANAGER);
 * a user without them gets no menu entry and a 403 here. Every POST passes Broadleaf's CSRF filter.
 */
@Controller("cxAdminReviewController")
@RequestMapping("/" + CxAdminReviewController.SECTION_KEY)
public class CxAdminReviewController extends CxAdminSectionController {

    private static final Log LOG = LogFactory.getLog(CxAdminReviewController.class);

    public static final String SECTION_KEY = "cx-review";
    protected static final String CEILING_ENTITY = CxReview.class.getName();
    protected static final List<String> STATUSES = Arrays.asList(CxReviewStatus.PENDING, CxReviewStatus.APPROVED,
            CxReviewStatus.REJECTED);
    protected static final int PAGE_SIZE = 25;


    @Override
    protected String ceilingEntity() {
        return CEILING_ENTITY;
    }

    @Resource(name = "cxReviewService")
    protected CxReviewService reviewService;

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @RequestMapping(value = "", method = RequestMethod.GET)
    public String queue(HttpServletRequest request, HttpServletResponse response, Model model,
            @RequestParam(value = "status", required = false) String status,
            @RequestParam(value = "productId", required = false) String productId,
            @RequestParam(value = "stars", required = false) String stars,
            @RequestParam(value = "verified", required = false) String verified,
            @RequestParam(value = "page", required = false) String page) throws IOException {
        if (!isPermitted(EntityOperationType.FETCH)) {
            return forbidden(response);
        }
        String st = status == null ? CxReviewStatus.PENDING : ("ALL".equals(status) ? null : status);
        if (st != null && !CxReviewStatus.isKnown(st)) {
            st = CxReviewStatus.PENDING;
        }
        Long product = parseLong(productId);
        Integer star = parseLong(stars) == null ? null : (int) Math.max(1, Math.min(5, parseLong(stars)));
        Boolean ver = "true".equals(verified) ? Boolean.TRUE : "false".equals(verified) ? Boolean.FALSE : null;
        long total = reviewService.countForModeration(st, product, star, ver);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int p = parseLong(page) == null ? 1 : (int) Math.max(1, Math.min(pages, parseLong(page)));
        List<CxReview> reviews = reviewService.readForModeration(st, product, star, ver, (p - 1) * PAGE_SIZE, PAGE_SIZE);
        Map<Long, String> names = new HashMap<Long, String>();
        for (CxReview r : reviews) {
            if (!names.containsKey(r.getProductId())) {
                Product prod = catalogService.findProductById(r.getProductId());
                names.put(r.getProductId(), prod == null ? "#" + r.getProductId() : prod.getName());
            }
        }
        Map<String, Long> counts = new LinkedHashMap<String, Long>();
        for (String s : STATUSES) {
            counts.put(s, reviewService.countForModeration(s, null, null, null));
        }
        setModelAttributes(model, SECTION_KEY);
        model.addAttribute("cxReviews", reviews);
        model.addAttribute("cxProductNames", names);
        model.addAttribute("cxCounts", counts);
        model.addAttribute("cxStatus", st == null ? "ALL" : st);
        model.addAttribute("cxProductId", product);
        model.addAttribute("cxStars", star);
        model.addAttribute("cxVerified", verified);
        model.addAttribute("cxTotal", total);
        model.addAttribute("cxPage", p);
        model.addAttribute("cxPages", pages);
        model.addAttribute("viewType", "cx/reviewList");
        return "modules/defaultContainer";
    }

    @RequestMapping(value = "/{id}", method = RequestMethod.GET)
    public String view(HttpServletRequest request, HttpServletResponse response, Model model,
            @PathVariable("id") String id) throws IOException {
        if (!isPermitted(EntityOperationType.FETCH)) {
            return forbidden(response);
        }
        CxReview review = find(id);
        if (review == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No review " + id);
            return null;
        }
        setModelAttributes(model, SECTION_KEY);
        Product product = catalogService.findProductById(review.getProductId());
        model.addAttribute("cxReview", review);
        model.addAttribute("cxProductName", product == null ? "#" + review.getProductId() : product.getName());
        model.addAttribute("cxMayModerate", isPermitted(EntityOperationType.UPDATE));
        model.addAttribute("viewType", "cx/reviewView");
        return "modules/defaultContainer";
    }

    @RequestMapping(value = "/{id}/{action}", method = RequestMethod.POST)
    public String moderate(HttpServletRequest request, HttpServletResponse response, RedirectAttributes ra,
            @PathVariable("id") String id, @PathVariable("action") String action) throws IOException {
        if (!isPermitted(EntityOperationType.UPDATE)) {
            return forbidden(response);
        }
        CxReview review = find(id);
        if (review == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No review " + id);
            return null;
        }
        String who = currentLogin();
        try {
            if ("approve".equals(action)) {
                reviewService.approve(review.getId(), who);
            } else if ("reject".equals(action)) {
                reviewService.reject(review.getId(), request.getParameter("reason"), who);
            } else if ("reply".equals(action)) {
                reviewService.reply(review.getId(), request.getParameter("reply"), who);
            } else if ("incentivised".equals(action)) {
                reviewService.setIncentivised(review.getId(), "true".equals(request.getParameter("incentivised")), who);
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND, "No action " + action);
                return null;
            }
            LOG.info("Review " + review.getId() + ": " + action + " by " + who);
            ra.addFlashAttribute("cxMessage", "cx.review.done." + action);
        } catch (CxReviewException e) {
            ra.addFlashAttribute("cxError", "cx.review.error." + e.getReason().name()
                    + (e.getField() != null ? "." + e.getField() : ""));
        }
        return "redirect:/" + SECTION_KEY + "/" + review.getId();
    }

    protected CxReview find(String id) {
        Long reviewId = parseLong(id);
        return reviewId == null ? null : reviewService.readReview(reviewId);
    }

    protected static Long parseLong(String v) {
        if (v == null || v.trim().isEmpty() || v.length() > 19) {
            return null;
        }
        try {
            return Long.valueOf(v.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
