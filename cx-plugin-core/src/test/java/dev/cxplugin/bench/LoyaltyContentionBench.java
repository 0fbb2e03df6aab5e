package dev.cxplugin.bench;

import dev.cxplugin.loyalty.service.CxLoyaltyException;
import dev.cxplugin.loyalty.service.CxLoyaltyService;
import dev.cxplugin.test.BroadleafTestContext;
import dev.cxplugin.test.CheckoutFixtures;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

/**
 * loyalty-contention: {@code -Dthreads=8} threads x {@code -Dops=500} operations on ONE customer's account,
 * alternating a checkout that earns (Broadleaf checkout, then the order's EARN) and a redemption of 100 points
 * (a single-use offer code). The account starts with fewer points than all redemptions want, so many are refused
 * at the boundary. A watcher polls the account row for a negative balance all along. At the end the row must
 * equal the ledger sums exactly and every accepted redemption must have its own Broadleaf offer code.
 * RESULT loyalty-contention exact=&lt;b&gt; negative_seen=&lt;b&gt; ops_per_sec=&lt;x&gt;
 */
public final class LoyaltyContentionBench {

    private LoyaltyContentionBench() {
    }

    public static void main(String[] args) throws Exception {
        int threads = Integer.getInteger("threads", 8);
        int ops = Integer.getInteger("ops", 500);
        ConfigurableApplicationContext ctx = BroadleafTestContext.get();
        CxLoyaltyService loyalty = ctx.getBean("cxLoyaltyService", CxLoyaltyService.class);
        CheckoutFixtures fixtures = new CheckoutFixtures(ctx);
        JdbcTemplate jdbc = new JdbcTemplate(ctx.getBean("cxTestDataSource", DataSource.class));
        Product product = fixtures.aProduct("Contention mug", "10.00");
        Customer c = fixtures.aCustomer("Contention", "en_US");
        long initial = (long) threads * ops * 100 / 4; // half of what the redemptions want
        loyalty.bonus(c.getId(), initial, "Benchmark start", "BONUS:bench:" + UUID.randomUUID());
        fixtures.inTransaction(() -> fixtures.locale("en_US"));

        AtomicBoolean done = new AtomicBoolean();
        AtomicBoolean negative = new AtomicBoolean();
        AtomicInteger polls = new AtomicInteger();
        Thread watcher = new Thread(() -> {
            while (!done.get()) {
                Map<String, Object> row = jdbc.queryForMap(
                        "SELECT AVAILABLE_POINTS, PENDING_POINTS FROM CX_LOYALTY_ACCOUNT WHERE CUSTOMER_ID = ?", c.getId());
                if (((Number) row.get("AVAILABLE_POINTS")).longValue() < 0 || ((Number) row.get("PENDING_POINTS")).longValue() < 0) {
                    negative.set(true);
                }
                polls.incrementAndGet();
            }
        }, "bench-negative-watcher");
        watcher.setDaemon(true);
        watcher.start();

        AtomicInteger redeemed = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger checkedOut = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            final int thread = t;
            futures.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < ops; i++) {
                    try {
                        if ((i + thread) % 2 == 0) {
                            Order o = fixtures.aSubmittedOrder(c, product, 1);
                            loyalty.earnForOrder(o.getId());
                            checkedOut.incrementAndGet();
                        } else {
                            loyalty.redeem(c.getId(), 100, UUID.randomUUID().toString());
                            redeemed.incrementAndGet();
                        }
                    } catch (CxLoyaltyException e) {
                        refused.incrementAndGet();
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                        System.out.println("operation failed: " + e);
                    }
                }
                return null;
            }));
        }
        long start = System.nanoTime();
        go.countDown();
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        done.set(true);
        watcher.join(5000);

        Map<String, Object> account = jdbc.queryForMap(
                "SELECT AVAILABLE_POINTS, PENDING_POINTS FROM CX_LOYALTY_ACCOUNT WHERE CUSTOMER_ID = ?", c.getId());
        Map<String, Object> ledger = jdbc.queryForMap("SELECT SUM(AVAILABLE_DELTA) AS A, SUM(PENDING_DELTA) AS P, "
                + "SUM(CASE WHEN KIND = 'REDEEM' THEN 1 ELSE 0 END) AS R, SUM(CASE WHEN KIND = 'EARN' THEN 1 ELSE 0 END) AS E "
                + "FROM CX_LOYALTY_ENTRY WHERE CUSTOMER_ID = ?", c.getId());
        Integer codes = jdbc.queryForObject("SELECT COUNT(*) FROM BLC_OFFER_CODE oc WHERE oc.OFFER_CODE IN "
                + "(SELECT e.OFFER_CODE FROM CX_LOYALTY_ENTRY e WHERE e.CUSTOMER_ID = ? AND e.KIND = 'REDEEM')", Integer.class, c.getId());
        long available = ((Number) account.get("AVAILABLE_POINTS")).longValue();
        long pending = ((Number) account.get("PENDING_POINTS")).longValue();
        long ledgerAvailable = ((Number) ledger.get("A")).longValue();
        long ledgerPending = ((Number) ledger.get("P")).longValue();
        long redeemLines = ((Number) ledger.get("R")).longValue();
        long earnLines = ((Number) ledger.get("E")).longValue();
        boolean exact = available == ledgerAvailable && pending == ledgerPending && redeemLines == redeemed.get()
                && codes != null && codes == redeemed.get() && earnLines == checkedOut.get()
                && available == initial - 100L * redeemed.get() && failures.get() == 0;
        int total = checkedOut.get() + redeemed.get() + refused.get();
        System.out.printf(Locale.ROOT, "%d threads x %d ops on one account in %.1f s: %d checkouts earned, %d redemptions, "
                + "%d refused (not enough points), %d failures%n", threads, ops, seconds, checkedOut.get(), redeemed.get(),
                refused.get(), failures.get());
        System.out.printf(Locale.ROOT, "account available %d / ledger %d; pending %d / ledger %d; REDEEM lines %d, their offer codes %d; "
                + "start %d - 100 x %d = %d; watcher polls %d%n", available, ledgerAvailable, pending, ledgerPending, redeemLines,
                codes, initial, redeemed.get(), initial - 100L * redeemed.get(), polls.get());
        System.out.printf(Locale.ROOT, "machine %d cores, load %.2f, Java %s, database %s%n", Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.version"), System.getProperty("cx.test.db", "hsqldb"));
        System.out.printf(Locale.ROOT, "RESULT loyalty-contention exact=%s negative_seen=%s ops_per_sec=%.1f%n",
                exact, negative.get(), total / seconds);
        System.exit(exact && !negative.get() ? 0 : 1);
    }
}
