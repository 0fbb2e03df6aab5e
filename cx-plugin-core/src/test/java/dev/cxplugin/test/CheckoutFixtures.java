package dev.cxplugin.test;

import org.broadleafcommerce.common.currency.domain.BroadleafCurrency;
import org.broadleafcommerce.common.currency.service.BroadleafCurrencyService;
import org.broadleafcommerce.common.locale.domain.Locale;
import org.broadleafcommerce.common.locale.service.LocaleService;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.payment.PaymentGatewayType;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.catalog.service.type.ProductType;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.payment.domain.PaymentTransaction;
import org.broadleafcommerce.core.payment.service.OrderPaymentService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.util.Date;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

/** Named fixtures for tests that need real Broadleaf products, customers and submitted orders. */
public class CheckoutFixtures {

    private static final AtomicLong SEQ = new AtomicLong(System.currentTimeMillis() % 100000);

    protected final ApplicationContext ctx;
    protected final CatalogService catalogService;
    protected final CustomerService customerService;
    protected final OrderService orderService;
    protected final OrderPaymentService orderPaymentService;
    protected final CheckoutService checkoutService;
    protected final EntityConfiguration entityConfiguration;
    protected final JpaTransactionManager transactionManager;

    public CheckoutFixtures(ApplicationContext ctx) {
        this.ctx = ctx;
        this.catalogService = ctx.getBean("blCatalogService", CatalogService.class);
        this.customerService = ctx.getBean("blCustomerService", CustomerService.class);
        this.orderService = ctx.getBean("blOrderService", OrderService.class);
        this.orderPaymentService = ctx.getBean("blOrderPaymentService", OrderPaymentService.class);
        this.checkoutService = ctx.getBean("blCheckoutService", CheckoutService.class);
        this.entityConfiguration = ctx.getBean("blEntityConfiguration", EntityConfiguration.class);
        this.transactionManager = ctx.getBean("blTransactionManager", JpaTransactionManager.class);
    }

    public Product aProduct(String name, String price) {
        return inTransaction(() -> {
            Sku sku = catalogService.createSku();
            sku.setName(name);
            sku.setDescription(name + ", a test product");
            sku.setRetailPrice(new Money(new BigDecimal(price), "USD"));
            sku.setActiveStartDate(new Date(System.currentTimeMillis() - 86_400_000L));
            sku.setAvailable(true);
            sku.setDiscountable(true);
            Product product = catalogService.createProduct(ProductType.PRODUCT);
            product.setDefaultSku(sku);
            product.setUrl("/test/" + SEQ.incrementAndGet());
            return catalogService.saveProduct(product);
        });
    }

    /** A primary image on the product's SKU, as a merchant adds it in the admin. */
    public Product withPrimaryImage(Product product, String url) {
        inTransaction(() -> {
            Sku sku = catalogService.findSkuById(product.getDefaultSku().getId());
            org.broadleafcommerce.common.media.domain.Media media = (org.broadleafcommerce.common.media.domain.Media)
                    entityConfiguration.createEntityInstance(org.broadleafcommerce.common.media.domain.Media.class.getName());
            media.setUrl(url);
            media.setAltText(sku.getName());
            sku.getSkuMedia().put("primary", media);
            return catalogService.saveSku(sku);
        });
        return product;
    }

    /** A registered customer with a unique email, preferring the given locale (en_US, ar, fa). */
    public Customer aCustomer(String firstName, String localeCode) {
        return inTransaction(() -> {
            Customer c = customerService.createCustomer();
            String email = firstName.toLowerCase() + "." + SEQ.incrementAndGet() + "@example.com";
            c.setUsername(email);
            c.setEmailAddress(email);
            c.setFirstName(firstName);
            c.setLastName("Tester");
            c.setCustomerLocale(locale(localeCode));
            c.setRegistered(true);
            c.setUnencodedPassword("secret1");
            return customerService.saveCustomer(c);
        });
    }

    /** Cart, a payment covering the total and Broadleaf's checkout, as a storefront request would do it. */
    public Order aSubmittedOrder(Customer customer, Product product, int quantity) {
        return withOpenEntityManager(() -> {
            useRequestContextOf(customer);
            Order cart = cartWith(customer, product, quantity);
            return checkoutService.performCheckout(cart).getOrder();
        });
    }

