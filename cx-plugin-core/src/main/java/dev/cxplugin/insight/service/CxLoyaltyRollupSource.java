package dev.cxplugin.insight.service;

import dev.cxplugin.loyalty.domain.CxLoyaltyEntryImpl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * Figures from the points ledger (CX_LOYALTY_ENTRY), by the day a line was written. The ledger is append-only, so a
 * day's figures are exact once its lines are in; every new line marks its day.
 * <ul>
 * <li>{@code loyalty.entry}: lines split by kind (EARN, BONUS, REDEEM, REFUND, EXPIRE, REVERSE, ADJUST, RELEASE),
 * total = the points they moved (pending and available together; negative for points taken);</li>
 * <li>{@code loyalty.member}: lines split by whole days since the member's previous line ({@code new} for a first
 * line): a period's distinct active members are its lines whose previous line lies before the period;</li>
 * <li>{@code loyalty.balance}: on each day with lines, the points outstanding at the end of the day: split "" (count
 * = members with points, total = all their points), "available" and "pending" (totals of each bucket).</li>
 * </ul>
 */
public class CxLoyaltyRollupSource implements CxRollupSource {

    public static final String NAME = "loyalty";
    public static final String NEW = "new";
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
        return em.createQuery("SELECT MIN(e.createdDate) FROM " + CxLoyaltyEntryImpl.class.getName() + " e", Date.class)
                .getSingleResult();
    }

    @Override
    public List<CxRollupRow> compute(Date from, Date to) {
        CxInsightDays.Buckets buckets = new CxInsightDays.Buckets();
        List<Object[]> lines = em.createQuery("SELECT e.createdDate, e.customerId, e.kind, e.pendingDelta, e.availableDelta FROM "
                + CxLoyaltyEntryImpl.class.getName() + " e WHERE e.createdDate >= :from AND e.createdDate < :to "
                + "ORDER BY e.createdDate, e.id", Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        if (lines.isEmpty()) {
            return buckets.list();
        }
        Set<Long> members = new LinkedHashSet<Long>();
        for (Object[] line : lines) {
            members.add((Long) line[1]);
        }
        Map<Long, Date> lastBefore = new HashMap<Long, Date>();
        Map<Long, long[]> balances = balancesBefore(new ArrayList<Long>(members), from, lastBefore);
        long[] outstanding = outstandingBefore(from);   // members with points, pending, available
        for (long[] b : balances.values()) {
            // members of this range are followed one by one below; the aggregate keeps everybody else
            if (b[0] + b[1] > 0) {
                outstanding[0]--;
            }
        }
        Date day = null;
        for (Object[] line : lines) {
            Date when = (Date) line[0];
            Long member = (Long) line[1];
            Date lineDay = CxInsightDays.startOfDay(when);
            if (day != null && !day.equals(lineDay)) {
                snapshot(buckets, day, outstanding, balances);
            }
            day = lineDay;
            long pending = ((Number) line[3]).longValue();
            long available = ((Number) line[4]).longValue();
            buckets.row(when, "loyalty.entry", (String) line[2]).add(1, BigDecimal.valueOf(pending + available));
            Date previous = lastBefore.get(member);
            buckets.row(when, "loyalty.member", previous == null ? NEW
                    : String.valueOf(CxInsightDays.daysBetween(previous, when))).add(1, null);
            lastBefore.put(member, when);
            long[] b = balances.get(member);
            b[0] += pending;
            b[1] += available;
            outstanding[1] += pending;
            outstanding[2] += available;
        }
        snapshot(buckets, day, outstanding, balances);
        return buckets.list();
    }

    protected void snapshot(CxInsightDays.Buckets buckets, Date day, long[] others, Map<Long, long[]> balances) {
        long members = others[0];
        for (long[] b : balances.values()) {
            if (b[0] + b[1] > 0) {
                members++;
            }
        }
        buckets.row(day, "loyalty.balance", "").add(members, BigDecimal.valueOf(others[1] + others[2]));
        buckets.row(day, "loyalty.balance", "pending").add(0, BigDecimal.valueOf(others[1]));
        buckets.row(day, "loyalty.balance", "available").add(0, BigDecimal.valueOf(others[2]));
    }

    /** Each member's pending and available points before {@code from}, and the time of their latest line then. */
    protected Map<Long, long[]> balancesBefore(List<Long> members, Date from, Map<Long, Date> lastBefore) {
        Map<Long, long[]> balances = new HashMap<Long, long[]>();
        for (Long m : members) {
            balances.put(m, new long[2]);
        }
        for (int i = 0; i < members.size(); i += BATCH) {
            List<Object[]> rows = em.createQuery("SELECT e.customerId, SUM(e.pendingDelta), SUM(e.availableDelta), MAX(e.createdDate) FROM "
                    + CxLoyaltyEntryImpl.class.getName() + " e WHERE e.customerId IN (:members) AND e.createdDate < :from "
                    + "GROUP BY e.customerId", Object[].class)
                    .setParameter("members", members.subList(i, Math.min(i + BATCH, members.size())))
                    .setParameter("from", from)
                    .getResultList();
            for (Object[] row : rows) {
                long[] b = balances.get((Long) row[0]);
                b[0] = ((Number) row[1]).longValue();
                b[1] = ((Number) row[2]).longValue();
                lastBefore.put((Long) row[0], (Date) row[3]);
            }
        }
        return balances;
    }

    /** Before {@code from}: how many members held points, and the pending and available points of all of them. */
    protected long[] outstandingBefore(Date from) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT COUNT(*) AS MEMBERS, SUM(P) AS PENDING, SUM(A) AS AVAILABLE FROM (SELECT "
                + "SUM(PENDING_DELTA) AS P, SUM(AVAILABLE_DELTA) AS A FROM CX_LOYALTY_ENTRY WHERE CREATED_DATE < ? GROUP BY CUSTOMER_ID "
                + "HAVING SUM(PENDING_DELTA) + SUM(AVAILABLE_DELTA) > 0) T")
                .setParameter(1, from, javax.persistence.TemporalType.TIMESTAMP)
                .getSingleResult();
        return new long[] {number(row[0]), number(row[1]), number(row[2])};
    }

    protected static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
