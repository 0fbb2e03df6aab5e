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
 * <li>{@code orders.carts_abandoned}: of those, the ones not submitted within 24 hours.</li>
 * </ul>
 * Carts settle a day after they are made, and a cancellation marks its order's day (see the insight listener),
 * so two settling days keep all of them right.
 */
public class CxOrderRollupSource implements CxRollupSource {

    public static final String NAME = "orders";
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
        List<Object[]> rows = em.createQuery("SELECT o.submitDate, o.total, o.status, "
                + "(SELECT COUNT(p) FROM " + OrderImpl.class.getName() + " p WHERE p.customer = o.customer "
                + "AND p.status IN (:placed) AND p.submitDate < o.submitDate) "
                + "FROM " + OrderImpl.class.getName() + " o "
                + "WHERE o.status IN (:placed) AND o.submitDate >= :from AND o.submitDate < :to", Object[].class)
                .setParameter("placed", PLACED)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        for (Object[] row : rows) {
            Date placed = (Date) row[0];
            BigDecimal total = (BigDecimal) row[1];
            buckets.row(placed, "orders.placed", "").add(1, total);
            if (OrderStatus.CANCELLED.getType().equals(row[2])) {
                buckets.row(placed, "orders.cancelled", "").add(1, total);
            }
            if (((Number) row[3]).longValue() == 0) {
                buckets.row(placed, "orders.first", "").add(1, total);
            }
        }
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
