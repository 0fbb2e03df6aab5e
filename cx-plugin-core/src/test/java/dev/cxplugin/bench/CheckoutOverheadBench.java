package dev.cxplugin.bench;

import dev.cxplugin.test.BroadleafTestContext;
import dev.cxplugin.test.CheckoutFixtures;
import dev.cxplugin.test.TestMailServer;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.payment.domain.PaymentTransaction;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.mail.internet.MimeMessage;
import javax.sql.DataSource;

/**
 * checkout-overhead: how much longer Broadleaf's checkout takes with the plugin than without it, and how much
 * longer it takes when the confirmation is sent inside checkout as Broadleaf's demo store does.
 * <p>
 * Run without {@code -Dcx.bench.variant} this is the parent: it starts one child JVM per variant and round
 * (Broadleaf's context boots only once per JVM), rotating the variants' order each round so machine noise hits
 * all alike, pools each variant's timings and prints p50/p95/mean, the ratios and the RESULT line last.
 * A child ({@code -Dcx.bench.variant=plain|plugin|sync}) boots the context, places warm-up orders, then times
 * {@code blCheckoutService.performCheckout} of the measured orders: the part of the checkout request a shopper
 * waits for that the plugin can change. Options: {@code -Drounds=3 -Dwarmup=50 -Dcheckouts=300}; for a look at where
 * the time goes {@code -Dprofile=true} (samples the checkout thread; slows it) and {@code -Dvariants=plugin}.
 */
public final class CheckoutOverheadBench {

    static final String[] VARIANTS = {"plain", "plugin", "sync"};
    /**
     * Variants for attributing the plugin's cost (-Dvariants=plain,plugin,bare,...): the plugin's context with the
     * recording activity taken out (bare), or with a part of it left out (see {@link AttributionActivity}).
     */
    static final String[] EXTRA_VARIANTS = {"bare", "nosnapshot", "snapshotonly", "noquery"};
    static final String SAMPLES = "SAMPLES ";
    static final String CPU_SAMPLES = "CPUSAMPLES ";
    static final String WARMUP_SAMPLES = "WARMUPSAMPLES ";
    static final String WRITER_CPU = "WRITERCPU ";
    /** The outbox writer thread's CPU nanoseconds per order, one figure per plugin JVM (filled by runChild). */
    static final List<Long> WRITER = new ArrayList<>();
    /** Each variant's warm-up timings (the JIT still compiling), pooled over the rounds: shown, not the figure. */
    static final Map<String, List<Long>> WARMUP = new LinkedHashMap<>();
    static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** CPU time of the checkout thread in the last timed checkout (wall time waits for a core on a busy machine). */
    static long lastCpuNanos;
    static final String[] LOCALES = {"en_US", "ar", "fa"};

    private CheckoutOverheadBench() {
    }

    public static void main(String[] args) throws Exception {
        String variant = System.getProperty("cx.bench.variant");
        if (variant == null) {
            System.exit(parent());
        }
        try {
            child(variant);
            System.exit(0);
        } catch (Throwable e) {
            System.err.println("checkout-overhead [" + variant + "] failed: " + e);
            e.printStackTrace();
            System.exit(1);
        }
    }

    // ---------------------------------------------------------------- parent

