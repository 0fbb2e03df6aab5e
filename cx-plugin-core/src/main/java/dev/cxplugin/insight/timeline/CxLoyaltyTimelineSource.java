package dev.cxplugin.insight.timeline;

import dev.cxplugin.loyalty.domain.CxLoyaltyEntryImpl;
import dev.cxplugin.loyalty.type.CxLoyaltyEntryKind;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/** The customer's points ledger lines, linking to their loyalty member page in the admin. */
public class CxLoyaltyTimelineSource implements CxTimelineSource {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public List<CxTimelineEntry> entries(Long customerId, int max) {
        List<Object[]> rows = em.createQuery("SELECT e.createdDate, e.kind, e.pendingDelta, e.availableDelta, e.reason, e.offerCode FROM "
                + CxLoyaltyEntryImpl.class.getName() + " e WHERE e.customerId = :customer ORDER BY e.createdDate DESC, e.id DESC",
                Object[].class)
                .setParameter("customer", customerId)
                .setMaxResults(max)
                .getResultList();
        List<CxTimelineEntry> entries = new ArrayList<CxTimelineEntry>();
        for (Object[] row : rows) {
            CxLoyaltyEntryKind kind = CxLoyaltyEntryKind.getInstance((String) row[1]);
            long pending = ((Number) row[2]).longValue();
            long available = ((Number) row[3]).longValue();
            StringBuilder detail = new StringBuilder();
            detail.append(signed(available)).append(" available, ").append(signed(pending)).append(" pending");
            if (row[4] != null) {
                detail.append("; ").append(row[4]);
            }
            if (row[5] != null) {
                detail.append("; code ").append(row[5]);
            }
            entries.add(new CxTimelineEntry((Date) row[0], "POINTS", "Points: " + (kind == null ? row[1] : kind.getFriendlyType())
                    + " " + change(pending, available), detail.toString(), "/cx-loyalty/members/" + customerId));
        }
        return entries;
    }

    /**
     * The line's effect on the balance; a release moves points from pending to available (a net change of 0), so
     * it shows what became available.
     */
    protected static String change(long pending, long available) {
        if (pending + available == 0 && available != 0) {
            return signed(available);
        }
        return signed(pending + available);
    }

    protected static String signed(long points) {
        return points > 0 ? "+" + points : String.valueOf(points);
    }
}
