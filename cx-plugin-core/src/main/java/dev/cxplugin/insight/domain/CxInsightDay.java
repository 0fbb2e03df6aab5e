package dev.cxplugin.insight.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;

/**
 * One day's figure of one metric, optionally split by a dimension (a notification kind, a score): how many
 * (count) and how much (total: revenue, points, minutes). The dashboard sums these over the days shown, so its
 * cost grows with days, not with orders or answers.
 */
public interface CxInsightDay extends Serializable {

    Long getId();
    void setId(Long id);

    /** The day in the store's time zone (midnight). */
    Date getDay();
    void setDay(Date day);

    /** {@code <source>.<what>}, e.g. {@code orders.submitted}. */
    String getMetric();
    void setMetric(String metric);

    /** The split, or an empty string. */
    String getDim();
    void setDim(String dim);

    long getCount();
    void setCount(long count);

    BigDecimal getTotal();
    void setTotal(BigDecimal total);
}
