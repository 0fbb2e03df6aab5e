package dev.cxplugin.demo.site.web.checkout;

import dev.cxplugin.test.BroadleafExtension;
import org.broadleafcommerce.common.currency.domain.BroadleafCurrency;
import org.broadleafcommerce.common.currency.domain.BroadleafCurrencyImpl;
import org.broadleafcommerce.common.currency.service.BroadleafCurrencyService;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.payment.PaymentGatewayType;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.catalog.service.type.ProductType;
import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CountryService;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The storefront's "Test payment (no charge)" checkout against a booted Broadleaf: a two-item cart becomes a
 * SUBMITTED order with an order number, the shipping address, and one TEMPORARY payment for the total.
 */
@ExtendWith(BroadleafExtension.class)
class TestPaymentCheckoutTest {

    @Resource(name = "blCatalogService")
    CatalogService catalogService;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "blCurrencyService")
    BroadleafCurrencyService currencyService;

    @Resource(name = "blCountryService")
    CountryService countryService;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    @Test
    void placesAnOrderWithTheTestPayment(ApplicationContext context) throws Exception {
        TestPaymentCheckout checkout = new TestPaymentCheckout();
        context.getAutowireCapableBeanFactory().autowireBean(checkout);

        withOpenEntityManager(() -> {
            BroadleafCurrency usd = inTransaction(() -> {
                BroadleafCurrency currency = currencyService.findCurrencyByCode("USD");
                if (currency == null) {
                    currency = new BroadleafCurrencyImpl();
                    currency.setCurrencyCode("USD");
                    currency.setFriendlyName("US Dollar");
                    currency.setDefaultFlag(true);
                    currency = currencyService.save(currency);
                }
                return currency;
            });
            BroadleafRequestContext.getBroadleafRequestContext().setBroadleafCurrency(usd);

            Product product = inTransaction(() -> {
                Sku sku = catalogService.createSku();
                sku.setName("Checkout Test Beans");
                sku.setRetailPrice(new Money(new BigDecimal("12.50"), "USD"));
                sku.setActiveStartDate(new Date(System.currentTimeMillis() - 86_400_000L));
                sku.setAvailable(true);
                sku.setDiscountable(true);
                Product p = catalogService.createProduct(ProductType.PRODUCT);
                p.setDefaultSku(sku);
                p.setUrl("/test/checkout-test-beans-" + System.nanoTime());
                return catalogService.saveProduct(p);
            });
            Customer customer = inTransaction(() -> {
                Customer c = customerService.createCustomer();
                String email = "checkout-" + System.nanoTime() + "@example.com";
                c.setUsername(email);
                c.setEmailAddress(email);
                return customerService.saveCustomer(c);
            });

            Order cart = orderService.createNewCartForCustomer(customer);
            cart = orderService.addItem(cart.getId(),
                new OrderItemRequestDTO(product.getId(), product.getDefaultSku().getId(), 2), true);

            CheckoutForm form = CheckoutFormValidatorTest.complete();
            Order order = checkout.placeOrder(cart, form);

            assertEquals(OrderStatus.SUBMITTED, order.getStatus());
            assertNotNull(order.getOrderNumber());
            assertEquals(new Money(new BigDecimal("25.00"), "USD"), order.getTotal());
            assertEquals("layla@example.com", order.getEmailAddress());

            FulfillmentGroup group = order.getFulfillmentGroups().get(0);
            assertEquals("Amman", group.getAddress().getCity());
            assertEquals("JO", group.getAddress().getCountry().getAbbreviation());
            assertNotNull(countryService.findCountryByAbbreviation("JO"), "the country row was created on first use");

            List<OrderPayment> payments = order.getPayments();
            assertEquals(1, payments.size());
            OrderPayment payment = payments.get(0);
            assertEquals(PaymentGatewayType.TEMPORARY, payment.getGatewayType());
            assertEquals(order.getTotal(), payment.getAmount());
            assertEquals(order.getTotal(), payment.getSuccessfulTransactionAmountForType(PaymentTransactionType.AUTHORIZE_AND_CAPTURE));
            assertEquals(TestPaymentCheckout.RAW_RESPONSE, payment.getTransactions().get(0).getRawResponse());

            Order reread = orderService.findOrderByOrderNumber(order.getOrderNumber());
            assertEquals(OrderStatus.SUBMITTED, reread.getStatus());
            assertEquals(customer.getId(), reread.getCustomer().getId());
            return null;
        });
    }

    @Test
    void countryListAddsTheDefaultCountriesSortedByLocalName(ApplicationContext context) {
        TestPaymentCheckout checkout = new TestPaymentCheckout();
        context.getAutowireCapableBeanFactory().autowireBean(checkout);
        List<String> english = checkout.countryCodes(Locale.ENGLISH);
        assertTrue(english.containsAll(TestPaymentCheckout.DEFAULT_COUNTRY_CODES), english.toString());
        assertEquals("CA", english.get(0), "Canada sorts first in English: " + english);
        List<String> arabic = checkout.countryCodes(new Locale("ar"));
        assertEquals(english.size(), arabic.size());
    }

    private <T> T inTransaction(Callable<T> work) {
        return new TransactionTemplate(transactionManager).execute(status -> {
            try {
                return work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Like the storefront's open-entity-manager-in-view filter around one request. */
    private void withOpenEntityManager(Callable<Void> work) throws Exception {
        EntityManagerFactory emf = transactionManager.getEntityManagerFactory();
        EntityManager em = emf.createEntityManager();
        TransactionSynchronizationManager.bindResource(emf, new EntityManagerHolder(em));
        try {
            work.call();
        } finally {
            TransactionSynchronizationManager.unbindResource(emf);
            EntityManagerFactoryUtils.closeEntityManager(em);
        }
    }
}
