package dev.cxplugin.insight.service;

import dev.cxplugin.notify.domain.CxFulfilmentEventImpl;
import dev.cxplugin.review.domain.CxReviewImpl;

import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * Figures from reviews, by the day a review was written: {@code review.written} split by
 * {@code <status>|<stars>|<V verified or U>}, total = the stars; and {@code review.delivered}: orders delivered
 * that day (the review rate's denominator). Moderation and deliveries mark their day through the insight listener.
 */
public class CxReviewRollupSource implements CxRollupSource {

    public static final String NAME = "review";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getSettlingDays() {
        return 0;
    }

    @Override
    public Date firstDay() {
        Date review = em.createQuery("SELECT MIN(r.createdDate) FROM " + CxReviewImpl.class.getName() + " r", Date.class)
                .getSingleResult();
        Date delivered = em.createQuery("SELECT MIN(e.occurredAt) FROM " + CxFulfilmentEventImpl.class.getName()
                + " e WHERE e.type = 'DELIVERED'", Date.class).getSingleResult();
        return review == null || (delivered != null && delivered.before(review)) ? delivered : review;
    }

    @Override
    public List<CxRollupRow> compute(Date from, Date to) {
        CxInsightDays.Buckets buckets = new CxInsightDays.Buckets();
        List<Object[]> reviews = em.createQuery("SELECT r.createdDate, r.status, r.rating, r.verifiedBuyer FROM "
                + CxReviewImpl.class.getName() + " r WHERE r.createdDate >= :from AND r.createdDate < :to", Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        for (Object[] row : reviews) {
            int stars = ((Number) row[2]).intValue();
            buckets.row((Date) row[0], "review.written", row[1] + "|" + stars + "|" + (Boolean.TRUE.equals(row[3]) ? "V" : "U"))
                    .add(1, java.math.BigDecimal.valueOf(stars));
        }
        List<Date> deliveries = em.createQuery("SELECT e.occurredAt FROM " + CxFulfilmentEventImpl.class.getName()
                + " e WHERE e.type = 'DELIVERED' AND e.occurredAt >= :from AND e.occurredAt < :to", Date.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        for (Date delivered : deliveries) {
            buckets.row(delivered, "review.delivered", "").add(1, null);
        }
        return buckets.list();
    }
}
