package dev.cxplugin.demo.data;

import dev.cxplugin.review.domain.CxReview;
import dev.cxplugin.review.service.CxReviewInput;
import dev.cxplugin.review.service.CxReviewService;
import org.apache.log4j.Logger;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.context.ApplicationContext;

import java.util.Arrays;
import java.util.List;

/**
 * Sample reviews of the demo shoppers, in English, Arabic and Persian, written through the plugin's review
 * service (so verified-buyer flags come from their demo orders) and mostly published; one waits in the admin's
 * moderation queue. Creates only what is missing, like the rest of the demo data.
 */
final class DemoReviews {

    private static final Logger LOG = Logger.getLogger(DemoReviews.class);

    /** shopper, product slug, stars, locale, title, text, publish?, store reply (or null) */
    static final List<Object[]> REVIEWS = Arrays.asList(
            new Object[] {DemoShoppers.SHOPPER_EMAIL, "ethiopia-yirgacheffe", 5, "en", "Bright and floral",
                "Jasmine and lemon in the cup, very clean finish. My favourite pour-over coffee this year.", true,
                "Thank you, Sam! The new harvest arrives next month."},
            new Object[] {DemoShoppers.ARABIC_SHOPPER_EMAIL, "ethiopia-yirgacheffe", 4, "ar", "قهوة عطرية رائعة",
                "نكهة زهرية واضحة وحموضة لطيفة. كنت أتمنى أن يكون التحميص أغمق قليلًا.", true, null},
            new Object[] {DemoShoppers.PERSIAN_SHOPPER_EMAIL, "ethiopia-yirgacheffe", 5, "fa", "بهترین قهوهٔ دمی",
                "عطر گل و مرکبات دارد و تلخی آزاردهنده ندارد. حتماً دوباره می‌خرم.", true, null},
            new Object[] {DemoShoppers.SHOPPER_EMAIL, "stoneware-mug", 4, "en", "Keeps coffee warm",
                "Heavy in the hand and keeps the heat well. The glaze has a small flaw on one of mine.", true, null},
            new Object[] {DemoShoppers.ARABIC_SHOPPER_EMAIL, "cardamom-black-tea", 5, "ar", "طعم الهيل الأصيل",
                "شاي قوي برائحة الهيل كما في البيت. مثالي بعد الغداء.", true, "شكرًا لكِ يا ليلى!"},
            new Object[] {DemoShoppers.ARABIC_SHOPPER_EMAIL, "moroccan-mint", 3, "ar", "جيد لكنه خفيف",
                "النعناع منعش لكن الشاي الأخضر خفيف بعض الشيء.", true, null},
            new Object[] {DemoShoppers.PERSIAN_SHOPPER_EMAIL, "french-press", 4, "fa", "ساده و محکم",
                "صافی خوبی دارد و ته‌نشین کم است. دستهٔ آن کمی داغ می‌شود.", true, null},
            new Object[] {DemoShoppers.PERSIAN_SHOPPER_EMAIL, "jasmine-pearls", 5, "fa", "عطر یاس",
                "مروارید‌ها به‌آرامی باز می‌شوند و عطرشان بی‌نظیر است.", true, null},
            new Object[] {DemoShoppers.SHOPPER_EMAIL, "house-espresso-blend", 2, "en", "Too dark for me",
                "A bit bitter as espresso; better with milk. Waiting for moderation in the demo.", false, null});

    private DemoReviews() {
    }

    /** Returns how many reviews it created. */
    static int load(ApplicationContext ctx) {
        CxReviewService reviews = ctx.getBean("cxReviewService", CxReviewService.class);
        CustomerService customers = ctx.getBean("blCustomerService", CustomerService.class);
        CatalogService catalog = ctx.getBean("blCatalogService", CatalogService.class);
        int made = 0;
        for (Object[] r : REVIEWS) {
            Customer c = customers.readCustomerByUsername((String) r[0], false);
            Product p = product(catalog, (String) r[1]);
            if (c == null || p == null || reviews.readOwnReview(c.getId(), p.getId()) != null) {
                continue;
            }
            CxReview review = reviews.submit(new CxReviewInput(c.getId(), p.getId(), (Integer) r[2], (String) r[4], (String) r[5])
                    .setLocale((String) r[3]));
            if ((Boolean) r[6]) {
                reviews.approve(review.getId(), "demo");
            }
            if (r[7] != null) {
                reviews.reply(review.getId(), (String) r[7], "demo");
            }
            made++;
        }
        if (made > 0) {
            LOG.info("CX demo data: " + made + " sample reviews");
        }
        return made;
    }

    private static Product product(CatalogService catalog, String slug) {
        for (DemoCatalog.ProductSpec spec : DemoCatalog.products()) {
            if (spec.slug.equals(slug)) {
                return catalog.findProductByURI(spec.url());
            }
        }
        return null;
    }
}
