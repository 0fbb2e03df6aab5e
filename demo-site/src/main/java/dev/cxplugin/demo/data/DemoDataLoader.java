package dev.cxplugin.demo.data;

import dev.cxplugin.demo.data.DemoCatalog.CategorySpec;
import dev.cxplugin.demo.data.DemoCatalog.ProductSpec;
import dev.cxplugin.demo.data.DemoShoppers.AddressSpec;
import dev.cxplugin.demo.data.DemoShoppers.OrderSpec;
import dev.cxplugin.demo.data.DemoShoppers.ShopperSpec;
import org.apache.log4j.Logger;
import org.broadleafcommerce.common.currency.domain.BroadleafCurrency;
import org.broadleafcommerce.common.currency.domain.BroadleafCurrencyImpl;
import org.broadleafcommerce.common.currency.service.BroadleafCurrencyService;
import org.broadleafcommerce.common.i18n.domain.TranslatedEntity;
import org.broadleafcommerce.common.i18n.domain.Translation;
import org.broadleafcommerce.common.i18n.service.TranslationService;
import org.broadleafcommerce.common.locale.domain.Locale;
import org.broadleafcommerce.common.locale.domain.LocaleImpl;
import org.broadleafcommerce.common.locale.service.LocaleService;
import org.broadleafcommerce.common.media.domain.Media;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.payment.PaymentGatewayType;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.CategoryProductXref;
import org.broadleafcommerce.core.catalog.domain.CategoryXref;
import org.broadleafcommerce.core.catalog.domain.CategoryXrefImpl;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.catalog.service.type.ProductType;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutResponse;
import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.FulfillmentGroupService;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.payment.domain.PaymentTransaction;
import org.broadleafcommerce.core.payment.service.OrderPaymentService;
import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.domain.Country;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerAddress;
import org.broadleafcommerce.profile.core.domain.Phone;
import org.broadleafcommerce.profile.core.domain.Role;
import org.broadleafcommerce.profile.core.domain.State;
import org.broadleafcommerce.profile.core.service.CountryService;
import org.broadleafcommerce.profile.core.service.CustomerAddressService;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.broadleafcommerce.profile.core.service.StateService;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.PersistenceContext;

/**
 * Loads the demo store's sample data through Broadleaf's own services when the storefront's root context
 * has started: a coffee and tea catalog (categories under "Primary Nav", products with prices, URLs and
 * SVG images, Arabic and Persian names as translations), three registered customers with their preferred
 * locales and address, and two or three orders per customer placed through the real cart and checkout.
 *
 * <p>Each part is created only when missing: the catalog when there are no products at all, a customer when
 * no customer has that username (orders are placed for customers created in the same run). A second start
 * therefore creates nothing. Sample complaints ({@link DemoComplaints}) and the shoppers' points history
 * ({@link DemoLoyalty}) are played through the plugin's services at past moments ({@link DemoClock}). Declared as bean {@value #BEAN_NAME} in
 * {@code demo/site/demo-data-applicationContext.xml}.
 */
public class DemoDataLoader implements ApplicationListener<ContextRefreshedEvent>, ApplicationContextAware {

    public static final String BEAN_NAME = "cxDemoDataLoader";

    /** The demo shopper's login (username = email) and password, for the launcher's banner. */
    public static final String SHOPPER_EMAIL = DemoShoppers.SHOPPER_EMAIL;
    public static final String SHOPPER_PASSWORD = DemoShoppers.SHOPPER_PASSWORD;
    public static final String ARABIC_SHOPPER_EMAIL = DemoShoppers.ARABIC_SHOPPER_EMAIL;
    public static final String ARABIC_SHOPPER_PASSWORD = DemoShoppers.ARABIC_SHOPPER_PASSWORD;
    public static final String PERSIAN_SHOPPER_EMAIL = DemoShoppers.PERSIAN_SHOPPER_EMAIL;
    public static final String PERSIAN_SHOPPER_PASSWORD = DemoShoppers.PERSIAN_SHOPPER_PASSWORD;

