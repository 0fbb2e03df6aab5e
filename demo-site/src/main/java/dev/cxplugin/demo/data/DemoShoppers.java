package dev.cxplugin.demo.data;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo store's registered customers and the orders each of them has already placed. Usernames are the
 * email addresses; passwords are encoded by the store's configured password encoder at registration.
 */
public final class DemoShoppers {

    public static final String SHOPPER_EMAIL = "shopper@example.com";
    public static final String SHOPPER_PASSWORD = "shopper123";
    public static final String ARABIC_SHOPPER_EMAIL = "layla@example.com";
    public static final String ARABIC_SHOPPER_PASSWORD = "layla123";
    public static final String PERSIAN_SHOPPER_EMAIL = "dariush@example.com";
    public static final String PERSIAN_SHOPPER_PASSWORD = "dariush123";

    private static final List<ShopperSpec> ALL = Collections.unmodifiableList(Arrays.asList(
            new ShopperSpec(SHOPPER_EMAIL, SHOPPER_PASSWORD, "Sam", "Shopper", "en_US",
                    new AddressSpec("1200 SE Morrison St", "Portland", "OR", "Oregon", "97214", "503-555-0142"),
                    Arrays.asList(
                            order(45, "ethiopia-yirgacheffe", 1, "stoneware-mug", 2),
                            order(20, "house-espresso-blend", 2, "almond-biscotti", 1),
                            order(5, "pour-over-dripper", 1, "kenya-nyeri-aa", 1))),
            new ShopperSpec(ARABIC_SHOPPER_EMAIL, ARABIC_SHOPPER_PASSWORD, "Layla", "Haddad", "ar",
                    new AddressSpec("22100 Michigan Ave", "Dearborn", "MI", "Michigan", "48124", "313-555-0178"),
                    Arrays.asList(
                            order(30, "cardamom-black-tea", 2, "double-wall-glass", 1),
                            order(9, "moroccan-mint", 1, "tea-sampler-tin", 1, "dark-chocolate-bar", 2))),
            new ShopperSpec(PERSIAN_SHOPPER_EMAIL, PERSIAN_SHOPPER_PASSWORD, "Dariush", "Karimi", "fa",
                    new AddressSpec("10850 Wilshire Blvd, Apt 5", "Los Angeles", "CA", "California", "90024",
                            "310-555-0193"),
                    Arrays.asList(
                            order(38, "french-press", 1, "sumatra-mandheling", 1),
                            order(12, "jasmine-pearls", 1, "gooseneck-kettle", 1),
                            order(2, "cold-brew-starter-kit", 1)))));

    private DemoShoppers() {
    }

    public static List<ShopperSpec> all() {
        return ALL;
    }

    private static OrderSpec order(int daysAgo, Object... skuAndQuantity) {
        Map<String, Integer> lines = new LinkedHashMap<String, Integer>();
        for (int i = 0; i < skuAndQuantity.length; i += 2) {
            lines.put((String) skuAndQuantity[i], (Integer) skuAndQuantity[i + 1]);
        }
        return new OrderSpec(daysAgo, lines);
    }

    public static final class ShopperSpec {
        public final String email;
        public final String password;
        public final String firstName;
        public final String lastName;
        /** a BLC_LOCALE code: en_US, ar or fa */
        public final String localeCode;
        public final AddressSpec address;
        public final List<OrderSpec> orders;

        ShopperSpec(String email, String password, String firstName, String lastName, String localeCode,
                AddressSpec address, List<OrderSpec> orders) {
            this.email = email;
            this.password = password;
            this.firstName = firstName;
            this.lastName = lastName;
            this.localeCode = localeCode;
            this.address = address;
            this.orders = Collections.unmodifiableList(orders);
        }
    }

    /** A United States shipping address. */
    public static final class AddressSpec {
        public final String line1;
        public final String city;
        public final String stateCode;
        public final String stateName;
        public final String postalCode;
        public final String phone;

        AddressSpec(String line1, String city, String stateCode, String stateName, String postalCode, String phone) {
            this.line1 = line1;
            this.city = city;
            this.stateCode = stateCode;
            this.stateName = stateName;
            this.postalCode = postalCode;
            this.phone = phone;
        }
    }

    /** A past order: product slug to quantity, submitted {@code daysAgo} days before the data was loaded. */
    public static final class OrderSpec {
        public final int daysAgo;
        public final Map<String, Integer> lines;

        OrderSpec(int daysAgo, Map<String, Integer> lines) {
            this.daysAgo = daysAgo;
            this.lines = Collections.unmodifiableMap(lines);
        }
    }
}
