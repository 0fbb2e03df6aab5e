package dev.cxplugin.bench;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * With {@code -Dstats=true}: Hibernate's counters and the thread's allocated bytes and CPU time, counted only
 * inside performCheckout, per measured checkout. Counts do not depend on the machine's load.
 */
final class CheckoutStats {

    static volatile Statistics statistics;
    private static final Map<String, long[]> TOTALS = new LinkedHashMap<>();
    private static long[] start;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private CheckoutStats() {
    }

    static void use(SessionFactory sf) {
        statistics = sf.getStatistics();
    }

    static void reset() {
        TOTALS.clear();
    }

    static long[] snapshot() {
        Statistics s = statistics;
        long tid = Thread.currentThread().getId();
        if (s == null || !s.isStatisticsEnabled()) {
            return null;
        }
        return new long[] {s.getPrepareStatementCount(), s.getQueryExecutionCount(), s.getEntityLoadCount(),
            s.getEntityFetchCount(), s.getCollectionLoadCount(), s.getCollectionFetchCount(), s.getFlushCount(),
            s.getEntityInsertCount(), s.getEntityUpdateCount(), s.getTransactionCount(),
            THREADS.getThreadAllocatedBytes(tid), THREADS.getThreadCpuTime(tid)};
    }

    static final String[] NAMES = {"statements", "queries", "entity loads", "entity fetches", "collection loads",
        "collection fetches", "flushes", "inserts", "updates", "transactions", "allocated KB", "CPU µs"};

    static void before() {
        start = snapshot();
    }

    static void after() {
        long[] end = snapshot();
        if (start == null || end == null) {
            return;
        }
        long[] sum = TOTALS.computeIfAbsent("all", k -> new long[NAMES.length]);
        for (int i = 0; i < NAMES.length; i++) {
            sum[i] += end[i] - start[i];
        }
    }

    static void print(int checkouts) {
        long[] sum = TOTALS.get("all");
        if (sum == null) {
            return;
        }
        StringBuilder line = new StringBuilder("per checkout:");
        for (int i = 0; i < NAMES.length; i++) {
            double v = (double) sum[i] / checkouts;
            if (NAMES[i].startsWith("allocated")) {
                v /= 1024;
            } else if (NAMES[i].startsWith("CPU")) {
                v /= 1000;
            }
            line.append(String.format(Locale.ROOT, " %s=%.1f", NAMES[i], v));
        }
        System.out.println(line);
    }
}
