package dev.cxplugin.insight.service;

import dev.cxplugin.insight.dao.CxInsightDao;
import dev.cxplugin.insight.domain.CxInsightDay;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.annotation.Resource;

/**
 * Computes the dashboard from the daily figures only: one read of the rollup rows of the period and of the
 * previous one, so its cost grows with the days shown, not with the orders or answers behind them.
 */
public class CxInsightDashboard {

    /** The longest range one request may ask for (ten years), so a typo cannot ask for millennia. */
    public static final int MAX_DAYS = 3660;

    @Resource(name = "cxInsightDao")
    protected CxInsightDao dao;

    @Resource(name = "cxInsightRollups")
    protected CxInsightRollups rollups;

    @Autowired(required = false)
    protected List<CxInsightPanel> panels = new ArrayList<CxInsightPanel>();

    public List<CxInsightPanel> getPanels() {
        List<CxInsightPanel> sorted = new ArrayList<CxInsightPanel>(panels);
        Collections.sort(sorted, new Comparator<CxInsightPanel>() {
            @Override
            public int compare(CxInsightPanel a, CxInsightPanel b) {
                return a.getOrder() != b.getOrder() ? Integer.compare(a.getOrder(), b.getOrder()) : a.getKey().compareTo(b.getKey());
            }
        });
        return sorted;
    }

    public CxInsightPanel getPanel(String key) {
        for (CxInsightPanel p : panels) {
            if (p.getKey().equals(key)) {
                return p;
            }
        }
        return null;
    }

    /**
     * The figures of [firstDay, lastDay] (whole days) beside the period of the same length just before.
     * What was marked since the last refresh and the sources' settling days are recomputed first, so a new answer
     * or order shows at once; that costs the few most recent days, whatever the length of the history.
     */
    public CxDashboardView view(Date firstDay, Date lastDay) {
        rollups.refresh();
        return compute(firstDay, lastDay);
    }

    @Transactional(value = "blTransactionManager", readOnly = true)
    public CxDashboardView compute(Date firstDay, Date lastDay) {
        Date from = CxInsightDays.startOfDay(firstDay);
        Date to = CxInsightDays.addDays(CxInsightDays.startOfDay(lastDay), 1);
        int days = CxInsightDays.daysBetween(from, to);
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("A period is 1 to " + MAX_DAYS + " days, first day before last");
        }
        Date previousFrom = CxInsightDays.addDays(from, -days);
        List<CxInsightPanel> shown = getPanels();
        Set<String> metrics = new LinkedHashSet<String>();
        for (CxInsightPanel p : shown) {
            metrics.addAll(p.getMetrics());
        }
        List<CxInsightDay> rows = metrics.isEmpty() ? Collections.<CxInsightDay>emptyList()
                : dao.readDays(metrics, previousFrom, to);
        CxInsightTotals previous = new CxInsightTotals(previousFrom, from);
        CxInsightTotals current = new CxInsightTotals(from, to).setPrevious(previous);
        List<Date> weeks = weeks(from, to);
        Map<Date, CxInsightTotals> weekly = new LinkedHashMap<Date, CxInsightTotals>();
        CxInsightTotals weekBefore = null;
        for (int i = 0; i < weeks.size(); i++) {
            Date end = i + 1 < weeks.size() ? weeks.get(i + 1) : to;
            CxInsightTotals week = new CxInsightTotals(weeks.get(i), end).setPrevious(weekBefore);
            weekly.put(weeks.get(i), week);
            // a week compares with the week before only when both are whole weeks
            weekBefore = CxInsightDays.daysBetween(weeks.get(i), end) == 7 ? week : null;
        }
        for (CxInsightDay row : rows) {
            if (row.getDay().before(from)) {
                previous.add(row);
            } else {
                current.add(row);
                weekly.get(weekOf(row.getDay(), weeks)).add(row);
            }
        }
        CxDashboardView view = new CxDashboardView(from, to, previousFrom);
        for (CxInsightPanel p : shown) {
            CxDashboardView.Panel panel = new CxDashboardView.Panel(p, weeks);
            for (CxFigure figure : p.getFigures()) {
                List<BigDecimal> trend = new ArrayList<BigDecimal>();
                for (CxInsightTotals week : weekly.values()) {
                    trend.add(figure.value(week));
                }
                panel.getValues().add(new CxDashboardView.Value(figure, figure.value(current), figure.value(previous), trend));
            }
            if (p.getBreakdownMetric() != null) {
                Set<String> dims = new java.util.TreeSet<String>(current.dims(p.getBreakdownMetric()));
                dims.addAll(previous.dims(p.getBreakdownMetric()));
                for (String dim : dims) {
                    panel.getBreakdown().add(new CxDashboardView.Breakdown(dim, current.count(p.getBreakdownMetric(), dim),
                            previous.count(p.getBreakdownMetric(), dim)));
                }
            }
            view.getPanels().add(panel);
        }
        return view;
    }

    /**
     * Lifetime value by first-order-month cohort up to the end of [firstDay, lastDay], newest cohort first, from the
     * orders' daily figures ({@code orders.cohort} and {@code orders.first}): the database adds them up per month, so
     * the cost grows with the days of history, not with the orders.
     */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<CxCohortRow> cohorts(Date firstDay, Date lastDay) {
        Date from = CxInsightDays.startOfDay(firstDay);
        Date to = CxInsightDays.addDays(CxInsightDays.startOfDay(lastDay), 1);
        Map<String, CxRollupRow> lifetime = dao.sumByDim("orders.cohort", null, to);
        Map<String, CxRollupRow> inPeriod = dao.sumByDim("orders.cohort", from, to);
        Map<String, Long> customers = new java.util.TreeMap<String, Long>();
        java.text.SimpleDateFormat month = new java.text.SimpleDateFormat("yyyy-MM");
        for (CxInsightDay first : dao.readDays(Collections.singleton("orders.first"), new Date(0), to)) {
            String cohort = month.format(first.getDay());
            Long n = customers.get(cohort);
            customers.put(cohort, (n == null ? 0 : n) + first.getCount());
        }
        Set<String> cohorts = new java.util.TreeSet<String>(Collections.reverseOrder());
        cohorts.addAll(customers.keySet());
        cohorts.addAll(lifetime.keySet());
        List<CxCohortRow> rows = new ArrayList<CxCohortRow>();
        for (String cohort : cohorts) {
            Long n = customers.get(cohort);
            CxRollupRow period = inPeriod.get(cohort);
            CxRollupRow all = lifetime.get(cohort);
            rows.add(new CxCohortRow(cohort, n == null ? 0 : n, period == null ? BigDecimal.ZERO : period.getTotal(),
                    all == null ? BigDecimal.ZERO : all.getTotal()));
        }
        return rows;
    }

    /** The start of each week in [from, to); the first is {@code from} itself when the period starts mid-week. */
    protected static List<Date> weeks(Date from, Date to) {
        List<Date> weeks = new ArrayList<Date>();
        weeks.add(from);
        for (Date w = CxInsightDays.addDays(CxInsightDays.startOfWeek(from), 7); w.before(to); w = CxInsightDays.addDays(w, 7)) {
            weeks.add(w);
        }
        return weeks;
    }

    protected static Date weekOf(Date day, List<Date> weeks) {
        Date found = weeks.get(0);
        for (Date w : weeks) {
            if (!w.after(day)) {
                found = w;
            }
        }
        return found;
    }
}
