package dev.cxplugin.insight.service;

import dev.cxplugin.insight.domain.CxInsightDay;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** The daily figures of a period added up: per metric, and per metric and split. */
public class CxInsightTotals {

    protected final Map<String, CxRollupRow> byMetric = new TreeMap<String, CxRollupRow>();
    protected final Map<String, java.util.List<CxInsightDay>> rowsByMetric = new java.util.HashMap<String, java.util.List<CxInsightDay>>();
    protected java.util.Date from;
    protected java.util.Date to;
    protected CxInsightTotals previous;

    public CxInsightTotals() {
    }

    /** Totals of the days in [from, to). */
    public CxInsightTotals(java.util.Date from, java.util.Date to) {
        this.from = from;
        this.to = to;
    }

    /** The first day of the period (null when not known). */
    public java.util.Date getFrom() { return from; }
    /** The day after the period. */
    public java.util.Date getTo() { return to; }

    /** The period of the same length just before, when the figure needs it (retention); null if not read. */
    public CxInsightTotals getPrevious() { return previous; }
    public CxInsightTotals setPrevious(CxInsightTotals previous) { this.previous = previous; return this; }

    /** The day rows of one metric in this period (for figures that are not plain sums, such as distinct customers). */
    public java.util.List<CxInsightDay> rows(String metric) {
        java.util.List<CxInsightDay> found = rowsByMetric.get(metric);
        return found == null ? java.util.Collections.<CxInsightDay>emptyList() : found;
    }
    protected final Map<String, Map<String, CxRollupRow>> byDim = new TreeMap<String, Map<String, CxRollupRow>>();

    public static CxInsightTotals of(Collection<? extends CxInsightDay> days) {
        CxInsightTotals totals = new CxInsightTotals();
        for (CxInsightDay day : days) {
            totals.add(day);
        }
        return totals;
    }

    public void add(CxInsightDay day) {
        java.util.List<CxInsightDay> list = rowsByMetric.get(day.getMetric());
        if (list == null) {
            list = new java.util.ArrayList<CxInsightDay>();
            rowsByMetric.put(day.getMetric(), list);
        }
        list.add(day);
        row(byMetric, day.getMetric(), "").add(day.getCount(), day.getTotal());
        Map<String, CxRollupRow> dims = byDim.get(day.getMetric());
        if (dims == null) {
            dims = new TreeMap<String, CxRollupRow>();
            byDim.put(day.getMetric(), dims);
        }
        row(dims, day.getDim(), day.getDim()).add(day.getCount(), day.getTotal());
    }

    protected static CxRollupRow row(Map<String, CxRollupRow> map, String key, String dim) {
        CxRollupRow row = map.get(key);
        if (row == null) {
            row = new CxRollupRow(new java.util.Date(0), "", dim, 0, null);
            map.put(key, row);
        }
        return row;
    }

    public long count(String metric) {
        CxRollupRow row = byMetric.get(metric);
        return row == null ? 0 : row.getCount();
    }

    public BigDecimal total(String metric) {
        CxRollupRow row = byMetric.get(metric);
        return row == null ? BigDecimal.ZERO : row.getTotal();
    }

    public long count(String metric, String dim) {
        Map<String, CxRollupRow> dims = byDim.get(metric);
        CxRollupRow row = dims == null ? null : dims.get(dim);
        return row == null ? 0 : row.getCount();
    }

    public BigDecimal total(String metric, String dim) {
        Map<String, CxRollupRow> dims = byDim.get(metric);
        CxRollupRow row = dims == null ? null : dims.get(dim);
        return row == null ? BigDecimal.ZERO : row.getTotal();
    }

    /** The splits seen for a metric, sorted. */
    public Collection<String> dims(String metric) {
        Map<String, CxRollupRow> dims = byDim.get(metric);
        return dims == null ? java.util.Collections.<String>emptySet() : dims.keySet();
    }
}
