package dev.cxplugin.bench;

import dev.cxplugin.loyalty.service.CxLoyaltyService;
import dev.cxplugin.test.BroadleafTestContext;
import dev.cxplugin.test.CheckoutFixtures;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.order.service.OrderService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

/**
 * loyalty-checkout: Broadleaf's checkout with the loyalty programme earning vs not, in the same JVM and run.
 * Loyalty adds no checkout activity: orders earn from a background job that picks up SUBMITTED orders without an
 * EARN line. So "on" is checkout while that job runs (every {@code -DearnEveryMs=10000} ms, the shipped default;
 * 200 makes it run back to back, a stress case) and "off" is checkout with the job stopped.
 * Blocks of {@code -Dblock=25} checkouts alternate on/off until each has {@code -Dcheckouts=300} (after
 * {@code -Dwarmup=50}); at the end every order must have earned exactly once.
 * RESULT loyalty-checkout ratio_p50=&lt;on/off&gt;
 */
public final class LoyaltyCheckoutBench {

    private LoyaltyCheckoutBench() {
    }

    public static void main(String[] args) throws Exception {
        int warmup = Integer.getInteger("warmup", 50);
        int checkouts = Integer.getInteger("checkouts", 300);
        int block = Integer.getInteger("block", 25);
        long earnEvery = Long.getLong("earnEveryMs", 10000);
        ConfigurableApplicationContext ctx = BroadleafTestContext.get();
        CxLoyaltyService loyalty = ctx.getBean("cxLoyaltyService", CxLoyaltyService.class);
        CheckoutFixtures fixtures = new CheckoutFixtures(ctx);
        OrderService orderService = ctx.getBean("blOrderService", OrderService.class);
        CheckoutService checkoutService = ctx.getBean("blCheckoutService", CheckoutService.class);
        List<Product> products = Arrays.asList(
                fixtures.aProduct("Ethiopian filter coffee 250 g", "12.50"),
                fixtures.aProduct("Ceramic pour-over dripper", "24.00"),
                fixtures.aProduct("Paper filters, 100", "4.75"));

        AtomicBoolean earning = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        AtomicInteger earned = new AtomicInteger();
        Thread job = new Thread(() -> {
            while (!stop.get()) {
                try {
                    if (earning.get()) {
                        earned.addAndGet(loyalty.earnSubmittedOrders(new Date()));
                    }
                    Thread.sleep(earnEvery);
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    System.out.println("earning pass failed: " + e);
                }
            }
        }, "bench-loyalty-earning");
        job.setDaemon(true);
        job.start();

        for (int i = 0; i < warmup; i++) {
            earning.set(i % 2 == 0);
            CheckoutOverheadBench.timedCheckout(fixtures, orderService, checkoutService, products, i);
        }
        List<Long> on = new ArrayList<>();
        List<Long> off = new ArrayList<>();
        int i = warmup;
        boolean phaseOn = true;
        long start = System.nanoTime();
        while (on.size() < checkouts || off.size() < checkouts) {
            earning.set(phaseOn);
            List<Long> into = phaseOn ? on : off;
            for (int k = 0; k < block && into.size() < checkouts; k++) {
                into.add(CheckoutOverheadBench.timedCheckout(fixtures, orderService, checkoutService, products, i++));
            }
            phaseOn = !phaseOn;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        earning.set(true);
        // let the job catch up, then check every order earned exactly once
        long deadline = System.currentTimeMillis() + 120_000L;
        JdbcTemplate jdbc = new JdbcTemplate(ctx.getBean("cxTestDataSource", DataSource.class));
        int orders = i;
        Integer earns = 0;
        while (System.currentTimeMillis() < deadline) {
            earns = jdbc.queryForObject("SELECT COUNT(*) FROM CX_LOYALTY_ENTRY WHERE KIND = 'EARN'", Integer.class);
            if (earns != null && earns >= orders) {
                break;
            }
            Thread.sleep(500);
        }
        stop.set(true);
        job.join(10_000);
        Integer distinct = jdbc.queryForObject("SELECT COUNT(DISTINCT ORDER_ID) FROM CX_LOYALTY_ENTRY WHERE KIND = 'EARN'", Integer.class);
        boolean exact = earns != null && earns == orders && distinct != null && distinct == orders;

        long[] a = on.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] b = off.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%n%d checkouts in %.0f s, blocks of %d alternating; performCheckout (ms):%n",
                a.length + b.length, seconds, block);
        System.out.printf(Locale.ROOT, "%-12s %6s %8s %8s %8s%n", "loyalty", "n", "p50", "p95", "mean");
        System.out.printf(Locale.ROOT, "%-12s %6d %8.2f %8.2f %8.2f%n", "on (job)", a.length,
                CheckoutOverheadBench.ms(CheckoutOverheadBench.percentile(a, 50)),
                CheckoutOverheadBench.ms(CheckoutOverheadBench.percentile(a, 95)), CheckoutOverheadBench.ms(CheckoutOverheadBench.mean(a)));
        System.out.printf(Locale.ROOT, "%-12s %6d %8.2f %8.2f %8.2f%n", "off", b.length,
                CheckoutOverheadBench.ms(CheckoutOverheadBench.percentile(b, 50)),
                CheckoutOverheadBench.ms(CheckoutOverheadBench.percentile(b, 95)), CheckoutOverheadBench.ms(CheckoutOverheadBench.mean(b)));
        double ratio = (double) CheckoutOverheadBench.percentile(a, 50) / CheckoutOverheadBench.percentile(b, 50);
        System.out.printf(Locale.ROOT, "orders %d, EARN lines %d (distinct orders %d): each order earned once: %s%n",
                orders, earns, distinct, exact);
        System.out.printf(Locale.ROOT, "on / off: p50 x%.3f (target <= 1.05: %s); machine %d cores, load %.2f, Java %s, database %s%n",
                ratio, ratio <= 1.05 ? "met" : "NOT met", Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.version"), System.getProperty("cx.test.db", "hsqldb"));
        System.out.printf(Locale.ROOT, "RESULT loyalty-checkout ratio_p50=%.3f%n", ratio);
        System.exit(exact ? 0 : 1);
    }
}
