package dev.cxplugin.demo.site.web.checkout;

import org.apache.commons.lang3.StringUtils;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.payment.PaymentGatewayType;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.checkout.service.exception.CheckoutException;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutResponse;
import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.FulfillmentOption;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.fulfillment.domain.FixedPriceFulfillmentOption;
import org.broadleafcommerce.core.order.service.FulfillmentGroupService;
import org.broadleafcommerce.core.order.service.FulfillmentOptionService;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.payment.domain.PaymentTransaction;
import org.broadleafcommerce.core.payment.service.OrderPaymentService;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.domain.Country;
import org.broadleafcommerce.profile.core.service.AddressService;
import org.broadleafcommerce.profile.core.service.CountryService;
import org.springframework.stereotype.Component;

import javax.annotation.Resource;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Places an order with the demo's test payment: no gateway, nothing is charged.
 *
 * <ol>
 *   <li>the shipping address goes on the cart's first shippable fulfillment group (and the chosen fixed-price
 *       fulfillment option, if any), the email on the order; the order is repriced;</li>
 *   <li>an {@link OrderPayment} of type CREDIT_CARD through {@link PaymentGatewayType#TEMPORARY} for the order
 *       total, carrying one successful {@link PaymentTransactionType#AUTHORIZE_AND_CAPTURE} transaction, is
 *       added (Broadleaf's ValidateAndConfirmPaymentActivity accepts it as paying the order);</li>
 *   <li>{@code blCheckoutService.performCheckout} runs the checkout workflow, which submits the order and
 *       gives it its order number.</li>
 * </ol>
 *
 * Needs an open EntityManager around the call (the storefront's open-entity-manager-in-view filter).
 */
@Component("cxDemoTestPaymentCheckout")
public class TestPaymentCheckout {

    /** Stored as the transaction's raw response, so the admin shows what this payment was. */
    public static final String RAW_RESPONSE = "Test payment (no charge)";

    /** Always offered besides BLC_COUNTRY's rows; a missing country row is created the first time it is used. */
    public static final List<String> DEFAULT_COUNTRY_CODES = Collections.unmodifiableList(Arrays.asList(
        "US", "CA", "GB", "DE", "FR", "NL", "AE", "SA", "EG", "JO", "IR", "TR"));

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "blOrderPaymentService")
    protected OrderPaymentService orderPaymentService;

    @Resource(name = "blCheckoutService")
    protected CheckoutService checkoutService;

    @Resource(name = "blFulfillmentGroupService")
    protected FulfillmentGroupService fulfillmentGroupService;

    @Resource(name = "blFulfillmentOptionService")
    protected FulfillmentOptionService fulfillmentOptionService;

    @Resource(name = "blAddressService")
    protected AddressService addressService;

    @Resource(name = "blCountryService")
    protected CountryService countryService;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    /**
     * Submits {@code cart}; returns the submitted order (status SUBMITTED, with its order number).
     *
     * @throws CheckoutException when Broadleaf's checkout workflow refuses the order
     * @throws PricingException when repricing the cart fails
     */
    public Order placeOrder(Order cart, CheckoutForm form) throws CheckoutException, PricingException {
        Country country = resolveCountry(form.getCountry());

        cart.setEmailAddress(StringUtils.trim(form.getEmailAddress()));
        FulfillmentGroup group = fulfillmentGroupService.getFirstShippableFulfillmentGroup(cart);
        if (group == null && !cart.getFulfillmentGroups().isEmpty()) {
            group = cart.getFulfillmentGroups().get(0);
        }
        if (group != null) {
            group.setAddress(toAddress(form, country));
            FulfillmentOption option = findShippingOption(form.getFulfillmentOptionId());
            if (option != null) {
                group.setFulfillmentOption(option);
            }
        }
        cart = orderService.save(cart, true);

        // a payment left by an earlier, failed attempt would make the payments exceed the total
        if (!cart.getPayments().isEmpty()) {
            orderService.removeAllPaymentsFromOrder(cart);
        }

        Money total = cart.getTotal();
        OrderPayment payment = orderPaymentService.create();
        payment.setType(PaymentType.CREDIT_CARD);
        payment.setPaymentGatewayType(PaymentGatewayType.TEMPORARY);
        payment.setAmount(total);
        payment.setBillingAddress(toAddress(form, country));
        payment.setOrder(cart);

        PaymentTransaction transaction = orderPaymentService.createTransaction();
        transaction.setType(PaymentTransactionType.AUTHORIZE_AND_CAPTURE);
        transaction.setAmount(total);
        transaction.setSuccess(true);
        transaction.setDate(SystemTime.asDate());
        transaction.setRawResponse(RAW_RESPONSE);
        transaction.setOrderPayment(payment);
        payment.addTransaction(transaction);
        orderService.addPaymentToOrder(cart, payment, null);

        CheckoutResponse response = checkoutService.performCheckout(cart);
        return response.getOrder();
    }

    /** The store's fixed-price shipping options (name and price can be shown up front), id to option. */
    public Map<Long, FixedPriceFulfillmentOption> shippingOptions() {
        Map<Long, FixedPriceFulfillmentOption> options = new LinkedHashMap<Long, FixedPriceFulfillmentOption>();
        for (FulfillmentOption option : fulfillmentOptionService.readAllFulfillmentOptions()) {
            if (option instanceof FixedPriceFulfillmentOption) {
                options.put(option.getId(), (FixedPriceFulfillmentOption) option);
            }
        }
        return options;
    }

    /**
     * ISO codes for the country list: BLC_COUNTRY's rows plus {@link #DEFAULT_COUNTRY_CODES} (a default
     * country without a row gets one when an order first ships there), sorted by their name in {@code locale}.
     */
    public List<String> countryCodes(final Locale locale) {
        Set<String> codes = new LinkedHashSet<String>();
        for (Country country : countryService.findCountries()) {
            if (country.getAbbreviation() != null) {
                codes.add(country.getAbbreviation().toUpperCase(Locale.ROOT));
            }
        }
        codes.addAll(DEFAULT_COUNTRY_CODES);
        List<String> sorted = new ArrayList<String>(codes);
        final Locale displayLocale = locale == null ? Locale.ENGLISH : locale;
        final Collator collator = Collator.getInstance(displayLocale);
        Collections.sort(sorted, new Comparator<String>() {
            @Override
            public int compare(String a, String b) {
                return collator.compare(new Locale("", a).getDisplayCountry(displayLocale),
                    new Locale("", b).getDisplayCountry(displayLocale));
            }
        });
        return sorted;
    }

    protected FulfillmentOption findShippingOption(Long id) {
        if (id == null) {
            return null;
        }
        return shippingOptions().get(id);
    }

    protected Address toAddress(CheckoutForm form, Country country) {
        Address address = addressService.create();
        address.setFirstName(StringUtils.trim(form.getFirstName()));
        address.setLastName(StringUtils.trim(form.getLastName()));
        address.setEmailAddress(StringUtils.trim(form.getEmailAddress()));
        address.setAddressLine1(StringUtils.trim(form.getAddressLine1()));
        address.setAddressLine2(StringUtils.trimToNull(form.getAddressLine2()));
        address.setCity(StringUtils.trim(form.getCity()));
        address.setPostalCode(StringUtils.trim(form.getPostalCode()));
        address.setPrimaryPhone(StringUtils.trimToNull(form.getPhone()));
        address.setCountry(country);
        return address;
    }

    /**
     * Broadleaf's Address requires a BLC_COUNTRY row. Uses the row for {@code isoCode}; when there is none
     * and the code is one of {@link #DEFAULT_COUNTRY_CODES}, creates it with the country's English name.
     */
    protected Country resolveCountry(String isoCode) {
        String code = StringUtils.upperCase(StringUtils.trimToEmpty(isoCode), Locale.ROOT);
        Country country = countryService.findCountryByAbbreviation(code);
        if (country == null) {
            if (!DEFAULT_COUNTRY_CODES.contains(code)) {
                throw new IllegalArgumentException("Unknown country " + code);
            }
            country = (Country) entityConfiguration.createEntityInstance(Country.class.getName());
            country.setAbbreviation(code);
            country.setName(new Locale("", code).getDisplayCountry(Locale.ENGLISH));
            country = countryService.save(country);
        }
        return country;
    }
}
