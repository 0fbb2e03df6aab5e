package dev.cxplugin.insight.service;

import dev.cxplugin.insight.domain.CxInsightDay;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** The daily figures of a period added up: per metric, and per metric and split. */
public class CxInsightTotals {

    protected final Map<String, CxRollupRow> byMetric = new TreeMap<String, CxRollupRow>();
    protected final Map<String, Map<String, CxRollupRow>> byDim = new TreeMap<String, Map<String, CxRollupRow>>();

    public static CxInsightTotals of(Collection<? extends CxInsightDay> days) {
        CxInsightTotals totals = new CxInsightTotals();
        for (CxInsightDay day : days) {
            totals.add(day);
        }
        return totals;
    }

    public void add(CxInsightDay day) {
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
