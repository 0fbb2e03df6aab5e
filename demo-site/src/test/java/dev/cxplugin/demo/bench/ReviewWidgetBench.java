package dev.cxplugin.demo.bench;

import dev.cxplugin.demo.launcher.DemoDatabase;
import dev.cxplugin.demo.launcher.RunningDemoStore;
import dev.cxplugin.demo.launcher.SiteBeans;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * review-widget: the demo store's product page with the review widgets (summary, a page of reviews, JSON-LD) vs
 * the same page without them ({@code ?reviewWidgets=off}, which the demo template honours for this purpose),
 * alternating request by request in one run, for a product with 10 and then 10,000 approved reviews. Also counts
 * the SQL statements Hibernate prepares per page view (median over single views; the statistics of the site's
 * session factory), which must not grow with the number of reviews.
 * Options: -Dwarmup=100 -Dviews=400 (per variant and size).
 */
public final class ReviewWidgetBench {

    static final String PRODUCT = "/coffee/kenya-nyeri-aa";

    private ReviewWidgetBench() {
    }

    public static void main(String[] args) throws Exception {
        int warmup = Integer.getInteger("warmup", 100);
        int views = Integer.getInteger("views", 400);
        System.setProperty("cx.it.dataDir", "target/bench-review-data");
        RunningDemoStore.get();
        HttpClient client = RunningDemoStore.newSession();
        String page = fetch(client, PRODUCT);
        Matcher m = Pattern.compile("/cx/review\\?productId=(\\d+)").matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("the product page has no review widgets");
        }
        long productId = Long.parseLong(m.group(1));
        Object stats = statistics();

