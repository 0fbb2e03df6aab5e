package dev.cxplugin.demo.site.web.cart;

import org.apache.commons.lang3.StringUtils;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.exception.OfferMaxUseExceededException;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.exception.AddToCartException;
import org.broadleafcommerce.core.order.service.exception.RemoveFromCartException;
import org.broadleafcommerce.core.order.service.exception.UpdateCartException;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.core.web.controller.cart.BroadleafCartController;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.core.web.order.model.AddToCartItem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The cart: {@code GET /cart} renders {@code cart/cart} (the cart itself is Broadleaf's request attribute
 * {@code cart}); {@code POST /cart/add} (productId, skuId, quantity), {@code POST /cart/updateQuantity}
 * (orderItemId, quantity; 0 removes) and {@code POST /cart/remove} (orderItemId) change it and redirect
 * back to {@code /cart}. A failed add goes back to the product page with {@code ?addError=true}; a failed
 * update or removal to {@code /cart?error=true}.
 * <p>
 * Offer codes (e.g. a complaint's apology code): {@code POST /cart/promo} (offerCode) applies a code through
 * Broadleaf's own {@code offerService}/{@code orderService.addOfferCode} and redirects to {@code /cart?promo=APPLIED}
 * or {@code /cart?promoError=UNKNOWN|EXPIRED|USED|NOT_APPLICABLE} (nothing changes); {@code POST /cart/promo/remove}
 * (offerCodeId) takes an applied code off the cart again.
 */
@Controller("cxDemoCartController")
@RequestMapping("/cart")
public class CartController extends BroadleafCartController {

    private static final Log LOG = LogFactory.getLog(CartController.class);

    /** Only these request fields reach Broadleaf's request object: no price overrides, no item attributes. */
    @InitBinder("addToCartItem")
    public void initBinder(WebDataBinder binder) {
        binder.setAllowedFields("productId", "skuId", "categoryId", "quantity", "orderItemId");
    }

    @Override
    @RequestMapping(value = "", method = RequestMethod.GET)
    public String cart(HttpServletRequest request, HttpServletResponse response, Model model) throws PricingException {
        return super.cart(request, response, model);
    }

    @RequestMapping(value = "/add", method = RequestMethod.POST)
    public String add(HttpServletRequest request, HttpServletResponse response, Model model,
                      @ModelAttribute("addToCartItem") AddToCartItem addToCartItem) throws IOException, PricingException {
        if (addToCartItem.getQuantity() == null || addToCartItem.getQuantity() < 1) {
            addToCartItem.setQuantity(1);
        }
        try {
            return super.add(request, response, model, addToCartItem);
        } catch (AddToCartException e) {
            LOG.info("Add to cart failed for product " + addToCartItem.getProductId() + ": " + e.getMessage());
            return "redirect:" + productPage(addToCartItem.getProductId()) + "?addError=true";
        }
    }

    @RequestMapping(value = "/updateQuantity", method = RequestMethod.POST)
    public String updateQuantity(HttpServletRequest request, HttpServletResponse response, Model model,
                                 @ModelAttribute("addToCartItem") AddToCartItem addToCartItem) throws IOException, PricingException {
        if (!hasCart() || addToCartItem.getOrderItemId() == null) {
            return getCartPageRedirect();
        }
        if (addToCartItem.getQuantity() == null || addToCartItem.getQuantity() < 0) {
            addToCartItem.setQuantity(0);
        }
        try {
            return super.updateQuantity(request, response, model, addToCartItem);
        } catch (UpdateCartException | RemoveFromCartException | RuntimeException e) {
            LOG.info("Cart update failed for item " + addToCartItem.getOrderItemId() + ": " + e);
            return getCartPageRedirect() + "?error=true";
        }
    }

    @RequestMapping(value = "/remove", method = RequestMethod.POST)
    public String remove(HttpServletRequest request, HttpServletResponse response, Model model,
                         @ModelAttribute("addToCartItem") AddToCartItem addToCartItem) throws IOException, PricingException {
        if (!hasCart() || addToCartItem.getOrderItemId() == null) {
            return getCartPageRedirect();
        }
        try {
            return super.remove(request, response, model, addToCartItem);
        } catch (RemoveFromCartException | RuntimeException e) {
            LOG.info("Cart removal failed for item " + addToCartItem.getOrderItemId() + ": " + e);
            return getCartPageRedirect() + "?error=true";
        }
    }

    @RequestMapping(value = "/promo", method = RequestMethod.POST)
    public String applyOfferCode(HttpServletRequest request,
                                 @RequestParam(value = "offerCode", required = false) String customerOffer) throws PricingException {
        String code = StringUtils.trimToEmpty(customerOffer);
        if (!hasCart() || code.isEmpty() || code.length() > 100) {
            return promoError("UNKNOWN");
        }
        OfferCode offerCode = offerService.lookupOfferCodeByCode(code);
        if (offerCode == null || offerCode.getOffer() == null || Character.valueOf('Y').equals(offerCode.getArchived())) {
            return promoError("UNKNOWN");
        }
        if (!offerCode.isActive()) {
            return promoError("EXPIRED");
        }
        Order cart = CartState.getCart();
        if (cart.getAddedOfferCodes().contains(offerCode)) {
            return getCartPageRedirect() + "?promo=APPLIED";
        }
        try {
            cart = orderService.addOfferCode(cart, offerCode, true);
        } catch (OfferMaxUseExceededException e) {
            return promoError("USED");
        }
        // Broadleaf keeps a code whose offer does not qualify (another customer's code, a cart that misses the
        // rules) without applying it: take it off again so the cart shows only codes that really count.
        if (!offerApplied(cart, offerCode.getOffer().getId())) {
            cart = orderService.removeOfferCode(cart, offerCode, true);
            CartState.setCart(cart);
            return promoError("NOT_APPLICABLE");
        }
        CartState.setCart(cart);
        return getCartPageRedirect() + "?promo=APPLIED";
    }

    @RequestMapping(value = "/promo/remove", method = RequestMethod.POST)
    public String removeOfferCode(HttpServletRequest request,
                                  @RequestParam(value = "offerCodeId", required = false) Long offerCodeId) throws PricingException {
        if (!hasCart() || offerCodeId == null) {
            return getCartPageRedirect();
        }
        Order cart = CartState.getCart();
        for (OfferCode applied : cart.getAddedOfferCodes()) {
            if (offerCodeId.equals(applied.getId())) {
                CartState.setCart(orderService.removeOfferCode(cart, applied, true));
                return getCartPageRedirect() + "?promo=REMOVED";
            }
        }
        return getCartPageRedirect();
    }

    /** By id: Broadleaf's OfferImpl.equals compares fields, which a Hibernate proxy does not carry. */
    protected boolean offerApplied(Order cart, Long offerId) {
        for (Offer offer : offerService.getUniqueOffersFromOrder(cart)) {
            if (offer != null && offerId.equals(offer.getId())) {
                return true;
            }
        }
        return false;
    }

    protected String promoError(String reason) {
        return getCartPageRedirect() + "?promoError=" + reason;
    }

    /** The add/update/remove URLs answer a stray GET (e.g. a language switch after a POST) with the cart. */
    @RequestMapping(value = {"/add", "/updateQuantity", "/remove", "/promo", "/promo/remove"}, method = RequestMethod.GET)
    public String redirectToCart() {
        return getCartPageRedirect();
    }

    protected boolean hasCart() {
        Order cart = CartState.getCart();
        return cart != null && !(cart instanceof NullOrderImpl);
    }

    protected String productPage(Long productId) {
        if (productId != null) {
            Product product = catalogService.findProductById(productId);
            if (product != null && StringUtils.isNotBlank(product.getUrl())) {
                return product.getUrl();
            }
        }
        return "/cart";
    }
}
