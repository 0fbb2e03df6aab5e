package dev.cxplugin.insight.timeline;

import dev.cxplugin.review.domain.CxReviewImpl;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/** The customer's product reviews: stars, moderation status and title, linking to the review in the admin. */
public class CxReviewTimelineSource implements CxTimelineSource {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public List<CxTimelineEntry> entries(Long customerId, int max) {
        List<Object[]> rows = em.createQuery("SELECT r.id, r.createdDate, r.rating, r.status, r.title, r.productId FROM "
                + CxReviewImpl.class.getName() + " r WHERE r.customerId = :customer ORDER BY r.createdDate DESC", Object[].class)
                .setParameter("customer", customerId)
                .setMaxResults(max)
                .getResultList();
        List<CxTimelineEntry> entries = new ArrayList<CxTimelineEntry>();
        for (Object[] row : rows) {
            String title = row[4] == null ? "" : (String) row[4];
            entries.add(new CxTimelineEntry((Date) row[1], "REVIEW", "Review: " + row[2] + " of 5 stars ("
                    + String.valueOf(row[3]).toLowerCase() + ")", title + (title.isEmpty() ? "" : " - ") + "product " + row[5],
                    "/cx-review/" + row[0]));
        }
        return entries;
    }
}
