package dev.cxplugin.insight.service;

import dev.cxplugin.complaint.domain.CxComplaintAuditImpl;
import dev.cxplugin.complaint.domain.CxComplaintImpl;
import dev.cxplugin.complaint.type.CxComplaintStatus;

import java.math.BigDecimal;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * Figures from complaint tickets. By the day a ticket was created (so a period's figures describe the tickets
 * opened in it, as the desk's own figures do; any change of a ticket marks its creation day):
 * <ul>
 * <li>{@code complaint.created}: tickets opened;</li>
 * <li>{@code complaint.first_response}: of those, the ones answered, total = business seconds to the first reply;</li>
 * <li>{@code complaint.resolution}: the ones resolved now, split by their business seconds to resolution (paused
 * time excluded, as the ticket's SLA clock stored it), total = those seconds: the split is the distribution the
 * median is read from;</li>
 * <li>{@code complaint.breached}: the ones that missed a first-response or resolution target;</li>
 * <li>{@code complaint.csat}: the satisfaction score given after resolution, split by score (1-5).</li>
 * </ul>
 * By the day it happened: {@code complaint.resolutions}, tickets moved to resolved. And on each day with a change
 * (a ticket opened or moved) a snapshot {@code complaint.open} of the tickets still to work on at the end of that
 * day: split "" (all of them), the creation day (yyyy-MM-dd) of those less than 7 days old, and "older"; so the
 * backlog's age at a later day is known without reading tickets (nothing changed in between).
 */
public class CxComplaintRollupSource implements CxRollupSource {

    public static final String NAME = "complaint";
    public static final String OLDER = "older";
    protected static final int BATCH = 500;

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
        return em.createQuery("SELECT MIN(c.createdAt) FROM " + CxComplaintImpl.class.getName() + " c", Date.class)
                .getSingleResult();
    }

    @Override
    public List<CxRollupRow> compute(Date from, Date to) {
        CxInsightDays.Buckets buckets = new CxInsightDays.Buckets();
        SortedSet<Date> changeDays = new TreeSet<Date>();
        addCreated(buckets, changeDays, from, to);
        addResolutions(buckets, changeDays, from, to);
        addBacklog(buckets, changeDays, from, to);
        return buckets.list();
    }

    protected void addCreated(CxInsightDays.Buckets buckets, SortedSet<Date> changeDays, Date from, Date to) {
        List<Object[]> rows = em.createQuery("SELECT c.createdAt, c.firstResponseSeconds, c.resolvedAt, c.resolutionSeconds, "
                + "c.firstResponseBreachedAt, c.resolutionBreachedAt, c.csatScore FROM " + CxComplaintImpl.class.getName()
                + " c WHERE c.createdAt >= :from AND c.createdAt < :to", Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        for (Object[] row : rows) {
            Date created = (Date) row[0];
            changeDays.add(CxInsightDays.startOfDay(created));
            buckets.row(created, "complaint.created", "").add(1, null);
            if (row[1] != null) {
                buckets.row(created, "complaint.first_response", "").add(1, BigDecimal.valueOf(((Number) row[1]).longValue()));
            }
            if (row[2] != null && row[3] != null) {
                long seconds = ((Number) row[3]).longValue();
                buckets.row(created, "complaint.resolution", String.valueOf(seconds)).add(1, BigDecimal.valueOf(seconds));
            }
            if (row[4] != null || row[5] != null) {
                buckets.row(created, "complaint.breached", "").add(1, null);
            }
            if (row[6] != null) {
                int score = ((Number) row[6]).intValue();
                buckets.row(created, "complaint.csat", String.valueOf(score)).add(1, BigDecimal.valueOf(score));
            }
        }
    }

    protected void addResolutions(CxInsightDays.Buckets buckets, SortedSet<Date> changeDays, Date from, Date to) {
        List<Object[]> rows = em.createQuery("SELECT a.createdAt, a.toValue FROM " + CxComplaintAuditImpl.class.getName()
                + " a WHERE a.action = 'STATUS' AND a.createdAt >= :from AND a.createdAt < :to", Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        for (Object[] row : rows) {
            changeDays.add(CxInsightDays.startOfDay((Date) row[0]));
            if (CxComplaintStatus.RESOLVED.name().equals(row[1])) {
                buckets.row((Date) row[0], "complaint.resolutions", "").add(1, null);
            }
        }
    }

    /**
     * The tickets to work on at the end of each change day, from the tickets' status history: a ticket is NEW from
     * its creation, then takes each STATUS audit's new value.
     */
    protected void addBacklog(CxInsightDays.Buckets buckets, SortedSet<Date> changeDays, Date from, Date to) {
        if (changeDays.isEmpty()) {
            return;
        }
        List<String> openWork = new ArrayList<String>();
        for (CxComplaintStatus s : CxComplaintStatus.values()) {
            if (s.isOpenWork()) {
                openWork.add(s.name());
            }
        }
        // open now, or moved since the range began: the only tickets that can have been open in it
        List<Object[]> tickets = em.createQuery("SELECT c.id, c.createdAt FROM " + CxComplaintImpl.class.getName()
                + " c WHERE c.createdAt < :to AND (c.status IN (:open) OR c.id IN (SELECT a.complaintId FROM "
                + CxComplaintAuditImpl.class.getName() + " a WHERE a.action = 'STATUS' AND a.createdAt >= :from))", Object[].class)
                .setParameter("to", to)
                .setParameter("open", openWork)
                .setParameter("from", from)
                .getResultList();
        Map<Long, List<Object[]>> history = statusHistory(tickets);
        SimpleDateFormat iso = new SimpleDateFormat("yyyy-MM-dd");
        for (Date day : changeDays) {
            Date end = CxInsightDays.addDays(day, 1);
            buckets.row(day, "complaint.open", "").add(0, null);
            for (Object[] ticket : tickets) {
                Date created = (Date) ticket[1];
                if (!created.before(end) || !isOpenAt(history.get((Long) ticket[0]), end)) {
                    continue;
                }
                buckets.row(day, "complaint.open", "").add(1, null);
                Date createdDay = CxInsightDays.startOfDay(created);
                String dim = CxInsightDays.daysBetween(createdDay, day) >= 7 ? OLDER : iso.format(createdDay);
                buckets.row(day, "complaint.open", dim).add(1, null);
            }
        }
    }

    protected Map<Long, List<Object[]>> statusHistory(List<Object[]> tickets) {
        Map<Long, List<Object[]>> history = new HashMap<Long, List<Object[]>>();
        List<Long> ids = new ArrayList<Long>();
        for (Object[] t : tickets) {
            history.put((Long) t[0], new ArrayList<Object[]>());
            ids.add((Long) t[0]);
        }
        for (int i = 0; i < ids.size(); i += BATCH) {
            List<Object[]> audits = em.createQuery("SELECT a.complaintId, a.createdAt, a.toValue FROM "
                    + CxComplaintAuditImpl.class.getName() + " a WHERE a.action = 'STATUS' AND a.complaintId IN (:ids) "
                    + "ORDER BY a.createdAt, a.id", Object[].class)
                    .setParameter("ids", ids.subList(i, Math.min(i + BATCH, ids.size())))
                    .getResultList();
            for (Object[] a : audits) {
                history.get((Long) a[0]).add(a);
            }
        }
        return history;
    }

    /** Whether the ticket was still to work on just before {@code end} (it is created before it). */
    protected static boolean isOpenAt(List<Object[]> audits, Date end) {
        String status = CxComplaintStatus.NEW.name();
        for (Object[] a : audits) {
            if (!((Date) a[1]).before(end)) {
                break;
            }
            status = (String) a[2];
        }
        CxComplaintStatus parsed = CxComplaintStatus.parse(status);
        return parsed != null && parsed.isOpenWork();
    }
}