        String result10 = null;
        double[] r10 = null;
        double[] r10k = null;
        long sql10 = 0;
        long sql10k = 0;
        for (int size : new int[] {10, 10_000}) {
            seed(productId, size);
            if (!fetch(client, PRODUCT).contains("\"reviewCount\":" + size)) {
                throw new IllegalStateException("the page does not show " + size + " reviews");
            }
            for (int i = 0; i < warmup; i++) {
                fetch(client, PRODUCT);
                fetch(client, PRODUCT + "?reviewWidgets=off");
            }
            List<Long> with = new ArrayList<>();
            List<Long> without = new ArrayList<>();
            List<Long> statements = new ArrayList<>();
            List<Long> statementsWithout = new ArrayList<>();
            for (int i = 0; i < views; i++) {
                // alternate which goes first so drift hits both alike
                boolean withFirst = i % 2 == 0;
                for (int k = 0; k < 2; k++) {
                    boolean widgets = (k == 0) == withFirst;
                    long before = prepared(stats);
                    long t0 = System.nanoTime();
                    fetch(client, widgets ? PRODUCT : PRODUCT + "?reviewWidgets=off");
                    long t = System.nanoTime() - t0;
                    if (widgets) {
                        statements.add(prepared(stats) - before);
                        with.add(t);
                    } else {
                        statementsWithout.add(prepared(stats) - before);
                        without.add(t);
                    }
                }
            }
            double p50With = pct(with, 50) / 1e6;
            double p50Without = pct(without, 50) / 1e6;
            double p95With = pct(with, 95) / 1e6;
            double p95Without = pct(without, 95) / 1e6;
            long sql = pct(statements, 50);
            System.out.printf(Locale.ROOT, "reviews=%d  with widgets p50=%.2f ms p95=%.2f ms | without p50=%.2f ms p95=%.2f ms"
                    + " | ratio p50=%.3f p95=%.3f | SQL statements per view (median)=%d (without widgets %d)%n",
                    size, p50With, p95With, p50Without, p95Without, p50With / p50Without, p95With / p95Without, sql,
                    pct(statementsWithout, 50));
            if (size == 10) {
                r10 = new double[] {p50With / p50Without};
                sql10 = sql;
            } else {
                r10k = new double[] {p50With / p50Without};
                sql10k = sql;
            }
        }
        System.out.printf(Locale.ROOT, "RESULT review-widget ratio_p50=%.3f sql_at_10=%d sql_at_10000=%d%n",
                r10k[0], sql10, sql10k);
        System.exit(0);
    }

    static String fetch(HttpClient client, String path) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(RunningDemoStore.baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode());
        }
        return r.body();
    }

    /** Replaces the product's reviews with {@code n} approved ones (varied stars, dates, votes) and their summary. */
    static void seed(long productId, int n) throws Exception {
        DemoDatabase db = new DemoDatabase(RunningDemoStore.get().getSettings());
        try (Connection c = DriverManager.getConnection(db.url, db.user, db.password)) {
            c.setAutoCommit(false);
            try (PreparedStatement d = c.prepareStatement("DELETE FROM CX_REVIEW WHERE PRODUCT_ID = ?")) {
                d.setLong(1, productId);
                d.executeUpdate();
            }
            int[] per = new int[6];
            long sum = 0;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO CX_REVIEW (REVIEW_ID, CUSTOMER_ID, PRODUCT_ID, RATING, TITLE, BODY,"
                    + " STATUS, DISPLAY_NAME, VERIFIED_BUYER, INCENTIVISED, LOCALE, HELPFUL_COUNT, NOT_HELPFUL_COUNT, CREATED_DATE, UPDATED_DATE)"
                    + " VALUES (?, ?, ?, ?, ?, ?, 'APPROVED', ?, ?, FALSE, 'en', ?, 0, ?, ?)")) {
                long now = System.currentTimeMillis();
                for (int i = 0; i < n; i++) {
                    int stars = 1 + (i * 7 % 5);
                    per[stars]++;
                    sum += stars;
                    ps.setLong(1, 900_000_000L + i);
                    ps.setLong(2, 800_000_000L + i);
                    ps.setLong(3, productId);
                    ps.setInt(4, stars);
                    ps.setString(5, "Bench review " + i);
                    ps.setString(6, "A review written for the benchmark, number " + i + ". Bright, juicy and sweet in the cup.");
                    ps.setString(7, "Reviewer " + i);
                    ps.setBoolean(8, i % 3 == 0);
                    ps.setInt(9, i % 11);
                    Timestamp ts = new Timestamp(now - i * 60_000L);
                    ps.setTimestamp(10, ts);
                    ps.setTimestamp(11, ts);
                    ps.addBatch();
                    if (i % 1000 == 999) {
                        ps.executeBatch();
                    }
                }
                if (n % 1000 != 0) {
                    ps.executeBatch();
                }
            }
            try (PreparedStatement d = c.prepareStatement("DELETE FROM CX_RATING_SUMMARY WHERE PRODUCT_ID = ?")) {
                d.setLong(1, productId);
                d.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO CX_RATING_SUMMARY (PRODUCT_ID, APPROVED_COUNT, RATING_SUM,"
                    + " STARS_1, STARS_2, STARS_3, STARS_4, STARS_5, CONTENT_VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                // a new version: what the store's widget cache holds for this product is stale after this reseed
                ps.setLong(9, System.nanoTime());
                ps.setLong(1, productId);
                ps.setInt(2, n);
                ps.setLong(3, sum);
                for (int s = 1; s <= 5; s++) {
                    ps.setInt(3 + s, per[s]);
                }
                ps.executeUpdate();
            }
            c.commit();
        }
    }

    /** The storefront's Hibernate statistics, switched on. */
    static Object statistics() {
        Object emf = SiteBeans.bean("entityManagerFactory");
        Object nativeEmf = SiteBeans.call(emf, "getNativeEntityManagerFactory", new Class<?>[0]);
        Object sessionFactory = SiteBeans.call(nativeEmf, "getSessionFactory", new Class<?>[0]);
        Object stats = SiteBeans.call(sessionFactory, "getStatistics", new Class<?>[0]);
        SiteBeans.call(stats, "setStatisticsEnabled", new Class<?>[] {boolean.class}, true);
        return stats;
    }

    static long prepared(Object stats) {
        return (Long) SiteBeans.call(stats, "getPrepareStatementCount", new Class<?>[0]);
    }

    static long pct(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
