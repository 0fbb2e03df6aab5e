package dev.cxplugin.insight.service;

import org.broadleafcommerce.core.order.domain.OrderImpl;
import org.broadleafcommerce.core.order.service.type.OrderStatus;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * Figures from Broadleaf's orders, by the day an order was placed (submitted) or a cart was made:
 * <ul>
 * <li>{@code orders.placed}: orders submitted that day (count, total), including ones cancelled later;</li>
 * <li>{@code orders.cancelled}: of those, the ones cancelled since (count, total);</li>
 * <li>{@code orders.first}: of those, the customer's first order (count, total): new customers;</li>
 * <li>{@code orders.carts}: carts made that day that are at least 24 hours old;</li>
 * <li>{@code orders.carts_abandoned}: of those, the ones not submitted within 24 hours;</li>
 * <li>{@code orders.gap}: placed orders split by whole days since the same customer's previous order ({@code new}
 * for a first order), total = revenue: from these the dashboard counts distinct customers, returning customers
 * and retention over any period without reading orders (a customer is active in a period from its first order
 * there, the one whose previous order lies before the period);</li>
 * <li>{@code orders.second_gap}: customers' second orders, split the same way (repeat purchases);</li>
 * <li>{@code orders.cohort}: placed orders split by the month of the customer's first order (yyyy-MM),
 * total = revenue: lifetime value by cohort.</li>
 * </ul>
 * Carts settle a day after they are made, and a cancellation marks its order's day (see the insight listener),
 * so two settling days keep all of them right.
 */
public class CxOrderRollupSource implements CxRollupSource {

    public static final String NAME = "orders";
    /** The gap of a customer's first order. */
    public static final String NEW = "new";
    protected static final long CART_WINDOW_MS = 24L * 3600 * 1000;
    protected static final List<String> PLACED = Arrays.asList(OrderStatus.SUBMITTED.getType(), OrderStatus.CANCELLED.getType());

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getSettlingDays() {
        return 3;
    }

    @Override
    public Date firstDay() {
        Date first = em.createQuery("SELECT MIN(o.auditable.dateCreated) FROM " + OrderImpl.class.getName() + " o", Date.class)
                .getSingleResult();
        Date firstSubmit = em.createQuery("SELECT MIN(o.submitDate) FROM " + OrderImpl.class.getName() + " o", Date.class)
                .getSingleResult();
        if (first == null || (firstSubmit != null && firstSubmit.before(first))) {
            return firstSubmit;
        }
        return first;
    }

    @Override
    public List<CxRollupRow> compute(Date from, Date to) {
        CxInsightDays.Buckets buckets = new CxInsightDays.Buckets();
        addPlacedOrders(buckets, from, to);
        addCarts(buckets, from, to);
        return buckets.list();
    }

    protected void addPlacedOrders(CxInsightDays.Buckets buckets, Date from, Date to) {
        List<Object[]> rows = em.createQuery("SELECT o.submitDate, o.total, o.status, o.customer.id FROM " + OrderImpl.class.getName()
                + " o WHERE o.status IN (:placed) AND o.submitDate >= :from AND o.submitDate < :to", Object[].class)
                .setParameter("placed", PLACED)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        java.util.Map<Long, List<Date>> history = placedDatesOf(rows);
        java.text.SimpleDateFormat month = new java.text.SimpleDateFormat("yyyy-MM");
        for (Object[] row : rows) {
            Date placed = (Date) row[0];
            BigDecimal total = (BigDecimal) row[1];
            boolean cancelled = OrderStatus.CANCELLED.getType().equals(row[2]);
            List<Date> dates = history.get((Long) row[3]);
            // the customer's orders placed before this one: their number, the latest and the first
            int before = 0;
            while (before < dates.size() && dates.get(before).before(placed)) {
                before++;
            }
            BigDecimal revenue = cancelled ? BigDecimal.ZERO : total;
            buckets.row(placed, "orders.placed", "").add(1, total);
            if (cancelled) {
                buckets.row(placed, "orders.cancelled", "").add(1, total);
            }
            if (before == 0) {
                buckets.row(placed, "orders.first", "").add(1, total);
                buckets.row(placed, "orders.gap", NEW).add(1, revenue);
                buckets.row(placed, "orders.cohort", month.format(placed)).add(1, revenue);
                continue;
            }
            String gap = String.valueOf(CxInsightDays.daysBetween(dates.get(before - 1), placed));
            buckets.row(placed, "orders.gap", gap).add(1, revenue);
            if (before == 1) {
                buckets.row(placed, "orders.second_gap", gap).add(1, revenue);
            }
            buckets.row(placed, "orders.cohort", month.format(dates.get(0))).add(1, revenue);
        }
    }

    /**
     * Every placed order's date of the customers of these orders, oldest first: one read per 500 customers rather
     * than three correlated subqueries per order.
     */
    protected java.util.Map<Long, List<Date>> placedDatesOf(List<Object[]> orders) {
        java.util.Map<Long, List<Date>> history = new java.util.HashMap<Long, List<Date>>();
        List<Long> customers = new java.util.ArrayList<Long>();
        for (Object[] row : orders) {
            if (!history.containsKey((Long) row[3])) {
                history.put((Long) row[3], new java.util.ArrayList<Date>());
                customers.add((Long) row[3]);
            }
        }
        for (int i = 0; i < customers.size(); i += 500) {
            List<Object[]> dates = em.createQuery("SELECT o.customer.id, o.submitDate FROM " + OrderImpl.class.getName()
                    + " o WHERE o.customer.id IN (:customers) AND o.status IN (:placed) AND o.submitDate IS NOT NULL"
                    + " ORDER BY o.submitDate", Object[].class)
                    .setParameter("customers", customers.subList(i, Math.min(i + 500, customers.size())))
                    .setParameter("placed", PLACED)
                    .getResultList();
            for (Object[] d : dates) {
                history.get((Long) d[0]).add((Date) d[1]);
            }
        }
        return history;
    }

    protected void addCarts(CxInsightDays.Buckets buckets, Date from, Date to) {
        Date settled = new Date(System.currentTimeMillis() - CART_WINDOW_MS);
        List<Object[]> rows = em.createQuery("SELECT o.auditable.dateCreated, o.submitDate FROM " + OrderImpl.class.getName() + " o "
                + "WHERE o.auditable.dateCreated >= :from AND o.auditable.dateCreated < :to AND o.auditable.dateCreated <= :settled "
                + "AND o.name IS NULL", Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("settled", settled)
                .getResultList();
        for (Object[] row : rows) {
            Date created = (Date) row[0];
            Date submitted = (Date) row[1];
            buckets.row(created, "orders.carts", "").add(1, null);
            if (submitted == null || submitted.getTime() - created.getTime() > CART_WINDOW_MS) {
                buckets.row(created, "orders.carts_abandoned", "").add(1, null);
            }
        }
    }
}