    /**
     * {@code count} orders of new customers, placed through Broadleaf's checkout by {@code threads} threads at
     * once (as concurrent storefront requests would), in the order they completed.
     */
    public java.util.List<Order> submittedOrders(int count, int threads, Product product, String namePrefix) throws InterruptedException {
        inTransaction(() -> locale("en_US")); // created once, before the threads race to create it
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.List<java.util.concurrent.Future<Order>> placed = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = namePrefix + i;
            placed.add(pool.submit(() -> aSubmittedOrder(aCustomer(name, "en_US"), product, 1)));
        }
        pool.shutdown();
        java.util.List<Order> orders = new java.util.ArrayList<>();
        try {
            for (java.util.concurrent.Future<Order> f : placed) {
                orders.add(f.get());
            }
        } catch (java.util.concurrent.ExecutionException e) {
            pool.shutdownNow();
            throw new IllegalStateException("an order could not be placed", e.getCause());
        }
        return orders;
    }

    /** Checks out a cart built by the caller (inside {@link #withOpenEntityManager}); the payment covers the total. */
    public Order aSubmittedOrderFromCart(Order cart, Customer customer) throws Exception {
        useRequestContextOf(customer);
        for (OrderPayment p : cart.getPayments()) {
            p.setAmount(cart.getTotal());
            for (PaymentTransaction t : p.getTransactions()) {
                t.setAmount(cart.getTotal());
            }
        }
        return checkoutService.performCheckout(orderService.save(cart, false)).getOrder();
    }

    /** The currency and locale a storefront request of this customer would carry (carts take them from it). */
    public void useRequestContextOf(Customer customer) {
        BroadleafRequestContext brc = BroadleafRequestContext.getBroadleafRequestContext();
        if (brc == null) {
            brc = new BroadleafRequestContext();
            BroadleafRequestContext.setBroadleafRequestContext(brc);
        }
        brc.setBroadleafCurrency(currency());
        brc.setLocale(customer.getCustomerLocale());
    }

    /** A cart with a product and a payment, not checked out. */
    public Order cartWith(Customer customer, Product product, int quantity) throws Exception {
        Order cart = orderService.createNewCartForCustomer(customerService.readCustomerById(customer.getId()));
        cart = orderService.addItem(cart.getId(),
                new OrderItemRequestDTO(product.getId(), product.getDefaultSku().getId(), quantity), true);
        Money total = cart.getTotal();
        OrderPayment payment = orderPaymentService.create();
        payment.setType(PaymentType.CREDIT_CARD);
        payment.setPaymentGatewayType(PaymentGatewayType.TEMPORARY);
        payment.setAmount(total);
        PaymentTransaction capture = orderPaymentService.createTransaction();
        capture.setType(PaymentTransactionType.AUTHORIZE_AND_CAPTURE);
        capture.setAmount(total);
        capture.setSuccess(true);
        capture.setDate(new Date());
        capture.setOrderPayment(payment);
        payment.addTransaction(capture);
        orderService.addPaymentToOrder(cart, payment, null);
        return cart;
    }

    public synchronized Locale locale(String code) {
        LocaleService localeService = ctx.getBean("blLocaleService", LocaleService.class);
        Locale existing = localeService.findLocaleByCode(code);
        if (existing != null) {
            return existing;
        }
        Locale l = new org.broadleafcommerce.common.locale.domain.LocaleImpl();
        l.setLocaleCode(code);
        l.setFriendlyName(code);
        l.setDefaultFlag("en_US".equals(code));
        l.setDefaultCurrency(currency());
        return localeService.save(l);
    }

    public synchronized BroadleafCurrency currency() {
        BroadleafCurrencyService currencies = ctx.getBean("blCurrencyService", BroadleafCurrencyService.class);
        BroadleafCurrency usd = currencies.findCurrencyByCode("USD");
        if (usd == null) {
            usd = new org.broadleafcommerce.common.currency.domain.BroadleafCurrencyImpl();
            usd.setCurrencyCode("USD");
            usd.setFriendlyName("US Dollar");
            usd.setDefaultFlag(true);
            usd = currencies.save(usd);
        }
        return usd;
    }

    public <T> T inTransaction(Callable<T> work) {
        return new TransactionTemplate(transactionManager).execute(status -> {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** What the storefront's open-entity-manager-in-view filter does around a request. */
    public <T> T withOpenEntityManager(Callable<T> work) {
        EntityManagerFactory emf = transactionManager.getEntityManagerFactory();
        EntityManager em = emf.createEntityManager();
        TransactionSynchronizationManager.bindResource(emf, new EntityManagerHolder(em));
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            TransactionSynchronizationManager.unbindResource(emf);
            EntityManagerFactoryUtils.closeEntityManager(em);
            if (awaitOutboxAfterEachRequest) {
                awaitOutbox();
            }
        }
    }

    /**
     * Tests read what a request recorded right after it; a benchmark placing orders as a store does turns this off
     * (a store's requests do not wait for the outbox writer).
     */
    public boolean awaitOutboxAfterEachRequest = true;

    /**
     * Waits until the confirmations of the checkouts placed so far are in the outbox (checkout hands them to a
     * writer thread once the order is saved), so a test reads what the request recorded, as after a request.
     */
    public void awaitOutbox() {
        if (ctx.containsBean("cxNotificationService")
                && !ctx.getBean("cxNotificationService", dev.cxplugin.notify.service.CxNotificationService.class).awaitRecorded(30000)) {
            throw new IllegalStateException("the outbox writer did not write the recorded confirmations within 30 s");
        }
    }
}
