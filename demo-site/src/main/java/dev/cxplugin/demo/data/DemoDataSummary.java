package dev.cxplugin.demo.data;

/** What one run of {@link DemoDataLoader#load()} created. */
public final class DemoDataSummary {

    int referenceRows;
    int categories;
    int products;
    int translations;
    int customers;
    int orders;
    int complaints;
    int loyaltyLines;
    long elapsedMillis;

    /** Currency, locale, country, state and customer-role rows that were missing and got created. */
    public int getReferenceRows() {
        return referenceRows;
    }

    /** Storefront categories, not counting the root "Primary Nav" category. */
    public int getCategories() {
        return categories;
    }

    public int getProducts() {
        return products;
    }

    public int getTranslations() {
        return translations;
    }

    public int getCustomers() {
        return customers;
    }

    public int getOrders() {
        return orders;
    }

    /** Sample complaint tickets (played through the desk). */
    public int getComplaints() {
        return complaints;
    }

    /** Ledger lines written after the orders (releases, redemptions); earn, bonus and expiry lines not counted. */
    public int getLoyaltyLines() {
        return loyaltyLines;
    }

    public long getElapsedMillis() {
        return elapsedMillis;
    }

    public boolean isEmpty() {
        return referenceRows + categories + products + translations + customers + orders + complaints + loyaltyLines == 0;
    }

    /** The one log line the loader writes. */
    public String describe() {
        if (isEmpty()) {
            return "CX demo data: already present, nothing created (" + elapsedMillis + " ms)";
        }
        return "CX demo data: created " + categories + " categories, " + products + " products, "
                + translations + " translations, " + customers + " customers, " + orders + " submitted orders, " + complaints + " complaints, "
                + loyaltyLines + " later points lines, "
                + referenceRows + " reference rows (currency/locales/country/states/role) in " + elapsedMillis + " ms";
    }

    @Override
    public String toString() {
        return describe();
    }
}
