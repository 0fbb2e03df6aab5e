package dev.cxplugin.bench;

import dev.cxplugin.insight.service.CxDashboardView;
import dev.cxplugin.insight.service.CxInsightDashboard;
import dev.cxplugin.insight.service.CxInsightRollups;
import dev.cxplugin.insight.service.CxRollupSource;
import dev.cxplugin.test.BroadleafTestContext;
import dev.cxplugin.test.TestDatabase;
import org.springframework.context.ConfigurableApplicationContext;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * The CX dashboard's load time for a 90-day period at 100,000 and at 1,000,000 survey answers, with 200,000
 * orders over two years, in one run on PostgreSQL. The data is written with set-based SQL straight into the
 * store's tables (Broadleaf's checkout would take hours for 200,000 orders); the figures are then rebuilt by the
 * plugin's own rollup code, and each timed load is {@code cxInsightDashboard.view(...)}: what the admin page
 * does, including the refresh of recent days. Options: -Dorders -Dcustomers -Danswers -Dwarmup -Dloads -Ddays.
 * Last line: RESULT dashboard ratio=<p50 at 1M / p50 at 100k> ms_at_100k=<p50> ms_at_1m=<p50>.
 */
public final class DashboardBench {

    static final long CUSTOMER_BASE = 50_000_000L;
    static final long ORDER_BASE = 60_000_000L;
    static final long ANSWER_BASE = 70_000_000L;

