package dev.cxplugin.insight.service;

import java.math.BigDecimal;

/**
 * Lifetime value of one first-order-month cohort: its customers (those whose first order fell in the month), their
 * revenue in the period shown, their revenue from their first order to the period's end, and that per customer.
 */
public class CxCohortRow {

    protected final String cohort;
    protected final long customers;
    protected final BigDecimal periodRevenue;
    protected final BigDecimal revenue;

    public CxCohortRow(String cohort, long customers, BigDecimal periodRevenue, BigDecimal revenue) {
        this.cohort = cohort;
        this.customers = customers;
        this.periodRevenue = periodRevenue;
        this.revenue = revenue;
    }

    /** The month of the customers' first order, yyyy-MM. */
    public String getCohort() { return cohort; }
    public long getCustomers() { return customers; }
    public BigDecimal getPeriodRevenue() { return periodRevenue; }
    /** Revenue (orders not cancelled) from the cohort's first orders up to the end of the period. */
    public BigDecimal getRevenue() { return revenue; }

    /** Lifetime revenue per customer, two decimals; null for a cohort without customers. */
    public BigDecimal getRevenuePerCustomer() {
        return CxFigure.average(revenue, customers);
    }
}