    /** Root category holding the storefront categories. */
    public static final String PRIMARY_NAV_NAME = DemoCatalog.PRIMARY_NAV_NAME;
    /** Key of the product image in the default SKU's media map (and of the category image). */
    public static final String PRIMARY_MEDIA_KEY = "primary";

    static final String CURRENCY_CODE = "USD";
    static final String COUNTRY_CODE = "US";
    static final String CUSTOMER_ROLE = "ROLE_USER";
    static final String DEFAULT_LOCALE_CODE = "en_US";
    /** BLC_LOCALE codes and friendly names of the storefront languages. */
    static final String[][] LOCALES = {
            {"en_US", "English"},
            {"ar", "العربية"},
            {"fa", "فارسی"}};

    // log4j directly: commons-logging goes through jcl-over-slf4j, which slf4j-api 2.0.0-alpha1 (from HikariCP)
    // routes to its no-op logger, so a commons-logging line would never appear
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "blCustomerAddressService")
    protected CustomerAddressService customerAddressService;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "blFulfillmentGroupService")
    protected FulfillmentGroupService fulfillmentGroupService;

    @Resource(name = "blOrderPaymentService")
    protected OrderPaymentService orderPaymentService;

    @Resource(name = "blCheckoutService")
    protected CheckoutService checkoutService;

    @Resource(name = "blTranslationService")
    protected TranslationService translationService;

    @Resource(name = "blLocaleService")
    protected LocaleService localeService;

    @Resource(name = "blCurrencyService")
    protected BroadleafCurrencyService currencyService;

    @Resource(name = "blCountryService")
    protected CountryService countryService;

    @Resource(name = "blStateService")
    protected StateService stateService;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    @Resource(name = "blTransactionManager")
    protected JpaTransactionManager transactionManager;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private ApplicationContext applicationContext;
    private final AtomicBoolean loadedOnStart = new AtomicBoolean();
    private volatile RuntimeException startupFailure;
    private volatile DemoDataSummary startupSummary;
    private boolean enabled = true;

    @Override
    public void setApplicationContext(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    /** Set to false to start the store without sample data. */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** What the start-up load created; null before it ran, when disabled, or when it failed. */
    public DemoDataSummary getStartupSummary() {
        return startupSummary;
    }

    /** Why the start-up load failed (it is logged, not thrown, so the store still starts); null otherwise. */
    public RuntimeException getStartupFailure() {
        return startupFailure;
    }

    /**
     * The sample orders are dated weeks back, which no real event does: the dashboard's daily figures are rebuilt
     * from them rather than left to the refresh of recent days.
     */
    protected void rebuildDashboardFigures() {
        if (!applicationContext.containsBean("cxInsightRollups")) {
            return;
        }
        if (applicationContext.containsBean("cxNotificationService")) {
            // the sample orders' confirmations reach the outbox just after their checkouts: count them all
            applicationContext.getBean("cxNotificationService", dev.cxplugin.notify.service.CxNotificationService.class)
                    .awaitRecorded(30000);
        }
        dev.cxplugin.insight.service.CxInsightRollups rollups =
                applicationContext.getBean("cxInsightRollups", dev.cxplugin.insight.service.CxInsightRollups.class);
        for (dev.cxplugin.insight.service.CxRollupSource source : rollups.getSources()) {
            rollups.rebuild(source.getName());
        }
    }

    /**
     * Runs once, when the context this bean lives in has been refreshed; events from child contexts (the
     * storefront's servlet context publishes its own to its parent) are ignored. A failure is logged, not
     * thrown: the store still starts, without sample data.
     */
    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        if (!enabled || event.getApplicationContext() != applicationContext || !loadedOnStart.compareAndSet(false, true)) {
            return;
        }
        try {
            startupSummary = load();
        } catch (RuntimeException e) {
            startupFailure = e;
            LOG.error("CX demo data: loading the sample data failed; the store starts without (some of) it", e);
        }
    }

    /**
     * Creates whatever part of the sample data is missing and logs one INFO line saying what it created.
     * Safe to call again: with the data present it creates nothing.
     */
    public synchronized DemoDataSummary load() {
        long start = System.nanoTime();
        DemoDataSummary summary = withJobsPaused(() -> loadPaused());
        summary.elapsedMillis = (System.nanoTime() - start) / 1_000_000L;
        LOG.info(summary.describe());
        return summary;
    }

    /**
     * The sample history is written at past moments (see {@link DemoClock}); the complaint and loyalty jobs work at
     * the real time, and a pass in the middle would see tickets and points half-played (breaches of tickets the
     * sample resolves in time, points released or expired today); the figures job would rebuild half-loaded
     * history while the loader rebuilds it too. They wait until the load is done.
     */
    protected DemoDataSummary withJobsPaused(java.util.function.Supplier<DemoDataSummary> work) {
        java.util.function.Supplier<DemoDataSummary> inner = work;
        if (applicationContext.containsBean("cxLoyaltyJobs")) {
            dev.cxplugin.loyalty.service.CxLoyaltyJobs jobs =
                    applicationContext.getBean("cxLoyaltyJobs", dev.cxplugin.loyalty.service.CxLoyaltyJobs.class);
            java.util.function.Supplier<DemoDataSummary> w = inner;
            inner = () -> jobs.whilePaused(w);
        }
        if (applicationContext.containsBean("cxInsightJobs")) {
            // its first pass rebuilds the figures of a new store, which would race the loader's own rebuild at the end
            dev.cxplugin.insight.service.CxInsightJobs jobs =
                    applicationContext.getBean("cxInsightJobs", dev.cxplugin.insight.service.CxInsightJobs.class);
            java.util.function.Supplier<DemoDataSummary> w = inner;
            inner = () -> jobs.whilePaused(w);
        }
        if (applicationContext.containsBean("cxComplaintJobs")) {
            dev.cxplugin.complaint.service.CxComplaintJobs jobs =
                    applicationContext.getBean("cxComplaintJobs", dev.cxplugin.complaint.service.CxComplaintJobs.class);
            java.util.function.Supplier<DemoDataSummary> w = inner;
            inner = () -> jobs.whilePaused(w);
        }
        return inner.get();
    }

    private DemoDataSummary loadPaused() {
        DemoDataSummary summary = new DemoDataSummary();
        BroadleafRequestContext brc = BroadleafRequestContext.getBroadleafRequestContext();
        BroadleafCurrency previousCurrency = brc.getBroadleafCurrency();
        Locale previousLocale = brc.getLocale();
        try {
            ReferenceData reference = null;
            Map<String, ProductIds> products = null;
            boolean catalogEmpty = inTransaction(status -> catalogService.findAllProducts(1, 0).isEmpty());
            if (catalogEmpty) {
                reference = referenceData(summary, brc);
                final ReferenceData ref = reference;
                products = inTransaction(status -> createCatalog(ref, summary));
            }
            List<ShopperSpec> missing = new ArrayList<ShopperSpec>();
            for (ShopperSpec shopper : DemoShoppers.all()) {
                if (inTransaction(status -> customerService.readCustomerByUsername(shopper.email, false)) == null) {
                    missing.add(shopper);
                }
            }
            if (!missing.isEmpty() && products == null) {
                products = inTransaction(status -> findDemoProducts());
                if (products == null) {
                    LOG.warn("CX demo data: the catalog is not the demo catalog; not creating the demo customers");
                    missing.clear();
                }
            }
            for (ShopperSpec shopper : missing) {
                if (reference == null) {
                    reference = referenceData(summary, brc);
                }
                final ReferenceData ref = reference;
                final Map<String, ProductIds> demoProducts = products;
                // registered, and each order placed, at its past moment: the desk and the ledger date their rows by it
                Long customerId = DemoClock.at(DemoLoyalty.registeredAt(shopper.email),
                        () -> inTransaction(status -> registerShopper(shopper, ref, summary).getId()));
                if (loyaltyEnabled()) {
                    DemoLoyalty.afterRegistration(applicationContext, shopper.email);
                }
                for (OrderSpec order : shopper.orders) {
                    Date placed = daysAgo(order.daysAgo);
                    Long orderId = DemoClock.at(placed, () -> {
                        Long[] id = new Long[1];
                        withOpenEntityManager(() -> id[0] = placeOrder(customerId, shopper, order, demoProducts, ref, brc, placed));
                        return id[0];
                    });
                    if (loyaltyEnabled()) {
                        DemoLoyalty.earn(applicationContext, orderId, placed);
                    }
                    summary.orders++;
                }
            }
            // review: sample reviews of the demo shoppers (after their orders: verified buyers)
            if (applicationContext.containsBean("cxReviewService")) {
                DemoReviews.load(applicationContext);
            }
            // complaint: sample tickets over the last ~90 days (only when the demo shoppers have none)
            if (applicationContext.containsBean("cxComplaintService")) {
                summary.complaints = DemoComplaints.load(applicationContext);
            }
            // loyalty: return windows closed and rewards redeemed since the sample orders
            if (summary.orders > 0 && loyaltyEnabled()) {
                summary.loyaltyLines = DemoLoyalty.history(applicationContext);
            }
            if (summary.orders > 0 || summary.complaints > 0) {
                rebuildDashboardFigures();
            }
        } finally {
            brc.setBroadleafCurrency(previousCurrency);
            brc.setLocale(previousLocale);
        }
        return summary;
    }

    private boolean loyaltyEnabled() {
        return applicationContext.containsBean("cxLoyaltyService");
    }

    // ------------------------------------------------------------------ reference data

    /** The currency and locales of the demo data (country, states and customer role are looked up where used). */
    static final class ReferenceData {
        BroadleafCurrency currency;
        final Map<String, Locale> locales = new HashMap<String, Locale>();
    }

    private ReferenceData referenceData(DemoDataSummary summary, BroadleafRequestContext brc) {
        ReferenceData ref = inTransaction(status -> ensureReferenceData(summary));
        // prices and order totals of this run are US dollars whatever the JVM's default locale is
        brc.setBroadleafCurrency(ref.currency);
        return ref;
    }

    private ReferenceData ensureReferenceData(DemoDataSummary summary) {
        ReferenceData ref = new ReferenceData();
        BroadleafCurrency currency = currencyService.findCurrencyByCode(CURRENCY_CODE);
        if (currency == null) {
            currency = new BroadleafCurrencyImpl();
            currency.setCurrencyCode(CURRENCY_CODE);
            currency.setFriendlyName("US Dollar");
            currency.setDefaultFlag(currencyService.findDefaultBroadleafCurrency() == null);
            currency = currencyService.save(currency);
            summary.referenceRows++;
        }
        ref.currency = currency;

        boolean hasDefaultLocale = localeService.findDefaultLocale() != null;
        for (String[] code : LOCALES) {
            Locale locale = localeService.findLocaleByCode(code[0]);
            if (locale == null) {
                locale = new LocaleImpl();
                locale.setLocaleCode(code[0]);
                locale.setFriendlyName(code[1]);
                locale.setDefaultFlag(!hasDefaultLocale && DEFAULT_LOCALE_CODE.equals(code[0]));
                locale.setDefaultCurrency(currency);
                locale = localeService.save(locale);
                summary.referenceRows++;
            }
            ref.locales.put(code[0], locale);
        }

        Country country = countryService.findCountryByAbbreviation(COUNTRY_CODE);
        if (country == null) {
            country = (Country) entityConfiguration.createEntityInstance(Country.class.getName());
            country.setAbbreviation(COUNTRY_CODE);
            country.setName("United States");
            country = countryService.save(country);
            summary.referenceRows++;
        }

        for (ShopperSpec shopper : DemoShoppers.all()) {
            AddressSpec address = shopper.address;
            State state = stateService.findStateByAbbreviation(address.stateCode);
            if (state == null) {
                state = (State) entityConfiguration.createEntityInstance(State.class.getName());
                state.setAbbreviation(address.stateCode);
                state.setName(address.stateName);
                state.setCountry(country);
                state = stateService.save(state);
                summary.referenceRows++;
            }
        }

        // Broadleaf gives every registered customer this role; no Broadleaf jar ships the row.
        List<?> roles = em.createNamedQuery("BC_READ_ROLE_BY_NAME").setParameter("name", CUSTOMER_ROLE).getResultList();
        if (roles.isEmpty()) {
            Role role = (Role) entityConfiguration.createEntityInstance(Role.class.getName());
            role.setRoleName(CUSTOMER_ROLE);
            em.persist(role);
            summary.referenceRows++;
        }
        return ref;
    }

    // ------------------------------------------------------------------ catalog

    private Map<String, ProductIds> createCatalog(ReferenceData ref, DemoDataSummary summary) {
        Date activeStart = daysAgo(90);

        // findCategoryByName would throw when there is none
        List<Category> existingNav = catalogService.findCategoriesByName(PRIMARY_NAV_NAME);
        Category nav = existingNav.isEmpty() ? null : existingNav.get(0);
        if (nav == null) {
            nav = catalogService.createCategory();
            nav.setName(PRIMARY_NAV_NAME);
            nav.setDescription("Categories shown in the storefront's main navigation");
            nav.setActiveStartDate(activeStart);
            nav = catalogService.saveCategory(nav);
        }

        Map<String, Category> categories = new LinkedHashMap<String, Category>();
        int categoryOrder = 0;
        for (CategorySpec spec : DemoCatalog.categories()) {
            Category category = catalogService.createCategory();
            category.setName(spec.name);
            category.setUrl(spec.url());
            category.setUrlKey(spec.slug);
            category.setDescription(spec.description);
            category.setLongDescription(spec.longDescription);
            category.setActiveStartDate(activeStart);
            category.setDefaultParentCategory(nav);
            category.getCategoryMedia().put(PRIMARY_MEDIA_KEY, media(spec.imageUrl(), spec.name));

            CategoryXref parent = new CategoryXrefImpl();
            parent.setCategory(nav);
            parent.setSubCategory(category);
            parent.setDisplayOrder(BigDecimal.valueOf(++categoryOrder));
            category.getAllParentCategoryXrefs().add(parent);

            category = catalogService.saveCategory(category);
            nav.getAllChildCategoryXrefs().addAll(category.getAllParentCategoryXrefs());
            categories.put(spec.slug, category);
            summary.categories++;

            String id = String.valueOf(category.getId());
            translate(TranslatedEntity.CATEGORY, id, "name", "ar", spec.nameAr, summary);
            translate(TranslatedEntity.CATEGORY, id, "name", "fa", spec.nameFa, summary);
        }

        Map<String, ProductIds> products = new LinkedHashMap<String, ProductIds>();
        Map<String, Integer> productOrder = new HashMap<String, Integer>();
        for (ProductSpec spec : DemoCatalog.products()) {
            Category category = categories.get(spec.categorySlug);
            int position = productOrder.containsKey(spec.categorySlug) ? productOrder.get(spec.categorySlug) + 1 : 1;
            productOrder.put(spec.categorySlug, position);

            Sku sku = catalogService.createSku();
            sku.setName(spec.name);
            sku.setDescription(spec.description);
            sku.setLongDescription(spec.longDescription);
            sku.setRetailPrice(new Money(spec.retailPrice, ref.currency.getCurrencyCode()));
            if (spec.salePrice != null) {
                sku.setSalePrice(new Money(spec.salePrice, ref.currency.getCurrencyCode()));
            }
            sku.setActiveStartDate(activeStart);
            sku.setAvailable(true);
            sku.setDiscountable(true);
            sku.getSkuMedia().put(PRIMARY_MEDIA_KEY, media(spec.imageUrl(), spec.name));

            Product product = catalogService.createProduct(ProductType.PRODUCT);
            product.setDefaultSku(sku);
            product.setUrl(spec.url());
            product.setUrlKey(spec.slug);
            product.setModel(spec.model);
            product.setDefaultCategory(category);
            product.setFeaturedProduct(position == 1);

            CategoryProductXref membership = (CategoryProductXref) entityConfiguration
                    .createEntityInstance(CategoryProductXref.class.getName());
            membership.setCategory(category);
            membership.setProduct(product);
            membership.setDisplayOrder(BigDecimal.valueOf(position));
            product.getAllParentCategoryXrefs().add(membership);

            product = catalogService.saveProduct(product);
            category.getAllProductXrefs().addAll(product.getAllParentCategoryXrefs());
            products.put(spec.slug, new ProductIds(product));
            summary.products++;

            // Broadleaf reads a product's name from its default SKU (SkuImpl.getName), so the translation
            // belongs to the SKU, exactly where the admin's translation dialog stores it for "defaultSku.name".
            String skuId = String.valueOf(product.getDefaultSku().getId());
            translate(TranslatedEntity.SKU, skuId, "name", "ar", spec.nameAr, summary);
            translate(TranslatedEntity.SKU, skuId, "name", "fa", spec.nameFa, summary);
        }
        return products;
    }

    /** The demo products by slug, or null when the catalog lacks any of them (someone else's catalog). */
    private Map<String, ProductIds> findDemoProducts() {
        Map<String, ProductIds> products = new LinkedHashMap<String, ProductIds>();
        for (ProductSpec spec : DemoCatalog.products()) {
            Product product = catalogService.findProductByURI(spec.url());
            if (product == null) {
                return null;
            }
            products.put(spec.slug, new ProductIds(product));
        }
        return products;
    }

    private Media media(String url, String title) {
        Media media = (Media) entityConfiguration.createEntityInstance(Media.class.getName());
        media.setUrl(url);
        media.setTitle(title);
        media.setAltText(title);
        return media;
    }

    /**
     * A new translation row for an entity created in this run (so there is none to update; saving the entity
     * directly spares the service's look-up query, which would flush the whole catalog each time).
     */
    private void translate(TranslatedEntity entity, String id, String field, String localeCode, String value,
            DemoDataSummary summary) {
        Translation translation = (Translation) entityConfiguration.createEntityInstance(Translation.class.getName());
        translation.setEntityType(entity);
        translation.setEntityId(id);
        translation.setFieldName(field);
        translation.setLocaleCode(localeCode);
        translation.setTranslatedValue(value);
        translationService.save(translation);
        summary.translations++;
    }

    /** What an order line needs of a product, kept across EntityManagers. */
    static final class ProductIds {
        final Long productId;
        final Long skuId;

        ProductIds(Product product) {
            this.productId = product.getId();
            this.skuId = product.getDefaultSku().getId();
        }
    }

    // ------------------------------------------------------------------ customers and orders

    private Customer registerShopper(ShopperSpec spec, ReferenceData ref, DemoDataSummary summary) {
        Customer customer = customerService.createCustomer();
        customer.setUsername(spec.email);
        customer.setEmailAddress(spec.email);
        customer.setFirstName(spec.firstName);
        customer.setLastName(spec.lastName);
        customer.setCustomerLocale(ref.locales.get(spec.localeCode));
        customer.setReceiveEmail(true);
        // the configured password encoder (plain text in tests, BCrypt in the demo store) hashes it
        customer = customerService.registerCustomer(customer, spec.password, spec.password);

        CustomerAddress home = customerAddressService.create();
        home.setAddressName("Home");
        home.setCustomer(customer);
        home.setAddress(address(spec));
        home.getAddress().setDefault(true);
        customerAddressService.saveCustomerAddress(home);
        summary.customers++;
        return customer;
    }

    private Address address(ShopperSpec shopper) {
        AddressSpec spec = shopper.address;
        Address address = (Address) entityConfiguration.createEntityInstance(Address.class.getName());
        address.setFirstName(shopper.firstName);
        address.setLastName(shopper.lastName);
        address.setEmailAddress(shopper.email);
        address.setAddressLine1(spec.line1);
        address.setCity(spec.city);
        // looked up in the current unit of work: a detached state or country would break the cascade on flush
        address.setState(stateService.findStateByAbbreviation(spec.stateCode));
        address.setPostalCode(spec.postalCode);
        address.setCountry(countryService.findCountryByAbbreviation(COUNTRY_CODE));
        Phone phone = (Phone) entityConfiguration.createEntityInstance(Phone.class.getName());
        phone.setPhoneNumber(spec.phone);
        address.setPhonePrimary(phone);
        return address;
    }

    /**
     * Cart, shipping address, a payment covering the total, then Broadleaf's checkout workflow, which
     * submits the order (status SUBMITTED, order number, submit date). The submit date is then moved into
     * the past so the order history looks lived-in.
     */
    private Long placeOrder(Long customerId, ShopperSpec shopper, OrderSpec spec, Map<String, ProductIds> products,
            ReferenceData ref, BroadleafRequestContext brc, Date placed) throws Exception {
        // the order takes its currency and locale from the request context, as in a storefront request
        brc.setBroadleafCurrency(ref.currency);
        brc.setLocale(ref.locales.get(shopper.localeCode));

        Customer customer = customerService.readCustomerById(customerId);
        Order cart = orderService.createNewCartForCustomer(customer);
        for (Map.Entry<String, Integer> line : spec.lines.entrySet()) {
            ProductIds product = products.get(line.getKey());
            cart = orderService.addItem(cart.getId(),
                    new OrderItemRequestDTO(product.productId, product.skuId, line.getValue()), false);
        }
        for (FulfillmentGroup group : cart.getFulfillmentGroups()) {
            group.setAddress(address(shopper));
            fulfillmentGroupService.save(group);
        }
        cart = orderService.save(cart, true);

        Money total = cart.getTotal();
        OrderPayment payment = orderPaymentService.create();
        payment.setType(PaymentType.CREDIT_CARD);
        payment.setPaymentGatewayType(PaymentGatewayType.TEMPORARY);
        payment.setAmount(total);
        payment.setBillingAddress(address(shopper));
        PaymentTransaction capture = orderPaymentService.createTransaction();
        capture.setType(PaymentTransactionType.AUTHORIZE_AND_CAPTURE);
        capture.setAmount(total);
        capture.setSuccess(true);
        capture.setDate(new Date());
        capture.setRawResponse("CX demo data: simulated authorize and capture");
        capture.setOrderPayment(payment);
        payment.addTransaction(capture);
        orderService.addPaymentToOrder(cart, payment, null);

        CheckoutResponse response = checkoutService.performCheckout(cart);
        Order order = response.getOrder();
        order.setSubmitDate(placed);
        return orderService.save(order, false).getId();
    }

    // ------------------------------------------------------------------ helpers

    private <T> T inTransaction(TransactionCallback<T> work) {
        return new TransactionTemplate(transactionManager).execute(work);
    }

    interface Work {
        void run() throws Exception;
    }

    /**
     * Runs the work with one EntityManager open around it, as the storefront's open-entity-manager-in-view
     * filter does for a request: the checkout's service calls each run their own transaction, and the cart
     * must stay attached between them.
     */
    private void withOpenEntityManager(Work work) {
        EntityManagerFactory emf = transactionManager.getEntityManagerFactory();
        if (TransactionSynchronizationManager.hasResource(emf)) {
            runUnchecked(work);
            return;
        }
        EntityManager requestEm = emf.createEntityManager();
        TransactionSynchronizationManager.bindResource(emf, new EntityManagerHolder(requestEm));
        try {
            runUnchecked(work);
        } finally {
            TransactionSynchronizationManager.unbindResource(emf);
            EntityManagerFactoryUtils.closeEntityManager(requestEm);
        }
    }

    private static void runUnchecked(Work work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("CX demo data: " + e.getMessage(), e);
        }
    }

    private static Date daysAgo(int days) {
        Calendar calendar = Calendar.getInstance();
        calendar.add(Calendar.DAY_OF_MONTH, -days);
        return calendar.getTime();
    }
}
