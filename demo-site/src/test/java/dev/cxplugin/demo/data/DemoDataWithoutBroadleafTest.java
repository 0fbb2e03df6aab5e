package dev.cxplugin.demo.data;

import dev.cxplugin.demo.data.DemoCatalog.CategorySpec;
import dev.cxplugin.demo.data.DemoCatalog.ProductSpec;
import dev.cxplugin.demo.data.DemoShoppers.OrderSpec;
import dev.cxplugin.demo.data.DemoShoppers.ShopperSpec;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;
import org.w3c.dom.Document;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

/** The sample data's plain parts: the data tables, the illustrations and the start-up guard, without a Broadleaf boot. */
class DemoDataWithoutBroadleafTest {

    @Test
    void catalogHasTwentyFourProductsWithUniqueSlugsInFourCategoriesAndAllNamesTranslated() {
        assertEquals(24, DemoCatalog.products().size());
        assertEquals(4, DemoCatalog.categories().size());
        Set<String> slugs = new HashSet<String>();
        for (ProductSpec product : DemoCatalog.products()) {
            assertTrue(slugs.add(product.slug), "unique slug " + product.slug);
            assertNotNull(DemoCatalog.category(product.categorySlug));
            assertTrue(product.retailPrice.signum() > 0);
            assertTrue(product.salePrice == null || product.salePrice.compareTo(product.retailPrice) < 0);
            assertTrue(product.nameAr.matches(".*[\\u0600-\\u06FF].*"), "Arabic name " + product.nameAr);
            assertTrue(product.nameFa.matches(".*[\\u0600-\\u06FF].*"), "Persian name " + product.nameFa);
            assertFalse(product.nameFa.contains("\u064A") || product.nameFa.contains("\u0643"),
                    "Persian uses yeh U+06CC and keheh U+06A9, not the Arabic letters: " + product.nameFa);
        }
        for (CategorySpec category : DemoCatalog.categories()) {
            assertTrue(DemoCatalog.productsIn(category.slug).size() >= 3, category.slug);
            assertFalse(category.nameFa.contains("\u064A") || category.nameFa.contains("\u0643"), category.nameFa);
        }
    }

    @Test
    void everyShopperOrdersOnlyCatalogProducts() {
        assertEquals(3, DemoShoppers.all().size());
        for (ShopperSpec shopper : DemoShoppers.all()) {
            assertTrue(shopper.orders.size() >= 2 && shopper.orders.size() <= 3, shopper.email);
            for (OrderSpec order : shopper.orders) {
                for (String slug : order.lines.keySet()) {
                    assertNotNull(DemoCatalog.product(slug));
                }
            }
        }
    }

    @Test
    void everyProductAndCategoryHasItsOwnWellFormedIllustrationMatchingTheGenerator() throws Exception {
        ProductArtGenerator generator = new ProductArtGenerator();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        for (ProductSpec product : DemoCatalog.products()) {
            String svg = read("/static" + product.imageUrl());
            assertEquals(generator.productSvg(product), svg, product.imageUrl() + " is the generator's output");
            Document document = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            assertEquals("svg", document.getDocumentElement().getNodeName());
        }
        for (CategorySpec category : DemoCatalog.categories()) {
            String svg = read("/static" + category.imageUrl());
            assertEquals(generator.categorySvg(category), svg, category.imageUrl() + " is the generator's output");
            factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void loadsOnceWhenItsOwnContextIsRefreshedAndIgnoresChildContextsAndRepeats() {
        int[] loads = {0};
        DemoDataLoader loader = new DemoDataLoader() {
            @Override
            public synchronized DemoDataSummary load() {
                loads[0]++;
                return new DemoDataSummary();
            }
        };
        ApplicationContext own = mock(ApplicationContext.class);
        ApplicationContext child = mock(ApplicationContext.class);
        loader.setApplicationContext(own);

        loader.onApplicationEvent(new ContextRefreshedEvent(child));
        assertEquals(0, loads[0], "the storefront's servlet context also publishes to its parent: ignored");
        loader.onApplicationEvent(new ContextRefreshedEvent(own));
        assertEquals(1, loads[0]);
        loader.onApplicationEvent(new ContextRefreshedEvent(own));
        assertEquals(1, loads[0], "a second refresh does not load again");
    }

    @Test
    void doesNothingWhenDisabled() {
        int[] loads = {0};
        DemoDataLoader loader = new DemoDataLoader() {
            @Override
            public synchronized DemoDataSummary load() {
                loads[0]++;
                return new DemoDataSummary();
            }
        };
        ApplicationContext own = mock(ApplicationContext.class);
        loader.setApplicationContext(own);
        loader.setEnabled(false);
        loader.onApplicationEvent(new ContextRefreshedEvent(own));
        assertEquals(0, loads[0]);
    }

    private String read(String resource) throws Exception {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
