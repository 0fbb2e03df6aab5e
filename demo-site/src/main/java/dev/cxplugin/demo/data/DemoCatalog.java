package dev.cxplugin.demo.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The demo store's catalog as plain data: a small coffee and tea shop with four categories of six
 * products each. {@link DemoDataLoader} turns it into Broadleaf entities; the product illustrations under
 * {@code static/img/products/<slug>.svg} are named after the same slugs.
 *
 * <p>Arabic and Persian names are stored as Broadleaf translations; Persian text uses the Persian letters
 * (U+06CC yeh, U+06A9 keheh) and the zero-width non-joiner (U+200C) where the script needs it.
 */
public final class DemoCatalog {

    /** Name of the root category that holds every storefront category (Broadleaf's own convention). */
    public static final String PRIMARY_NAV_NAME = "Primary Nav";

    private static final String ZWNJ = "\u200c";

    private static final List<CategorySpec> CATEGORIES = Collections.unmodifiableList(Arrays.asList(
            new CategorySpec("coffee", "Coffee", "القهوة", "قهوه",
                    "Single-origin beans and house blends, roasted every week.",
                    "Whole-bean coffee from small farms and cooperatives, roasted in small batches and shipped "
                            + "within days of roasting. Every bag lists its origin, process and tasting notes."),
            new CategorySpec("tea", "Tea", "الشاي", "چای",
                    "Loose-leaf black, green and herbal teas.",
                    "Loose-leaf teas chosen for flavour and freshness: spring Darjeeling, steamed Japanese "
                            + "greens, fragrant blends and the spiced black tea our regulars brew every afternoon."),
            new CategorySpec("brewing", "Mugs & Brewing", "الأكواب وأدوات التحضير",
                    "ماگ و ابزار دم" + ZWNJ + "آوری",
                    "Mugs, drippers, presses and kettles for better cups at home.",
                    "Everything between the bag and the cup: sturdy mugs, glassware, pour-over drippers, a "
                            + "French press, a burr grinder and a kettle that pours exactly where you aim."),
            new CategorySpec("gifts", "Gifts", "الهدايا", "هدایا",
                    "Tasting boxes, gift sets and sweet things to go with a cup.",
                    "Ready-to-give boxes and sets for coffee and tea lovers, plus a few treats that belong "
                            + "next to a freshly brewed cup.")));

