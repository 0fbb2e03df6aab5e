package dev.cxplugin.insight.service;

import dev.cxplugin.notify.domain.CxNotificationImpl;
import dev.cxplugin.notify.type.CxNotificationStatus;

import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * Figures from the outbox, by the day an email was queued, split by kind:
 * {@code notify.queued}, {@code notify.sent}, {@code notify.failed} (needed more than one attempt, or died),
 * {@code notify.dead} (gave up), {@code notify.cancelled} (not sent on purpose: opted out, order cancelled).
 * An email settles within its retries, so the last seven days are recomputed on every refresh.
 */
public class CxNotificationRollupSource implements CxRollupSource {

    public static final String NAME = "notify";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    protected int settlingDays = 7;

    public void setSettlingDays(int settlingDays) {
        this.settlingDays = settlingDays;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getSettlingDays() {
        return settlingDays;
    }

    @Override
    public Date firstDay() {
        return em.createQuery("SELECT MIN(n.createdDate) FROM " + CxNotificationImpl.class.getName() + " n", Date.class)
                .getSingleResult();
    }

    @Override
    public List<CxRollupRow> compute(Date from, Date to) {
        CxInsightDays.Buckets buckets = new CxInsightDays.Buckets();
        List<Object[]> rows = em.createQuery("SELECT n.createdDate, n.kind, n.status, n.attempts FROM "
                + CxNotificationImpl.class.getName() + " n WHERE n.createdDate >= :from AND n.createdDate < :to", Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        for (Object[] row : rows) {
            Date created = (Date) row[0];
            String kind = (String) row[1];
            String status = (String) row[2];
            int attempts = ((Number) row[3]).intValue();
            buckets.row(created, "notify.queued", kind).add(1, null);
            if (CxNotificationStatus.SENT.equals(status)) {
                buckets.row(created, "notify.sent", kind).add(1, null);
            }
            if (CxNotificationStatus.DEAD.equals(status)) {
                buckets.row(created, "notify.dead", kind).add(1, null);
            }
            if (CxNotificationStatus.CANCELLED.equals(status)) {
                buckets.row(created, "notify.cancelled", kind).add(1, null);
            }
            if (CxNotificationStatus.DEAD.equals(status) || (CxNotificationStatus.SENT.equals(status) && attempts > 1)) {
                buckets.row(created, "notify.failed", kind).add(1, null);
            }
        }
        return buckets.list();
    }
}
