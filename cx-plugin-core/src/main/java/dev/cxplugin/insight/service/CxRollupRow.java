package dev.cxplugin.insight.service;

import java.math.BigDecimal;
import java.util.Date;

/** One computed figure of one day: a metric, its split (or ""), how many and how much. */
public class CxRollupRow {

    protected final Date day;
    protected final String metric;
    protected final String dim;
    protected long count;
    protected BigDecimal total;

    public CxRollupRow(Date day, String metric, String dim, long count, BigDecimal total) {
        this.day = day;
        this.metric = metric;
        this.dim = dim == null ? "" : dim;
        this.count = count;
        this.total = total == null ? BigDecimal.ZERO : total;
    }

    public Date getDay() { return day; }
    public String getMetric() { return metric; }
    public String getDim() { return dim; }
    public long getCount() { return count; }
    public BigDecimal getTotal() { return total; }

    /** Adds one occurrence worth {@code amount} (null counts as nothing). */
    public CxRollupRow add(long n, BigDecimal amount) {
        count += n;
        if (amount != null) {
            total = total.add(amount);
        }
        return this;
    }

    public String key() {
        return day.getTime() + "|" + metric + "|" + dim;
    }

    @Override
    public String toString() {
        return metric + (dim.isEmpty() ? "" : "[" + dim + "]") + "@" + day + "=" + count + "/" + total;
    }
}