    private static final List<ProductSpec> PRODUCTS = Collections.unmodifiableList(Arrays.asList(
            // Coffee
            new ProductSpec("coffee", "ethiopia-yirgacheffe", "Ethiopia Yirgacheffe",
                    "إثيوبيا يرغاتشيفي", "اتیوپی یرگاچف", "18.50", null, "12 oz whole bean",
                    "Washed heirloom beans with notes of jasmine, bergamot and lemon.",
                    "Grown at 1,900 metres in the Gedeo zone and washed at a cooperative station, this light "
                            + "roast is floral and tea-like with a clean, citrus finish. Lovely as a pour-over."),
            new ProductSpec("coffee", "colombia-huila", "Colombia Huila",
                    "كولومبيا هويلا", "کلمبیا هویلا", "16.00", null, "12 oz whole bean",
                    "Caramel sweetness, red apple and a round, easy body.",
                    "From family farms around Pitalito in southern Huila. A medium roast that works in every "
                            + "brewer, sweet enough for black coffee and sturdy enough for milk."),
            new ProductSpec("coffee", "sumatra-mandheling", "Sumatra Mandheling",
                    "سومطرة مانديلينغ", "سوماترا ماندلینگ", "17.00", null, "12 oz whole bean",
                    "Earthy and syrupy with cedar, dark chocolate and low acidity.",
                    "Wet-hulled beans from the highlands around Lake Toba, roasted medium-dark. Full-bodied "
                            + "and spicy; a favourite in the French press."),
            new ProductSpec("coffee", "kenya-nyeri-aa", "Kenya Nyeri AA",
                    "كينيا نييري AA", "کنیا نیری AA", "21.00", null, "12 oz whole bean",
                    "Bright blackcurrant and grapefruit with a juicy, winey body.",
                    "Large AA-grade beans from smallholders on the slopes of Mount Kenya, double fermented "
                            + "and sun dried on raised beds. Vivid and complex; brew it a little cooler."),
            new ProductSpec("coffee", "guatemala-antigua", "Guatemala Antigua",
                    "غواتيمالا أنتيغوا", "گواتمالا آنتیگوا", "17.50", null, "12 oz whole bean",
                    "Cocoa, toasted almond and a gentle spice.",
                    "Shade-grown in the volcanic valley of Antigua and roasted medium. Balanced and "
                            + "comforting, with a long cocoa finish."),
            new ProductSpec("coffee", "house-espresso-blend", "House Espresso Blend",
                    "خلطة إسبريسو المنزل", "ترکیب اسپرسو خانه", "15.00", null, "12 oz whole bean",
                    "Our everyday espresso: chocolate, hazelnut and a thick crema.",
                    "A blend of Brazilian and Colombian beans with a touch of Ethiopian for lift, roasted to "
                            + "pull sweet shots and hold its own under steamed milk."),
            // Tea
            new ProductSpec("tea", "darjeeling-first-flush", "Darjeeling First Flush",
                    "دارجيلنغ القطفة الأولى", "دارجلینگ برداشت اول", "22.00", null, "100 g loose leaf",
                    "Spring-picked black tea, light and flowery with a muscatel edge.",
                    "Harvested in March from a single estate near Kurseong. The first flush is the lightest "
                            + "Darjeeling of the year: brew it short and drink it without milk."),
            new ProductSpec("tea", "japanese-sencha", "Japanese Sencha",
                    "شاي سينشا الياباني", "چای سنچای ژاپنی", "14.00", null, "100 g loose leaf",
                    "Steamed green tea, grassy and sweet with a hint of sea air.",
                    "A first-harvest sencha from Shizuoka. Use water just off the boil (about 75 °C) for a "
                            + "bright green cup that stays sweet."),
            new ProductSpec("tea", "earl-grey-supreme", "Earl Grey Supreme",
                    "إيرل غراي الفاخر", "ارل گری ممتاز", "12.50", "10.50", "100 g loose leaf",
                    "Ceylon black tea with bergamot oil and blue cornflowers.",
                    "A brisk Ceylon base scented with cold-pressed Calabrian bergamot. Excellent on its own "
                            + "or with a splash of milk."),
            new ProductSpec("tea", "moroccan-mint", "Moroccan Mint",
                    "شاي النعناع المغربي", "چای نعناع مراکشی", "11.00", null, "100 g loose leaf",
                    "Gunpowder green tea with plenty of spearmint.",
                    "The classic pairing of rolled gunpowder green tea and dried spearmint. Brew strong, "
                            + "sweeten to taste and pour from a height."),
            new ProductSpec("tea", "jasmine-pearls", "Jasmine Pearls",
                    "لآلئ الياسمين", "مرواریدهای یاس", "19.00", null, "50 g loose leaf",
                    "Hand-rolled green tea pearls scented with fresh jasmine blossoms.",
                    "Young green tea leaves rolled into pearls and layered with jasmine flowers over several "
                            + "nights. Each pearl unfurls into a sweet, perfumed cup; steep them two or three times."),
            new ProductSpec("tea", "cardamom-black-tea", "Cardamom Black Tea",
                    "شاي أسود بالهيل", "چای سیاه هل" + ZWNJ + "دار", "13.00", null, "100 g loose leaf",
                    "Full-bodied black tea with whole green cardamom pods.",
                    "Strong Assam and Ceylon leaves blended with crushed green cardamom, the way it is "
                            + "brewed in homes from Tehran to Amman. Serve in a glass with a sugar cube."),
            // Mugs & Brewing
            new ProductSpec("brewing", "stoneware-mug", "Stoneware Mug",
                    "كوب من الخزف الحجري", "ماگ سفالی", "24.00", null, "350 ml",
                    "A hand-glazed stoneware mug that keeps coffee hot.",
                    "Thrown and glazed by a small pottery, with a comfortable handle and a thick wall that "
                            + "holds the heat. Dishwasher and microwave safe."),
            new ProductSpec("brewing", "double-wall-glass", "Double-Wall Glass Cup",
                    "كوب زجاجي مزدوج الجدار", "لیوان شیشه" + ZWNJ + "ای دوجداره", "18.00", null, "250 ml",
                    "Borosilicate glass cup that seems to float the drink inside it.",
                    "Two walls of heat-resistant glass keep hot drinks hot and the outside cool to the touch. "
                            + "Just right for a flat white or a glass of tea."),
            new ProductSpec("brewing", "pour-over-dripper", "Pour-Over Dripper",
                    "قمع التقطير اليدوي", "دریپر دم" + ZWNJ + "آوری دستی", "28.00", null, "Ceramic, 1-2 cups",
                    "A ceramic cone for clean, bright single cups.",
                    "Spiral ribs and a single large opening let you control the flow and the strength of "
                            + "your cup. Fits standard #2 paper filters."),
            new ProductSpec("brewing", "french-press", "French Press",
                    "مكبس فرنسي", "فرنچ پرس", "39.00", "34.00", "1 litre",
                    "A classic glass and steel press for full-bodied coffee.",
                    "A borosilicate glass beaker in a brushed steel frame, with a fine double mesh filter. "
                            + "Makes four generous cups in four minutes."),
            new ProductSpec("brewing", "hand-burr-grinder", "Hand Burr Grinder",
                    "مطحنة قهوة يدوية", "آسیاب دستی قهوه", "64.00", null, "Conical steel burrs",
                    "A compact grinder with steel burrs and 30 grind settings.",
                    "Conical stainless-steel burrs give an even grind from espresso-fine to French-press "
                            + "coarse. Small enough to travel, sturdy enough for every morning."),
            new ProductSpec("brewing", "gooseneck-kettle", "Gooseneck Kettle",
                    "غلاية بعنق الإوزة", "کتری گردن" + ZWNJ + "غازی", "55.00", null, "0.9 litre",
                    "A stovetop kettle with a slim spout for precise pouring.",
                    "The long, narrow spout gives a slow, steady stream for pour-over coffee and delicate "
                            + "teas. Built-in thermometer in the lid; works on gas, electric and induction."),
            // Gifts
            new ProductSpec("gifts", "coffee-tasting-flight", "Coffee Tasting Flight",
                    "مجموعة تذوق القهوة", "مجموعه" + ZWNJ + "ی چشیدن قهوه", "36.00", null, "4 x 4 oz",
                    "Four single origins in small bags, with tasting cards.",
                    "A trip around the coffee belt: Ethiopia, Kenya, Colombia and Sumatra in 4 oz bags, "
                            + "with a card for each describing the farm, the process and what to taste for."),
            new ProductSpec("gifts", "tea-sampler-tin", "Tea Sampler Tin",
                    "علبة تشكيلة الشاي", "قوطی نمونه" + ZWNJ + "های چای", "29.00", null, "6 x 25 g",
                    "Six of our teas in a keepsake tin.",
                    "Darjeeling, sencha, Earl Grey, Moroccan mint, jasmine pearls and cardamom black tea, "
                            + "each in its own sealed pouch inside a printed tin."),
            new ProductSpec("gifts", "pour-over-gift-set", "Pour-Over Gift Set",
                    "طقم هدية التقطير", "ست هدیه" + ZWNJ + "ی دم" + ZWNJ + "آوری", "72.00", null,
                    "Dripper, mug, filters, coffee",
                    "Dripper, stoneware mug, filters and a bag of Yirgacheffe in one box.",
                    "Everything needed to start brewing pour-over at home: our ceramic dripper, a stoneware "
                            + "mug, 100 paper filters and a 12 oz bag of Ethiopia Yirgacheffe."),
            new ProductSpec("gifts", "almond-biscotti", "Almond Biscotti",
                    "بسكوتي باللوز", "بیسکوتی بادامی", "9.50", null, "200 g",
                    "Twice-baked almond biscuits made for dunking.",
                    "Crisp Tuscan-style biscotti with whole toasted almonds and a hint of orange zest, baked "
                            + "by a neighbourhood bakery."),
            new ProductSpec("gifts", "dark-chocolate-bar", "Dark Chocolate Bar",
                    "لوح شوكولاتة داكنة", "تابلت شکلات تلخ", "7.00", null, "70% cacao, 80 g",
                    "A 70% single-origin bar with notes of red fruit.",
                    "Made bean-to-bar from Ecuadorian cacao with just cacao and cane sugar. Try a square "
                            + "with the Kenya Nyeri."),
            new ProductSpec("gifts", "cold-brew-starter-kit", "Cold Brew Starter Kit",
                    "طقم تحضير القهوة الباردة", "کیت شروع قهوه" + ZWNJ + "ی سرددم", "45.00", null,
                    "1 litre jar, filter, coffee",
                    "A glass jar, reusable filter and coarse-ground coffee for cold brew.",
                    "Steep overnight in the fridge for a smooth, low-acid concentrate. Includes a one-litre "
                            + "glass jar, a stainless filter and 12 oz of coarse-ground House Espresso Blend.")));

