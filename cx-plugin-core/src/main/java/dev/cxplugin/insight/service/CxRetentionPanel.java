package dev.cxplugin.insight.service;

import dev.cxplugin.insight.domain.CxInsightDay;

import java.math.BigDecimal;

/**
 * Customers rather than orders: how many bought in the period, how many of them had bought before, how many
 * bought more than once, how many of the previous period's customers came back, and revenue per customer.
 * Distinct customers are counted from the orders' gaps (see {@link CxOrderRollupSource}), so no figure reads
 * the orders themselves.
 */
public class CxRetentionPanel extends CxAbstractInsightPanel {

    public CxRetentionPanel() {
        super("retention", "Customers and retention", 40, "orders.gap", "orders.second_gap", "orders.first", "orders.placed",
                "orders.cancelled");
        figure("active", "Customers", CxFigure.COUNT, "Customers who placed at least one order in the period.",
                t -> BigDecimal.valueOf(active(t)));
        figure("returning", "Returning customers", CxFigure.PERCENT,
                "Share of the period's customers who had ordered before the period.",
                t -> CxFigure.percent(active(t) - t.count("orders.first"), active(t)));
        figure("repeatRate", "Repeat-purchase rate", CxFigure.PERCENT,
                "Share of the period's customers who have bought more than once by the end of the period: they ordered "
                        + "before the period, or twice or more within it.",
                t -> CxFigure.percent(active(t) - t.count("orders.first") + secondWithin(t), active(t)));
        figure("retention", "Retention rate", CxFigure.PERCENT,
                "Share of the previous period's customers who ordered again in this period.",
                t -> t.getPrevious() == null ? null : CxFigure.percent(retained(t), active(t.getPrevious())));
        figure("revenuePerCustomer", "Revenue per customer", CxFigure.MONEY,
                "Revenue of the period (orders not cancelled) divided by the period's customers.",
                t -> CxFigure.average(t.total("orders.placed").subtract(t.total("orders.cancelled")), active(t)));
    }

    /** Orders that are their customer's first in the period: a first order ever, or a previous order before the period. */
    public static long active(CxInsightTotals t) {
        long n = 0;
        for (CxInsightDay row : t.rows("orders.gap")) {
            if (CxOrderRollupSource.NEW.equals(row.getDim())
                    || Integer.parseInt(row.getDim()) > CxInsightDays.daysBetween(t.getFrom(), row.getDay())) {
                n += row.getCount();
            }
        }
        return n;
    }

    /** New customers of the period whose second order also falls in it. */
    protected static long secondWithin(CxInsightTotals t) {
        long n = 0;
        for (CxInsightDay row : t.rows("orders.second_gap")) {
            if (Integer.parseInt(row.getDim()) <= CxInsightDays.daysBetween(t.getFrom(), row.getDay())) {
                n += row.getCount();
            }
        }
        return n;
    }

    /** Customers of the period whose previous order lies in the previous period. */
    protected static long retained(CxInsightTotals t) {
        int length = CxInsightDays.daysBetween(t.getPrevious().getFrom(), t.getPrevious().getTo());
        long n = 0;
        for (CxInsightDay row : t.rows("orders.gap")) {
            if (CxOrderRollupSource.NEW.equals(row.getDim())) {
                continue;
            }
            int gap = Integer.parseInt(row.getDim());
            int sinceStart = CxInsightDays.daysBetween(t.getFrom(), row.getDay());
            if (gap > sinceStart && gap <= sinceStart + length) {
                n += row.getCount();
            }
        }
        return n;
    }
}
