package dev.cxplugin.demo.data;

import dev.cxplugin.demo.data.DemoCatalog.CategorySpec;
import dev.cxplugin.demo.data.DemoCatalog.ProductSpec;
import dev.cxplugin.demo.data.DemoShoppers.ShopperSpec;
import dev.cxplugin.test.BroadleafExtension;
import org.broadleafcommerce.common.i18n.domain.TranslatedEntity;
import org.broadleafcommerce.common.i18n.service.TranslationService;
import org.broadleafcommerce.common.locale.service.LocaleService;
import org.broadleafcommerce.common.media.domain.Media;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.CategoryProductXref;
import org.broadleafcommerce.core.catalog.domain.CategoryXref;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample data the demo store loads on its first start. The shared test context boots Broadleaf with
 * {@code demo/site/demo-data-applicationContext.xml} (see demo-site's surefire configuration), so the
 * loader has already run, on ContextRefreshedEvent, when these tests start.
 */
@ExtendWith(BroadleafExtension.class)
class DemoDataLoaderTest {

    @Resource(name = DemoDataLoader.BEAN_NAME)
    private DemoDataLoader loader;

    @Resource(name = "blCatalogService")
    private CatalogService catalogService;

    @Resource(name = "blCustomerService")
    private CustomerService customerService;

    @Resource(name = "blOrderService")
    private OrderService orderService;

    @Resource(name = "blTranslationService")
    private TranslationService translationService;

    @Resource(name = "blLocaleService")
    private LocaleService localeService;

    @Resource(name = "blTransactionManager")
    private PlatformTransactionManager transactionManager;

    @Resource(name = "cxComplaintService")
    private dev.cxplugin.complaint.service.CxComplaintService complaintService;

    @Resource(name = "cxLoyaltyService")
    private dev.cxplugin.loyalty.service.CxLoyaltyService loyaltyService;

    @Test
    void loadsTwentyProductsWithImagesInThreeCategories() {
        assertLoadedOnStart();
        inTransaction(() -> {
            assertTrue(catalogService.findAllProducts().size() >= 20);
            assertTrue(DemoCatalog.products().size() >= 20);
            Set<String> images = new HashSet<String>();
            Date now = new Date();
            for (ProductSpec spec : DemoCatalog.products()) {
                String url = spec.url();
                assertTrue(url.matches("/[a-z]+/[a-z0-9-]+"), "URL like /coffee/ethiopia-yirgacheffe: " + url);
                Product product = catalogService.findProductByURI(url);
                assertNotNull(product, url);
                assertEquals(url, product.getUrl());
                assertNotNull(product.getDefaultSku(), url + " has a default SKU (DEFAULT_SKU_ID)");
                assertEquals(spec.name, product.getName());
                assertEquals(spec.description, product.getDescription());
                assertEquals(spec.longDescription, product.getLongDescription());
                assertTrue(product.getDefaultSku().getRetailPrice().greaterThan(BigDecimal.ZERO), url + " price");
                assertEquals(0, spec.retailPrice.compareTo(product.getDefaultSku().getRetailPrice().getAmount()), url);
                assertTrue(product.getActiveStartDate().before(now), url + " active start date in the past");
                assertTrue(product.isActive(), url + " is active");

                Media image = product.getDefaultSku().getSkuMedia().get(DemoDataLoader.PRIMARY_MEDIA_KEY);
                assertNotNull(image, url + " has a primary image");
                assertEquals("/img/products/" + spec.slug + ".svg", image.getUrl());
                assertTrue(images.add(image.getUrl()), "each product has its own image: " + image.getUrl());
                assertNotNull(getClass().getResource("/static" + image.getUrl()), "image file " + image.getUrl());

                Category category = product.getDefaultCategory();
                assertNotNull(category, url + " has a default category");
                assertTrue(url.startsWith(category.getUrl() + "/"), url + " lives under " + category.getUrl());
                boolean linked = false;
                for (CategoryProductXref xref : product.getAllParentCategoryXrefs()) {
                    linked |= xref.getCategory().getId().equals(category.getId());
                }
                assertTrue(linked, url + " is linked to its category by a CategoryProductXref");
            }

            Category nav = catalogService.findCategoryByName(DemoDataLoader.PRIMARY_NAV_NAME);
            assertNotNull(nav, "root category");
            List<CategoryXref> children = nav.getAllChildCategoryXrefs();
            assertTrue(children.size() >= 3, "categories: " + children.size());
            for (CategoryXref child : children) {
                Category category = child.getSubCategory();
                assertTrue(category.getUrl().matches("/[a-z]+"), category.getUrl());
                assertTrue(category.isActive(), category.getName());
                assertTrue(catalogService.findActiveProductsByCategory(category).size() >= 1,
                        category.getName() + " lists products");
                Media image = category.getCategoryMedia().get(DemoDataLoader.PRIMARY_MEDIA_KEY);
                assertNotNull(getClass().getResource("/static" + image.getUrl()), "image file " + image.getUrl());
            }
            Category coffee = catalogService.findCategoryByURI("/coffee");
            assertNotNull(coffee);
            assertEquals("Coffee", coffee.getName());
            assertEquals(6, catalogService.findActiveProductsByCategory(coffee).size());
            Product yirgacheffe = catalogService.findProductByURI("/coffee/ethiopia-yirgacheffe");
            assertEquals("Ethiopia Yirgacheffe", yirgacheffe.getName());
            assertEquals("/img/products/ethiopia-yirgacheffe.svg", yirgacheffe.getMedia().get("primary").getUrl());
        });
    }

    @Test
    void namesProductsAndCategoriesInArabicAndPersian() {
        assertLoadedOnStart();
        inTransaction(() -> {
            for (ProductSpec spec : DemoCatalog.products()) {
                Product product = catalogService.findProductByURI(spec.url());
                // Broadleaf resolves a product's name through its default SKU
                assertEquals(spec.nameAr, translationService.getTranslatedValue(product.getDefaultSku(), "name", new Locale("ar")));
                assertEquals(spec.nameFa, translationService.getTranslatedValue(product.getDefaultSku(), "name", new Locale("fa")));
            }
            for (CategorySpec spec : DemoCatalog.categories()) {
                Category category = catalogService.findCategoryByURI(spec.url());
                String id = String.valueOf(category.getId());
                assertEquals(spec.nameAr, translationService.getTranslation(TranslatedEntity.CATEGORY, id, "name", "ar").getTranslatedValue());
                assertEquals(spec.nameFa, translationService.getTranslation(TranslatedEntity.CATEGORY, id, "name", "fa").getTranslatedValue());
            }
            for (String code : new String[] {"en_US", "ar", "fa"}) {
                assertNotNull(localeService.findLocaleByCode(code), "locale " + code);
            }
        });
    }

    @Test
    void registersTheThreeDemoShoppersWithTheirLocalesAndPasswords() {
        assertLoadedOnStart();
        assertEquals("shopper@example.com", DemoDataLoader.SHOPPER_EMAIL);
        assertEquals("shopper123", DemoDataLoader.SHOPPER_PASSWORD);
        inTransaction(() -> {
            assertEquals(3, DemoShoppers.all().size());
            for (ShopperSpec spec : DemoShoppers.all()) {
                Customer customer = customerService.readCustomerByUsername(spec.email);
                assertNotNull(customer, spec.email);
                assertEquals(spec.email, customer.getEmailAddress());
                assertEquals(spec.firstName, customer.getFirstName());
                assertEquals(spec.lastName, customer.getLastName());
                assertTrue(customer.isRegistered(), spec.email + " is registered");
                assertNotNull(customer.getCustomerLocale(), spec.email + " has a locale");
                assertEquals(spec.localeCode, customer.getCustomerLocale().getLocaleCode());
                assertTrue(customerService.isPasswordValid(spec.password, customer.getPassword(), customer),
                        spec.email + " logs in with " + spec.password);
                assertFalse(customer.getCustomerAddresses().isEmpty(), spec.email + " has an address");
            }
            assertEquals("Sam", customerService.readCustomerByUsername(DemoDataLoader.SHOPPER_EMAIL).getFirstName());
        });
    }

    @Test
    void everyDemoShopperHasSubmittedOrdersWithOrderNumbers() {
        assertLoadedOnStart();
        inTransaction(() -> {
            Set<String> orderNumbers = new HashSet<String>();
            for (ShopperSpec spec : DemoShoppers.all()) {
                Customer customer = customerService.readCustomerByUsername(spec.email);
                List<Order> orders = orderService.findOrdersForCustomer(customer, OrderStatus.SUBMITTED);
                assertTrue(orders.size() >= 2, spec.email + " orders: " + orders.size());
                assertTrue(orders.size() >= spec.orders.size(), spec.email + " orders: " + orders.size());
                for (Order order : orders) {
                    assertEquals(OrderStatus.SUBMITTED, order.getStatus());
                    assertNotNull(order.getOrderNumber());
                    assertTrue(orderNumbers.add(order.getOrderNumber()), "unique order number");
                    assertTrue(order.getSubmitDate().before(new Date()), "submitted in the past");
                    assertTrue(order.getTotal().greaterThan(BigDecimal.ZERO));
                    assertFalse(order.getOrderItems().isEmpty());
                    assertEquals(spec.localeCode, order.getLocale().getLocaleCode());
                    assertEquals("USD", order.getCurrency().getCurrencyCode());
                    assertEquals(1, order.getPayments().size());
                    assertTrue(order.getPayments().get(0).getAmount().greaterThan(BigDecimal.ZERO));
                    FulfillmentGroup shipping = order.getFulfillmentGroups().get(0);
                    assertNotNull(shipping.getAddress(), "shipping address");
                    assertEquals(spec.address.city, shipping.getAddress().getCity());
                    assertEquals("US", shipping.getAddress().getCountry().getAbbreviation());
                }
            }
        });
    }

    @Test
    void sampleComplaintsWerePlayedThroughTheDeskAtPastMoments() {
        assertLoadedOnStart();
        inTransaction(() -> {
            List<dev.cxplugin.complaint.domain.CxComplaint> tickets = sampleTickets();
            assertEquals(DemoComplaints.TICKETS.size(), tickets.size());
            Date now = new Date();
            Date ninetyDaysAgo = new Date(now.getTime() - 90L * 86_400_000L);
            Set<String> statuses = new HashSet<String>();
            int breached = 0;
            int rated = 0;
            for (dev.cxplugin.complaint.domain.CxComplaint c : tickets) {
                assertTrue(c.getCreatedAt().after(ninetyDaysAgo) && c.getCreatedAt().before(now), c.getReference());
                statuses.add(c.getStatus());
                // the desk's own audit: created, then each move, all dated from the ticket's creation on
                List<dev.cxplugin.complaint.domain.CxComplaintAudit> audit = complaintService.readAudit(c.getId());
                assertFalse(audit.isEmpty(), c.getReference());
                for (dev.cxplugin.complaint.domain.CxComplaintAudit a : audit) {
                    assertFalse(a.getCreatedAt().before(c.getCreatedAt()), c.getReference() + " " + a.getAction());
                }
                if (c.getResolvedAt() != null) {
                    assertTrue(c.getResolvedAt().after(c.getCreatedAt()) && c.getResolvedAt().before(now));
                    assertNotNull(c.getResolutionSeconds(), c.getReference() + " resolution time from its SLA clock");
                }
                breached += c.getFirstResponseBreachedAt() != null || c.getResolutionBreachedAt() != null ? 1 : 0;
                rated += c.getCsatScore() != null ? 1 : 0;
            }
            assertTrue(statuses.contains("RESOLVED") || statuses.contains("CLOSED"), "resolved tickets: " + statuses);
            assertTrue(statuses.contains("PENDING_CUSTOMER") && statuses.contains("OPEN"), "open work: " + statuses);
            assertTrue(breached >= 2 && breached < tickets.size() / 2, "some breached the SLA, most did not: " + breached);
            assertTrue(rated >= 10, "CSAT after resolutions: " + rated);
        });
    }

    @Test
    void thePointsHistoryIsDatedWithTheOrdersItFollows() {
        assertLoadedOnStart();
        inTransaction(() -> {
            Customer sam = customerService.readCustomerByUsername(DemoDataLoader.SHOPPER_EMAIL);
            List<dev.cxplugin.loyalty.domain.CxLoyaltyEntry> lines = loyaltyService.readEntries(sam.getId(), 0, 100);
            Set<String> kinds = new HashSet<String>();
            for (dev.cxplugin.loyalty.domain.CxLoyaltyEntry e : lines) {
                kinds.add(e.getKind());
                if ("EARN".equals(e.getKind())) {
                    Order order = orderService.findOrderById(e.getOrderId());
                    assertEquals(order.getSubmitDate().getTime(), e.getCreatedDate().getTime(), 1000L * 60,
                            "earned when the order was placed");
                }
            }
            assertTrue(kinds.containsAll(java.util.Arrays.asList("BONUS", "EXPIRE", "EARN", "RELEASE", "REDEEM")), kinds.toString());
            // the ledger and the account agree: everything went through the service
            long[] ledger = loyaltyService.ledgerBalance(sam.getId());
            assertEquals(ledger[0], loyaltyService.readAccount(sam.getId()).getPending());
            assertEquals(ledger[1], loyaltyService.readAccount(sam.getId()).getAvailable());
        });
    }

    private List<dev.cxplugin.complaint.domain.CxComplaint> sampleTickets() {
        List<dev.cxplugin.complaint.domain.CxComplaint> tickets = new java.util.ArrayList<dev.cxplugin.complaint.domain.CxComplaint>();
        Set<Object> descriptions = new HashSet<Object>();
        for (Object[] t : DemoComplaints.TICKETS) {
            descriptions.add(t[6]);
        }
        for (ShopperSpec spec : DemoShoppers.all()) {
            for (dev.cxplugin.complaint.domain.CxComplaint c
                    : complaintService.readForCustomer(customerService.readCustomerByUsername(spec.email).getId())) {
                if (descriptions.contains(c.getDescription())) {
                    tickets.add(c);
                }
            }
        }
        return tickets;
    }

    @Test
    void loadingAgainCreatesNothing() {
        assertLoadedOnStart();
        int products = read(() -> catalogService.findAllProducts().size());
        int categories = read(() -> catalogService.findAllCategories().size());
        int orders = read(() -> submittedOrders());
        int tickets = read(() -> sampleTickets().size());
        Long samId = read(() -> customerService.readCustomerByUsername(DemoDataLoader.SHOPPER_EMAIL).getId());
        int samLines = read(() -> loyaltyService.readEntries(samId, 0, 1000).size());

        DemoDataSummary second = loader.load();

        assertTrue(second.isEmpty(), second.describe());
        assertEquals(products, (int) read(() -> catalogService.findAllProducts().size()));
        assertEquals(categories, (int) read(() -> catalogService.findAllCategories().size()));
        assertEquals(orders, (int) read(() -> submittedOrders()));
        assertEquals(tickets, (int) read(() -> sampleTickets().size()));
        assertEquals(samLines, (int) read(() -> loyaltyService.readEntries(samId, 0, 1000).size()));
    }

    /** The loader logs a start-up failure instead of throwing it: surface it here with its cause. */
    private void assertLoadedOnStart() {
        RuntimeException failure = loader.getStartupFailure();
        if (failure != null) {
            java.io.StringWriter trace = new java.io.StringWriter();
            failure.printStackTrace(new java.io.PrintWriter(trace));
            throw new AssertionError("the demo data failed to load on start:\n" + trace, failure);
        }
        assertNotNull(loader.getStartupSummary(), "the loader ran when the context was refreshed");
    }

    private int submittedOrders() {
        int count = 0;
        for (ShopperSpec spec : DemoShoppers.all()) {
            count += orderService.findOrdersForCustomer(customerService.readCustomerByUsername(spec.email),
                    OrderStatus.SUBMITTED).size();
        }
        return count;
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactionManager).execute(status -> {
            work.run();
            return null;
        });
    }

    private <T> T read(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(status -> work.get());
    }
}