    static int parent() throws Exception {
        int rounds = Integer.getInteger("rounds", 3);
        String[] variants = System.getProperty("variants", String.join(",", VARIANTS)).split(",");
        for (String v : variants) {
            if (!Arrays.asList(VARIANTS).contains(v) && !Arrays.asList(EXTRA_VARIANTS).contains(v)) {
                System.out.println("checkout-overhead: unknown variant '" + v + "'; variants are " + String.join(",", VARIANTS));
                return 2;
            }
        }
        Map<String, List<Long>> pooled = new LinkedHashMap<>();
        Map<String, List<String>> perRound = new LinkedHashMap<>();
        for (String v : variants) {
            pooled.put(v, new ArrayList<>());
            perRound.put(v, new ArrayList<>());
        }
        long start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < variants.length; k++) {
                String v = variants[(k + round) % variants.length];
                long[] nanos = runChild(v, round + 1);
                if (nanos == null) {
                    System.out.println("checkout-overhead: variant " + v + " of round " + (round + 1) + " failed; no result");
                    return 1;
                }
                for (long n : nanos) {
                    pooled.get(v).add(n);
                }
                long[] sorted = nanos.clone();
                Arrays.sort(sorted);
                perRound.get(v).add(String.format(Locale.ROOT, "%.2f", ms(percentile(sorted, 50))));
            }
        }
        System.out.printf(Locale.ROOT, "%n%d rounds in %.0f s; performCheckout times pooled over the rounds (ms):%n",
                rounds, (System.nanoTime() - start) / 1e9);
        System.out.printf(Locale.ROOT, "%-8s %6s %8s %8s %8s %8s   %s%n", "variant", "n", "p50", "p95", "mean", "max", "p50 per round");
        Map<String, long[]> sortedByVariant = new LinkedHashMap<>();
        for (String v : variants) {
            long[] s = pooled.get(v).stream().mapToLong(Long::longValue).sorted().toArray();
            sortedByVariant.put(v, s);
            System.out.printf(Locale.ROOT, "%-8s %6d %8.2f %8.2f %8.2f %8.2f   %s%n", v, s.length, ms(percentile(s, 50)),
                    ms(percentile(s, 95)), ms(mean(s)), ms(s[s.length - 1]), String.join(" ", perRound.get(v)));
        }
        System.out.printf(Locale.ROOT, "checkout thread CPU time per checkout, pooled (ms; what the checkout itself costs,"
                + " without waiting for a core):%n");
        Map<String, long[]> cpuSorted = new LinkedHashMap<>();
        for (String v : variants) {
            long[] s = CPU.getOrDefault(v, new ArrayList<>()).stream().mapToLong(Long::longValue).sorted().toArray();
            if (s.length == 0) {
                continue;
            }
            cpuSorted.put(v, s);
            System.out.printf(Locale.ROOT, "%-12s cpu p50 %6.3f  p95 %6.3f  mean %6.3f%n", v, ms(percentile(s, 50)),
                    ms(percentile(s, 95)), ms(mean(s)));
        }
        if (!pooled.containsKey("plain")) {
            System.out.println("checkout-overhead: no plain variant; no ratios");
            return 0;
        }
        for (String v : variants) {
            if (!v.equals("plain")) {
                long[] s = sortedByVariant.get(v);
                long[] plainS = sortedByVariant.get("plain");
                System.out.printf(Locale.ROOT, "%s / plain: p50 x%.3f (+%.3f ms), p95 x%.3f; CPU p50 x%.3f (+%.3f ms)%n", v,
                        (double) percentile(s, 50) / percentile(plainS, 50), ms(percentile(s, 50) - percentile(plainS, 50)),
                        (double) percentile(s, 95) / percentile(plainS, 95),
                        (double) percentile(cpuSorted.get(v), 50) / percentile(cpuSorted.get("plain"), 50),
                        ms(percentile(cpuSorted.get(v), 50) - percentile(cpuSorted.get("plain"), 50)));
            }
        }
        if (!Arrays.asList(variants).containsAll(Arrays.asList(VARIANTS))) {
            System.out.println("checkout-overhead: only " + String.join(",", variants) + " ran; no ratios");
            return 0;
        }
        long[] plain = sortedByVariant.get("plain");
        long[] plugin = sortedByVariant.get("plugin");
        long[] sync = sortedByVariant.get("sync");
        double ratioP50 = (double) percentile(plugin, 50) / percentile(plain, 50);
        double ratioP95 = (double) percentile(plugin, 95) / percentile(plain, 95);
        double syncP50 = (double) percentile(sync, 50) / percentile(plain, 50);
        double syncP95 = (double) percentile(sync, 95) / percentile(plain, 95);
        System.out.printf(Locale.ROOT, "plugin / plain: p50 x%.3f (+%.2f ms), p95 x%.3f   (target p50 <= 1.10: %s)%n",
                ratioP50, ms(percentile(plugin, 50) - percentile(plain, 50)), ratioP95, ratioP50 <= 1.10 ? "met" : "NOT met");
        System.out.printf(Locale.ROOT, "sync send in checkout / plain: p50 x%.2f (+%.2f ms), p95 x%.2f%n",
                syncP50, ms(percentile(sync, 50) - percentile(plain, 50)), syncP95);
        if (WARMUP.containsKey("plain") && WARMUP.containsKey("plugin")) {
            long[] wPlain = WARMUP.get("plain").stream().mapToLong(Long::longValue).sorted().toArray();
            long[] wPlugin = WARMUP.get("plugin").stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "warm-up only (first %d checkouts of each JVM, JIT compiling; not the figure):"
                    + " plain p50 %.2f ms, plugin p50 %.2f ms, ratio x%.3f%n", wPlain.length / Math.max(1, rounds),
                    ms(percentile(wPlain, 50)), ms(percentile(wPlugin, 50)), (double) percentile(wPlugin, 50) / percentile(wPlain, 50));
        }
        System.out.printf(Locale.ROOT, "machine: %d cores, Java %s, database %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("cx.test.db", "hsqldb"));
        double cpuRatio = (double) percentile(cpuSorted.get("plugin"), 50) / percentile(cpuSorted.get("plain"), 50);
        System.out.printf(Locale.ROOT, "plugin / plain, checkout thread CPU: p50 x%.3f; load average %.1f%n", cpuRatio,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        // the row's INSERT runs on the outbox writer's thread after the order is saved: its CPU per order is added
        // to the checkout thread's here, so the figure shows the whole work the plugin adds, wherever it runs
        double writerMs = WRITER.isEmpty() ? 0 : WRITER.stream().mapToLong(Long::longValue).average().getAsDouble() / 1e6;
        double cpuWithWriter = (ms(percentile(cpuSorted.get("plugin"), 50)) + writerMs) / ms(percentile(cpuSorted.get("plain"), 50));
        System.out.printf(Locale.ROOT, "outbox writer thread (beside checkout): %.3f ms CPU per order; checkout thread CPU p50 + writer"
                + " / plain: x%.3f%n", writerMs, cpuWithWriter);
        System.out.printf(Locale.ROOT, "RESULT checkout-overhead ratio_p50=%.3f ratio_p95=%.3f sync_ratio_p50=%.2f cpu_ratio_p50=%.3f"
                + " writer_ms_per_order=%.3f cpu_with_writer_ratio=%.3f%n", ratioP50, ratioP95, syncP50, cpuRatio, writerMs, cpuWithWriter);
        return 0;
    }

    /** Runs one variant in its own JVM (same JVM flags and class path as this one); returns its timings or null. */
    /** Each variant's checkout-thread CPU times, pooled over the rounds (filled by runChild). */
    static final Map<String, List<Long>> CPU = new LinkedHashMap<>();

    static long[] runChild(String variant, int round) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            // the variant decides these
            if (!arg.startsWith("-Dcx.test.withoutPlugin") && !arg.startsWith("-Dcx.test.extraContexts")) {
                cmd.add(arg);
            }
        }
        cmd.add("-Dcx.bench.variant=" + variant);
        cmd.add("-Dcx.test.withoutPlugin=" + !withPlugin(variant));
        if ("sync".equals(variant)) {
            cmd.add("-Dcx.test.extraContexts=bl-cx-bench-sync-applicationContext.xml");
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(CheckoutOverheadBench.class.getName());
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        long[] samples = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(WARMUP_SAMPLES)) {
                    for (String v : line.substring(WARMUP_SAMPLES.length()).split(",")) {
                        WARMUP.computeIfAbsent(variant, k -> new ArrayList<>()).add(Long.parseLong(v));
                    }
                } else if (line.startsWith(CPU_SAMPLES)) {
                    for (String v : line.substring(CPU_SAMPLES.length()).split(",")) {
                        CPU.computeIfAbsent(variant, k -> new ArrayList<>()).add(Long.parseLong(v));
                    }
                } else if (line.startsWith(WRITER_CPU)) {
                    if ("plugin".equals(variant)) {
                        WRITER.add(Long.parseLong(line.substring(WRITER_CPU.length()).trim()));
                    }
                } else if (line.startsWith(SAMPLES)) {
                    samples = Arrays.stream(line.substring(SAMPLES.length()).split(",")).mapToLong(Long::parseLong).toArray();
                } else {
                    System.out.println("[round " + round + " " + variant + "] " + line);
                }
            }
        }
        int exit = p.waitFor();
        return exit == 0 ? samples : null;
    }

    static boolean withPlugin(String variant) {
        return "plugin".equals(variant) || Arrays.asList(EXTRA_VARIANTS).contains(variant);
    }

    // ---------------------------------------------------------------- child

    static void child(String variant) throws Exception {
        // a store's checkout runs warm: the per-100 p50 (-Dwindows=true) falls from ~2.7 to ~1 ms over the first
        // ~1,000 checkouts of a JVM while the JIT compiles Broadleaf's and Hibernate's paths, and before it settles
        // the JVMs' differences in compile timing were larger than the plugin's cost
        int warmup = Integer.getInteger("warmup", 1000);
        int checkouts = Integer.getInteger("checkouts", 1000);
        if ("sync".equals(variant)) {
            // ~50 ms each, nearly all of it waiting on SMTP (the JIT hardly changes it): fewer keep the run short
            warmup = Math.min(warmup, Integer.getInteger("sync.warmup", 200));
            checkouts = Math.min(checkouts, Integer.getInteger("sync.checkouts", 300));
        }
        ConfigurableApplicationContext ctx = BroadleafTestContext.get();
        // GreenMail runs in every variant so each JVM carries the same threads; only "sync" sends to it
        TestMailServer smtp = new TestMailServer().start();
        boolean pluginLoaded = ctx.containsBean("cxRecordOrderConfirmationActivity");
        boolean syncLoaded = ctx.containsBean("cxBenchSyncOrderConfirmationActivity");
        if (pluginLoaded != withPlugin(variant) || syncLoaded != "sync".equals(variant)) {
            throw new IllegalStateException("variant " + variant + " booted the wrong context: plugin=" + pluginLoaded
                    + ", sync send=" + syncLoaded);
        }
        System.out.printf(Locale.ROOT, "booted in %.1f s (plugin: %s, sync send in checkout: %s)%n",
                BroadleafTestContext.bootMillis() / 1e3, pluginLoaded, syncLoaded);

        if (Arrays.asList(EXTRA_VARIANTS).contains(variant)) {
            AttributionActivity.install(ctx, variant);
        }
        CheckoutFixtures fixtures = new CheckoutFixtures(ctx);
        fixtures.awaitOutboxAfterEachRequest = false; // the writer works beside the next checkouts, as in a store
        OrderService orderService = ctx.getBean("blOrderService", OrderService.class);
        CheckoutService checkoutService = ctx.getBean("blCheckoutService", CheckoutService.class);
        // the same catalogue and the same sequence of carts in every variant
        List<Product> products = Arrays.asList(
                fixtures.aProduct("Ethiopian filter coffee 250 g", "12.50"),
                fixtures.aProduct("Ceramic pour-over dripper", "24.00"),
                fixtures.aProduct("Paper filters, 100", "4.75"));

        long[] nanos = new long[checkouts];
        long[] warmupNanos = new long[warmup];
        long[] cpuNanos = new long[checkouts];
        // -Dstats=true: Hibernate's counters over the measured checkouts (statements, loads, flushes): what the
        // plugin adds to checkout, independent of the machine's load
        org.hibernate.stat.Statistics stats = Boolean.getBoolean("stats")
                ? ctx.getBean("entityManagerFactory", org.hibernate.ejb.HibernateEntityManagerFactory.class).getSessionFactory().getStatistics()
                : null;
        for (int i = 0; i < warmup + checkouts; i++) {
            if (i == warmup && Boolean.getBoolean("profile")) {
                CheckoutSampler.start(Thread.currentThread());
            }
            if (i == warmup) {
                writerCpuAtWarmupEnd = writerCpuNanos(ctx, true);
            }
            if (i == warmup && stats != null) {
                CheckoutStats.statistics = stats;
                stats.clear();
                stats.setStatisticsEnabled(true);
                CheckoutStats.reset();
            }
            long t = timedCheckout(fixtures, orderService, checkoutService, products, i);
            if (i < warmup) {
                warmupNanos[i] = t;
            } else {
                nanos[i - warmup] = t;
                cpuNanos[i - warmup] = lastCpuNanos;
            }
        }
        CheckoutSampler.stopAndPrint();
        if (stats != null) {
            CheckoutStats.print(checkouts);
        }
        warmupCount = warmup;
        verify(variant, ctx, smtp, warmup + checkouts);

        if (Boolean.getBoolean("windows")) {
            printWindows(nanos, cpuNanos);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%d checkouts after %d warm-up: p50 %.2f ms, p95 %.2f ms, mean %.2f ms%n",
                checkouts, warmup, ms(percentile(sorted, 50)), ms(percentile(sorted, 95)), ms(mean(sorted)));
        StringBuilder line = new StringBuilder(SAMPLES);
        for (int i = 0; i < nanos.length; i++) {
            line.append(i == 0 ? "" : ",").append(nanos[i]);
        }
        System.out.println(line);
        StringBuilder cpuLine = new StringBuilder(CPU_SAMPLES);
        for (int i = 0; i < cpuNanos.length; i++) {
            cpuLine.append(i == 0 ? "" : ",").append(cpuNanos[i]);
        }
        System.out.println(cpuLine);
        if (warmup > 0) {
            StringBuilder warmLine = new StringBuilder(WARMUP_SAMPLES);
            for (int i = 0; i < warmupNanos.length; i++) {
                warmLine.append(i == 0 ? "" : ",").append(warmupNanos[i]);
            }
            System.out.println(warmLine);
        }
        System.out.flush();
        smtp.stop();
    }

    /** -Dwindows=true: wall and CPU p50 per 100 measured checkouts, to see when the JIT has settled. */
    static void printWindows(long[] nanos, long[] cpuNanos) {
        StringBuilder sb = new StringBuilder("p50 wall/cpu per 100 checkouts (ms):");
        for (int from = 0; from + 100 <= nanos.length; from += 100) {
            long[] w = Arrays.copyOfRange(nanos, from, from + 100);
            long[] c = Arrays.copyOfRange(cpuNanos, from, from + 100);
            Arrays.sort(w);
            Arrays.sort(c);
            sb.append(String.format(Locale.ROOT, " %.2f/%.2f", ms(percentile(w, 50)), ms(percentile(c, 50))));
        }
        System.out.println(sb);
    }

    /**
     * One shopper's checkout, as the storefront's checkout request runs it (inside an open entity manager):
     * the cart (2 or 3 lines) and its payment are built first, untimed; then performCheckout is timed.
     */
    static long timedCheckout(CheckoutFixtures fixtures, OrderService orderService, CheckoutService checkoutService,
            List<Product> products, int i) {
        Customer customer = fixtures.aCustomer("Shopper" + i, LOCALES[i % LOCALES.length]);
        int lines = 2 + i % 2;
        return fixtures.withOpenEntityManager(() -> {
            fixtures.useRequestContextOf(customer);
            Order cart = fixtures.cartWith(customer, products.get(0), 1 + i % 2);
            for (int p = 1; p < lines; p++) {
                cart = orderService.addItem(cart.getId(), new OrderItemRequestDTO(products.get(p).getId(),
                        products.get(p).getDefaultSku().getId(), p), true);
            }
            for (OrderPayment payment : cart.getPayments()) {
                payment.setAmount(cart.getTotal());
                for (PaymentTransaction t : payment.getTransactions()) {
                    t.setAmount(cart.getTotal());
                }
            }
            cart = orderService.save(cart, false);
            CheckoutStats.before();
            CheckoutSampler.inCheckout = true;
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Order order = checkoutService.performCheckout(cart).getOrder();
            long elapsed = System.nanoTime() - t0;
            lastCpuNanos = THREADS.getCurrentThreadCpuTime() - c0;
            CheckoutSampler.inCheckout = false;
            CheckoutStats.after();
            if (!OrderStatus.SUBMITTED.equals(order.getStatus())) {
                throw new IllegalStateException("checkout " + i + " ended " + order.getStatus());
            }
            return elapsed;
        });
    }

    /** Each variant did what it claims for every order: the plugin recorded the confirmations, "sync" sent them. */
    static void verify(String variant, ConfigurableApplicationContext ctx, TestMailServer smtp, int orders) throws Exception {
        MimeMessage[] received = smtp.received();
        int expectedMails = "sync".equals(variant) ? orders : 0;
        if (received.length != expectedMails) {
            throw new IllegalStateException(variant + ": " + received.length + " emails reached SMTP, expected " + expectedMails);
        }
        if ("plugin".equals(variant) || "nosnapshot".equals(variant) || "noquery".equals(variant)) {
            dev.cxplugin.notify.service.CxNotificationService service =
                    ctx.getBean("cxNotificationService", dev.cxplugin.notify.service.CxNotificationService.class);
            if (!service.awaitRecorded(60000)) {
                throw new IllegalStateException(variant + ": the outbox writer fell behind by more than 60 s");
            }
            JdbcTemplate jdbc = new JdbcTemplate(ctx.getBean("cxTestDataSource", DataSource.class));
            Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM CX_NOTIFICATION", Integer.class);
            if (rows == null || rows != orders) {
                throw new IllegalStateException("plugin: " + rows + " outbox rows, expected " + orders);
            }
            System.out.println("verified: " + rows + " order confirmations in the outbox, none sent during checkout");
            printWriterCpu(ctx, orders - warmupCount);
        } else if ("sync".equals(variant)) {
            for (MimeMessage m : received) {
                String body = body(m);
                if (!body.contains("</table>") || m.getSubject() == null || m.getSubject().isEmpty()) {
                    throw new IllegalStateException("sync: a confirmation without subject or rendered body: " + body);
                }
            }
            System.out.println("verified: " + received.length + " order confirmations received by SMTP during checkout");
        } else {
            System.out.println("verified: plain Broadleaf, no confirmation recorded or sent");
        }
    }

    /** The outbox writer thread's CPU time when the warm-up ended (its rows written first); -1 without a writer. */
    static long writerCpuAtWarmupEnd = -1;
    static int warmupCount;

    /**
     * The outbox writer's thread works beside checkout (on another core when there is one): its CPU time per
     * measured order is printed so the work moved off the checkout's thread is seen, not hidden.
     */
    static void printWriterCpu(ConfigurableApplicationContext ctx, int measured) {
        long now = writerCpuNanos(ctx, false);
        if (now < 0 || writerCpuAtWarmupEnd < 0 || measured <= 0) {
            return;
        }
        long cpu = now - writerCpuAtWarmupEnd;
        System.out.printf(Locale.ROOT, "%s%d%n", WRITER_CPU, cpu / measured);
        System.out.printf(Locale.ROOT, "outbox writer thread: %.1f ms CPU for the %d measured orders, %.3f ms per order%n",
                cpu / 1e6, measured, cpu / 1e6 / measured);
    }

    /** The writer thread's CPU time so far (after writing what is queued when asked); -1 when there is none. */
    static long writerCpuNanos(ConfigurableApplicationContext ctx, boolean flushFirst) {
        if (!ctx.containsBean("cxNotificationService")) {
            return -1;
        }
        Object service = ctx.getBean("cxNotificationService");
        if (flushFirst) {
            ((dev.cxplugin.notify.service.CxNotificationService) service).awaitRecorded(60000);
        }
        try {
            if (org.springframework.aop.support.AopUtils.isAopProxy(service)) {
                service = ((org.springframework.aop.framework.Advised) service).getTargetSource().getTarget();
            }
        } catch (Exception e) {
            return -1;
        }
        if (!(service instanceof dev.cxplugin.notify.service.CxNotificationServiceImpl)) {
            return -1;
        }
        dev.cxplugin.notify.service.CxOutboxWriter writer = ((dev.cxplugin.notify.service.CxNotificationServiceImpl) service).getOutboxWriter();
        Thread t = writer == null ? null : writer.getThread();
        return t == null ? -1 : THREADS.getThreadCpuTime(t.getId());
    }

    static String body(MimeMessage m) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        m.writeTo(out);
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- figures

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    static double mean(long[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    static double ms(double nanos) {
        return nanos / 1e6;
    }
}
