package dev.cxplugin.insight.service;

import java.math.BigDecimal;

/** Orders, revenue, new customers, repeat orders and cart abandonment, from Broadleaf's orders. */
public class CxOrdersPanel extends CxAbstractInsightPanel {

    public CxOrdersPanel() {
        super("orders", "Orders and carts", 50, "orders.placed", "orders.cancelled", "orders.first", "orders.carts",
                "orders.carts_abandoned");
        figure("orders", "Orders", CxFigure.COUNT,
                "Orders placed (submitted) in the period, including those cancelled since.",
                t -> BigDecimal.valueOf(t.count("orders.placed")));
        figure("revenue", "Revenue", CxFigure.MONEY,
                "Total of the orders placed in the period that are not cancelled (tax and shipping included).",
                t -> t.total("orders.placed").subtract(t.total("orders.cancelled")));
        figure("aov", "Average order value", CxFigure.MONEY,
                "Revenue divided by the number of orders placed and not cancelled.",
                t -> CxFigure.average(t.total("orders.placed").subtract(t.total("orders.cancelled")),
                        t.count("orders.placed") - t.count("orders.cancelled")));
        figure("newCustomers", "New customers", CxFigure.COUNT,
                "Customers whose first order was placed in the period.",
                t -> BigDecimal.valueOf(t.count("orders.first")));
        figure("repeatShare", "Repeat orders", CxFigure.PERCENT,
                "Share of the period's orders placed by customers who had ordered before.",
                t -> CxFigure.percent(t.count("orders.placed") - t.count("orders.first"), t.count("orders.placed")));
        lowerIsBetter("abandonment", "Cart abandonment", CxFigure.PERCENT,
                "Carts made in the period (and at least 24 hours old) that were not submitted within 24 hours, "
                        + "as a share of all such carts.",
                t -> CxFigure.percent(t.count("orders.carts_abandoned"), t.count("orders.carts")));
    }
}