    public static void main(String[] args) throws Exception {
        int orders = Integer.getInteger("orders", 200_000);
        int customers = Integer.getInteger("customers", 80_000);
        int answers = Integer.getInteger("answers", 1_000_000);
        int warmup = Integer.getInteger("warmup", 30);
        int loads = Integer.getInteger("loads", 40);
        int days = Integer.getInteger("days", 90);
        if (TestDatabase.current() != TestDatabase.POSTGRESQL) {
            System.out.println("note: the issue's figures are for PostgreSQL (-Dcx.test.db=postgresql); running on " + TestDatabase.current());
        }
        long boot = System.nanoTime();
        ConfigurableApplicationContext ctx = BroadleafTestContext.get();
        System.out.printf(Locale.ROOT, "boot %.1f s on %s%n", (System.nanoTime() - boot) / 1e9, TestDatabase.current());
        CxInsightRollups rollups = ctx.getBean("cxInsightRollups", CxInsightRollups.class);
        CxInsightDashboard dashboard = ctx.getBean("cxInsightDashboard", CxInsightDashboard.class);
        TestDatabase db = TestDatabase.current();

        long t = System.nanoTime();
        try (Connection c = db.connect()) {
            insertCustomers(c, customers);
            insertOrders(c, orders, customers);
            insertAnswers(c, 0, answers / 10, customers);
            analyze(c);
        }
        System.out.printf(Locale.ROOT, "data: %d customers, %d orders, %d answers written in %.1f s%n", customers, orders,
                answers / 10, (System.nanoTime() - t) / 1e9);
        rebuild(rollups, null);
        double[] small = time(dashboard, rollups, days, warmup, loads);

        t = System.nanoTime();
        try (Connection c = db.connect()) {
            insertAnswers(c, answers / 10, answers, customers);
            analyze(c);
        }
        System.out.printf(Locale.ROOT, "data: %d more answers written in %.1f s%n", answers - answers / 10, (System.nanoTime() - t) / 1e9);
        rebuild(rollups, "survey");
        double[] large = time(dashboard, rollups, days, warmup, loads);

        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM CX_SURVEY_RESPONSE")) {
            rs.next();
            System.out.println("answers in the database: " + rs.getLong(1));
        }
        System.out.printf(Locale.ROOT, "dashboard (%d days) at %,d answers: p50 %.1f ms, p95 %.1f ms%n", days, answers / 10, small[0], small[1]);
        System.out.printf(Locale.ROOT, "dashboard (%d days) at %,d answers: p50 %.1f ms, p95 %.1f ms%n", days, answers, large[0], large[1]);
        System.out.printf(Locale.ROOT, "RESULT dashboard ratio=%.3f ms_at_100k=%.1f ms_at_1m=%.1f%n", large[0] / small[0], small[0], large[0]);
        ctx.close();
        System.exit(0);
    }

    static void rebuild(CxInsightRollups rollups, String only) {
        for (CxRollupSource source : rollups.getSources()) {
            if (only == null || only.equals(source.getName())) {
                long t = System.nanoTime();
                int n = rollups.rebuild(source.getName());
                System.out.printf(Locale.ROOT, "rebuilt %s: %d days in %.1f s%n", source.getName(), n, (System.nanoTime() - t) / 1e9);
            }
        }
    }

    /**
     * p50 and p95 (nearest rank) of the dashboard's load for the last {@code days} days, as the admin page calls it;
     * also prints the two parts separately: bringing recent days up to date, and reading and computing the figures.
     */
    static double[] time(CxInsightDashboard dashboard, CxInsightRollups rollups, int days, int warmup, int loads) {
        Date last = new Date();
        Date first = new Date(last.getTime() - (days - 1) * 86_400_000L);
        CxDashboardView view = null;
        for (int i = 0; i < warmup; i++) {
            view = dashboard.view(first, last);
        }
        List<Double> ms = new ArrayList<Double>();
        List<Double> refresh = new ArrayList<Double>();
        List<Double> compute = new ArrayList<Double>();
        for (int i = 0; i < loads; i++) {
            long t = System.nanoTime();
            view = dashboard.view(first, last);
            ms.add((System.nanoTime() - t) / 1e6);
            t = System.nanoTime();
            rollups.refresh();
            refresh.add((System.nanoTime() - t) / 1e6);
            t = System.nanoTime();
            dashboard.compute(first, last);
            compute.add((System.nanoTime() - t) / 1e6);
        }
        System.out.println("  NPS " + view.panel("survey").value("nps").getCurrent() + " from "
                + view.panel("survey").value("npsAnswers").getCurrent() + " answers; orders "
                + view.panel("orders").value("orders").getCurrent() + "; customers " + view.panel("retention").value("active").getCurrent());
        System.out.printf(Locale.ROOT, "  parts, p50: refresh of recent days %.1f ms, reading and computing the figures %.1f ms%n",
                p(refresh, 0.50), p(compute, 0.50));
        return new double[] {p(ms, 0.50), p(ms, 0.95)};
    }

    static double p(List<Double> values, double q) {
        List<Double> sorted = new ArrayList<Double>(values);
        Collections.sort(sorted);
        return sorted.get((int) Math.ceil(q * sorted.size()) - 1);
    }

    static void insertCustomers(Connection c, int n) throws SQLException {
        exec(c, "INSERT INTO BLC_CUSTOMER (" + columns(c, "BLC_CUSTOMER", "CUSTOMER_ID", "EMAIL_ADDRESS", "FIRST_NAME", "LAST_NAME")
                + ") SELECT " + CUSTOMER_BASE + " + g, 'bench' || g || '@bench.invalid', 'Bench', 'Shopper'"
                + defaults(c, "BLC_CUSTOMER", "CUSTOMER_ID", "EMAIL_ADDRESS", "FIRST_NAME", "LAST_NAME")
                + " FROM generate_series(1, " + n + ") g");
    }

    /** Orders spread evenly over two years, customers drawn by a hash of the order; 3 % cancelled; plus one abandoned cart per 10 orders. */
    static void insertOrders(Connection c, int n, int customers) throws SQLException {
        String[] set = {"ORDER_ID", "CUSTOMER_ID", "ORDER_STATUS", "SUBMIT_DATE", "DATE_CREATED", "ORDER_TOTAL", "ORDER_SUBTOTAL", "ORDER_NUMBER"};
        exec(c, "INSERT INTO BLC_ORDER (" + columns(c, "BLC_ORDER", set) + ") SELECT " + ORDER_BASE + " + g, "
                + CUSTOMER_BASE + " + 1 + abs(hashint4(g)::bigint) % " + customers + ", CASE WHEN g % 33 = 0 THEN 'CANCELLED' ELSE 'SUBMITTED' END, "
                + "now() - ((730.0 * g / " + n + ") || ' days')::interval, now() - ((730.0 * g / " + n + ") || ' days')::interval - interval '10 minutes', "
                + "10 + (g % 90), 10 + (g % 90), 'B' || g" + defaults(c, "BLC_ORDER", set) + " FROM generate_series(1, " + n + ") g");
        exec(c, "INSERT INTO BLC_ORDER (" + columns(c, "BLC_ORDER", set) + ") SELECT " + ORDER_BASE + " + " + n + " + g, "
                + CUSTOMER_BASE + " + 1 + (g * 104729) % " + customers + ", 'IN_PROCESS', NULL, "
                + "now() - ((730.0 * g / " + (n / 10) + ") || ' days')::interval, 25, 25, NULL" + defaults(c, "BLC_ORDER", set)
                + " FROM generate_series(1, " + (n / 10) + ") g");
    }

    /** Answers [from, to): 60 % NPS, 25 % CSAT (a fifth of them after a complaint), 15 % CES, over two years. */
    static void insertAnswers(Connection c, int from, int to, int customers) throws SQLException {
        String[] set = {"RESPONSE_ID", "SURVEY", "SCORE", "CHANNEL", "CUSTOMER_ID", "QUESTION_KEY", "CREATED_DATE", "UPDATED_DATE", "TOPIC", "LOCALE"};
        exec(c, "INSERT INTO CX_SURVEY_RESPONSE (" + columns(c, "CX_SURVEY_RESPONSE", set) + ") SELECT " + ANSWER_BASE + " + g, "
                + "CASE WHEN g % 20 < 12 THEN 'NPS' WHEN g % 20 < 17 THEN 'CSAT' ELSE 'CES' END, "
                + "CASE WHEN g % 20 < 12 THEN (g * 7) % 11 WHEN g % 20 < 17 THEN 1 + (g * 3) % 5 ELSE 1 + (g * 5) % 7 END, "
                + "CASE WHEN g % 3 = 0 THEN 'SITE' ELSE 'EMAIL' END, " + CUSTOMER_BASE + " + 1 + (g * 31) % " + customers + ", "
                + "'bench:' || g, now() - (((g::bigint * 7727) % 730000) / 1000.0 || ' days')::interval, now(), "
                + "CASE WHEN g % 100 = 13 THEN 'complaint:' || g ELSE NULL END, 'en_US'" + defaults(c, "CX_SURVEY_RESPONSE", set)
                + " FROM generate_series(" + (from + 1) + ", " + to + ") g");
    }

    static void analyze(Connection c) throws SQLException {
        exec(c, "ANALYZE");
    }

    static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }

    /** The given columns followed by every other NOT NULL column without a default (filled by {@link #defaults}). */
    static String columns(Connection c, String table, String... given) throws SQLException {
        StringBuilder s = new StringBuilder(String.join(", ", given));
        for (String[] col : requiredColumns(c, table, given)) {
            s.append(", ").append(col[0]);
        }
        return s.toString();
    }

    static String defaults(Connection c, String table, String... given) throws SQLException {
        StringBuilder s = new StringBuilder();
        for (String[] col : requiredColumns(c, table, given)) {
            String type = col[1].toLowerCase(Locale.ROOT);
            s.append(", ").append(type.contains("bool") ? "false" : type.contains("char") || type.contains("text") ? "''"
                    : type.contains("time") || type.contains("date") ? "now()" : "0");
        }
        return s.toString();
    }

    static List<String[]> requiredColumns(Connection c, String table, String... given) throws SQLException {
        List<String> skip = new ArrayList<String>();
        for (String g : given) {
            skip.add(g.toUpperCase(Locale.ROOT));
        }
        List<String[]> cols = new ArrayList<String[]>();
        try (ResultSet rs = c.getMetaData().getColumns(null, null, table.toLowerCase(Locale.ROOT), null)) {
            while (rs.next()) {
                String name = rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT);
                if (rs.getInt("NULLABLE") == java.sql.DatabaseMetaData.columnNoNulls && rs.getString("COLUMN_DEF") == null
                        && !skip.contains(name)) {
                    cols.add(new String[] {name, rs.getString("TYPE_NAME")});
                }
            }
        }
        return cols;
    }

    private DashboardBench() {
    }
}
