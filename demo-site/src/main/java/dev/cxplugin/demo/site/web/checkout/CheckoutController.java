package dev.cxplugin.demo.site.web.checkout;

import org.apache.commons.lang3.StringUtils;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.web.controller.checkout.BroadleafCheckoutController;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerAddress;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One-page checkout with the demo's test payment.
 *
 * <ul>
 *   <li>{@code GET /checkout}: the form ({@code checkout/checkout}); redirects to {@code /cart} when the cart is empty.</li>
 *   <li>{@code POST /checkout/complete}: validates, places the order through {@link TestPaymentCheckout} and
 *       redirects to {@code /confirmation/<orderNumber>}; on errors renders the form again.</li>
 * </ul>
 *
 * Model: {@code checkoutForm}, {@code countryCodes} (List&lt;String&gt;), {@code shippingOptions}
 * (List&lt;FixedPriceFulfillmentOption&gt;), {@code checkoutError} (true when the order could not be placed);
 * the cart is Broadleaf's request attribute {@code cart}.
 */
@Controller("cxDemoCheckoutController")
public class CheckoutController extends BroadleafCheckoutController {

    private static final Log LOG = LogFactory.getLog(CheckoutController.class);

    @Resource(name = "cxDemoTestPaymentCheckout")
    protected TestPaymentCheckout testPaymentCheckout;

    protected final CheckoutFormValidator checkoutFormValidator = new CheckoutFormValidator();

    @InitBinder("checkoutForm")
    public void initCheckoutBinder(WebDataBinder binder) {
        binder.setAllowedFields("firstName", "lastName", "emailAddress", "phone", "addressLine1", "addressLine2",
            "city", "postalCode", "country", "fulfillmentOptionId");
    }

    @RequestMapping(value = "/checkout", method = RequestMethod.GET)
    public String checkoutPage(HttpServletRequest request, Model model) {
        Order cart = CartState.getCart();
        if (isEmpty(cart)) {
            return getCartPageRedirect();
        }
        CheckoutForm form = new CheckoutForm();
        prefill(form, cart);
        model.addAttribute("checkoutForm", form);
        addReferenceData(model);
        return getCheckoutView();
    }

    @RequestMapping(value = "/checkout/complete", method = RequestMethod.POST)
    public String complete(HttpServletRequest request, Model model,
                           @ModelAttribute("checkoutForm") CheckoutForm form, BindingResult result) {
        Order cart = CartState.getCart();
        if (isEmpty(cart)) {
            return getCartPageRedirect();
        }
        checkoutFormValidator.validate(form, result);
        List<String> countryCodes = testPaymentCheckout.countryCodes(LocaleContextHolder.getLocale());
        if (!result.hasFieldErrors("country")
                && !countryCodes.contains(StringUtils.upperCase(StringUtils.trim(form.getCountry()), Locale.ROOT))) {
            result.rejectValue("country", "checkout.error.country");
        }
        if (result.hasErrors()) {
            addReferenceData(model);
            return getCheckoutView();
        }
        try {
            Order order = testPaymentCheckout.placeOrder(cart, form);
            return getConfirmationViewRedirect(order.getOrderNumber());
        } catch (Exception e) {
            LOG.error("Checkout failed for order " + cart.getId(), e);
            model.addAttribute("checkoutError", true);
            addReferenceData(model);
            return getCheckoutView();
        }
    }

    /** A GET of the POST target (e.g. the language switch on a re-rendered form) goes back to the form. */
    @RequestMapping(value = "/checkout/complete", method = RequestMethod.GET)
    public String completeWithoutPost() {
        return getCheckoutPageRedirect();
    }

    protected void addReferenceData(Model model) {
        model.addAttribute("countryCodes", testPaymentCheckout.countryCodes(LocaleContextHolder.getLocale()));
        model.addAttribute("shippingOptions", new ArrayList<Object>(testPaymentCheckout.shippingOptions().values()));
    }

    /**
     * From the shipping address already on the cart, else from the signed-in customer's default (or first)
     * saved address, else just the customer's name and email.
     */
    protected void prefill(CheckoutForm form, Order cart) {
        FulfillmentGroup group = fulfillmentGroupService.getFirstShippableFulfillmentGroup(cart);
        Address address = group == null ? null : group.getAddress();
        Customer customer = CustomerState.getCustomer();
        if (address == null && customer != null && !customer.isAnonymous() && customer.getId() != null) {
            address = savedAddress(customer);
        }
        if (address != null) {
            form.setFirstName(address.getFirstName());
            form.setLastName(address.getLastName());
            form.setAddressLine1(address.getAddressLine1());
            form.setAddressLine2(address.getAddressLine2());
            form.setCity(address.getCity());
            form.setPostalCode(address.getPostalCode());
            form.setPhone(address.getPrimaryPhone() != null || address.getPhonePrimary() == null
                ? address.getPrimaryPhone() : address.getPhonePrimary().getPhoneNumber());
            form.setCountry(address.getCountry() == null ? null : address.getCountry().getAbbreviation());
        }
        if (group != null && group.getFulfillmentOption() != null) {
            form.setFulfillmentOptionId(group.getFulfillmentOption().getId());
        }
        form.setEmailAddress(cart.getEmailAddress());
        if (customer != null && !customer.isAnonymous()) {
            if (form.getFirstName() == null) {
                form.setFirstName(customer.getFirstName());
            }
            if (form.getLastName() == null) {
                form.setLastName(customer.getLastName());
            }
            if (form.getEmailAddress() == null) {
                form.setEmailAddress(customer.getEmailAddress());
            }
        }
        if (form.getCountry() == null) {
            form.setCountry(defaultCountry());
        }
        if (form.getFulfillmentOptionId() == null) {
            for (Long id : testPaymentCheckout.shippingOptions().keySet()) {
                form.setFulfillmentOptionId(id);
                break;
            }
        }
    }

    protected Address savedAddress(Customer customer) {
        List<CustomerAddress> saved = customerAddressService.readActiveCustomerAddressesByCustomerId(customer.getId());
        if (saved == null || saved.isEmpty()) {
            return null;
        }
        for (CustomerAddress candidate : saved) {
            if (candidate.getAddress() != null && candidate.getAddress().isDefault()) {
                return candidate.getAddress();
            }
        }
        return saved.get(0).getAddress();
    }

    /** The first offered country matching the shopper's language (ar -> SA, fa -> IR), else the first one. */
    protected String defaultCountry() {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> codes = testPaymentCheckout.countryCodes(locale);
        if (codes.isEmpty()) {
            return null;
        }
        String preferred = "ar".equals(locale.getLanguage()) ? "SA" : "fa".equals(locale.getLanguage()) ? "IR" : "US";
        return codes.contains(preferred) ? preferred : codes.get(0);
    }

    protected boolean isEmpty(Order cart) {
        return cart == null || cart instanceof NullOrderImpl || cart.getItemCount() == 0;
    }
}
