package dev.cxplugin.loyalty.web;

import dev.cxplugin.common.web.CxSiteTexts;
import dev.cxplugin.loyalty.domain.CxLoyaltyEntry;
import dev.cxplugin.loyalty.service.CxLoyaltyException;
import dev.cxplugin.loyalty.service.CxLoyaltyService;
import dev.cxplugin.loyalty.service.CxLoyaltySettingsService;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;
import java.util.UUID;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

/**
 * "My rewards": {@code GET /account/rewards} shows balances, tier, progress and history; {@code POST
 * /account/rewards/redeem} (points, requestKey, from=account|cart) turns points into a single-use code and puts
 * it on the shopper's cart; {@code POST /account/rewards/{code}/return} gives an unused code back. The store's
 * CSRF filter guards the POSTs. Refusals answer 400 (bad amount or key), 409 (not enough points, code used) or
 * 404 (not this shopper's code), with the page and the reason, and change nothing.
 */
@Controller
public class CxLoyaltyController {

    @Resource(name = "cxLoyaltyService")
    protected CxLoyaltyService loyaltyService;

    @Resource(name = "cxLoyaltySettingsService")
    protected CxLoyaltySettingsService settings;

    @Resource(name = "cxLoyaltyTexts")
    protected CxSiteTexts texts;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "blOfferService")
    protected OfferService offerService;

    /** The store's template for the page (model: summary, programme, requestKey, entries, error, done, code). */
    protected String rewardsView = "account/rewards";
    protected String cartPage = "/cart";
    protected int historySize = 50;

    public void setRewardsView(String rewardsView) { this.rewardsView = rewardsView; }
    public void setCartPage(String cartPage) { this.cartPage = cartPage; }

    @RequestMapping(value = "/account/rewards", method = RequestMethod.GET)
    public String rewards(Model model, Locale locale) {
        Customer c = signedIn();
        if (c == null) {
            return "redirect:/login";
        }
        return page(c, model, null);
    }

    @RequestMapping(value = "/account/rewards/redeem", method = RequestMethod.POST)
    public String redeem(@RequestParam(value = "points", required = false) String points,
            @RequestParam(value = "requestKey", required = false) String requestKey,
            @RequestParam(value = "from", required = false) String from, Model model, Locale locale,
            HttpServletResponse response) {
        Customer c = signedIn();
        if (c == null) {
            return "redirect:/login";
        }
        long n;
        try {
            n = Long.parseLong(points == null ? "" : points.trim());
        } catch (NumberFormatException e) {
            return refused(c, new CxLoyaltyException(CxLoyaltyException.Code.INVALID, "not a number"), model, locale, response);
        }
        CxLoyaltyEntry entry;
        try {
            entry = loyaltyService.redeem(c.getId(), n, requestKey);
        } catch (CxLoyaltyException e) {
            return refused(c, e, model, locale, response);
        }
        boolean applied = applyToCart(entry.getOfferCode());
        if ("cart".equals(from)) {
            return "redirect:" + cartPage + "?cxReward=" + (applied ? "applied" : "redeemed");
        }
        return "redirect:/account/rewards?done=" + (applied ? "applied" : "redeemed") + "&code=" + entry.getOfferCode();
    }

    @RequestMapping(value = "/account/rewards/{code}/return", method = RequestMethod.POST)
    public String giveBack(@PathVariable("code") String code, Model model, Locale locale, HttpServletResponse response) {
        Customer c = signedIn();
        if (c == null) {
            return "redirect:/login";
        }
        removeFromCart(code);
        try {
            loyaltyService.returnReward(c.getId(), code);
        } catch (CxLoyaltyException e) {
            return refused(c, e, model, locale, response);
        }
        return "redirect:/account/rewards?done=returned";
    }

    protected String page(Customer c, Model model, String error) {
        model.addAttribute("summary", loyaltyService.summary(c.getId(), historySize));
        model.addAttribute("programme", settings.current());
        model.addAttribute("requestKey", UUID.randomUUID().toString());
        model.addAttribute("error", error);
        return rewardsView;
    }

    protected String refused(Customer c, CxLoyaltyException e, Model model, Locale locale, HttpServletResponse response) {
        int status;
        switch (e.getCode()) {
            case NOT_FOUND: status = HttpServletResponse.SC_NOT_FOUND; break;
            case INSUFFICIENT:
            case USED: status = HttpServletResponse.SC_CONFLICT; break;
            default: status = HttpServletResponse.SC_BAD_REQUEST;
        }
        response.setStatus(status);
        return page(c, model, texts.text("rewards.error." + e.getCode().name(), locale));
    }

    /** Puts the code on the shopper's cart when there is one with items; false otherwise. */
    protected boolean applyToCart(String code) {
        Order cart = CartState.getCart();
        if (cart == null || cart.getOrderItems() == null || cart.getOrderItems().isEmpty()) {
            return false;
        }
        try {
            CartState.setCart(loyaltyService.applyToCart(cart, code));
            return true;
        } catch (CxLoyaltyException e) {
            return false;
        }
    }

    protected void removeFromCart(String code) {
        Order cart = CartState.getCart();
        // an empty cart is Broadleaf's NullOrderImpl, whose collections are null
        if (cart == null || code == null || cart.getAddedOfferCodes() == null) {
            return;
        }
        for (OfferCode oc : cart.getAddedOfferCodes()) {
            if (code.equals(oc.getOfferCode())) {
                try {
                    CartState.setCart(orderService.removeOfferCode(cart, oc, true));
                } catch (PricingException e) {
                    throw new IllegalStateException(e);
                }
                return;
            }
        }
    }

    protected Customer signedIn() {
        Customer c = CustomerState.getCustomer();
        return c != null && c.isRegistered() && (c.isLoggedIn() || c.isCookied()) ? c : null;
    }
}