    private DemoCatalog() {
    }

    public static List<CategorySpec> categories() {
        return CATEGORIES;
    }

    public static List<ProductSpec> products() {
        return PRODUCTS;
    }

    public static List<ProductSpec> productsIn(String categorySlug) {
        List<ProductSpec> result = new ArrayList<ProductSpec>();
        for (ProductSpec product : PRODUCTS) {
            if (product.categorySlug.equals(categorySlug)) {
                result.add(product);
            }
        }
        return result;
    }

    public static ProductSpec product(String slug) {
        for (ProductSpec product : PRODUCTS) {
            if (product.slug.equals(slug)) {
                return product;
            }
        }
        throw new IllegalArgumentException("No demo product " + slug);
    }

    public static CategorySpec category(String slug) {
        for (CategorySpec category : CATEGORIES) {
            if (category.slug.equals(slug)) {
                return category;
            }
        }
        throw new IllegalArgumentException("No demo category " + slug);
    }

    /** A storefront category: URL {@code /<slug>}, image {@code /img/categories/<slug>.svg}. */
    public static final class CategorySpec {
        public final String slug;
        public final String name;
        public final String nameAr;
        public final String nameFa;
        public final String description;
        public final String longDescription;

        CategorySpec(String slug, String name, String nameAr, String nameFa, String description,
                String longDescription) {
            this.slug = slug;
            this.name = name;
            this.nameAr = nameAr;
            this.nameFa = nameFa;
            this.description = description;
            this.longDescription = longDescription;
        }

        public String url() {
            return "/" + slug;
        }

        public String imageUrl() {
            return "/img/categories/" + slug + ".svg";
        }
    }

    /** A product with one default SKU: URL {@code /<category>/<slug>}, image {@code /img/products/<slug>.svg}. */
    public static final class ProductSpec {
        public final String categorySlug;
        public final String slug;
        public final String name;
        public final String nameAr;
        public final String nameFa;
        public final BigDecimal retailPrice;
        /** null when the product is not on sale */
        public final BigDecimal salePrice;
        /** size or format, stored as the product's model */
        public final String model;
        public final String description;
        public final String longDescription;

        ProductSpec(String categorySlug, String slug, String name, String nameAr, String nameFa,
                String retailPrice, String salePrice, String model, String description, String longDescription) {
            this.categorySlug = categorySlug;
            this.slug = slug;
            this.name = name;
            this.nameAr = nameAr;
            this.nameFa = nameFa;
            this.retailPrice = new BigDecimal(retailPrice);
            this.salePrice = salePrice == null ? null : new BigDecimal(salePrice);
            this.model = model;
            this.description = description;
            this.longDescription = longDescription;
        }

        public String url() {
            return "/" + categorySlug + "/" + slug;
        }

        public String imageUrl() {
            return "/img/products/" + slug + ".svg";
        }
    }
}
