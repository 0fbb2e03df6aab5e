package dev.cxplugin.insight.timeline;

import dev.cxplugin.complaint.domain.CxComplaintAuditImpl;
import dev.cxplugin.complaint.domain.CxComplaintImpl;
import dev.cxplugin.complaint.domain.CxComplaintMessageImpl;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * The customer's complaints: each ticket when opened, then its status changes and the messages of its public
 * thread (the customer's words, staff replies, compensation), each linking to the ticket in the admin.
 * Internal notes stay on the ticket's own page.
 */
public class CxComplaintTimelineSource implements CxTimelineSource {

    protected static final int MAX_TEXT = 200;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public List<CxTimelineEntry> entries(Long customerId, int max) {
        List<CxTimelineEntry> entries = new ArrayList<CxTimelineEntry>();
        String complaint = CxComplaintImpl.class.getName();
        List<Object[]> tickets = em.createQuery("SELECT c.id, c.reference, c.createdAt, c.category, c.status, c.subject FROM "
                + complaint + " c WHERE c.customerId = :customer ORDER BY c.createdAt DESC", Object[].class)
                .setParameter("customer", customerId)
                .setMaxResults(max)
                .getResultList();
        for (Object[] row : tickets) {
            entries.add(new CxTimelineEntry((Date) row[2], "COMPLAINT", "Complaint " + row[1] + " opened: "
                    + lower(row[3]) + " (now " + lower(row[4]) + ")", row[5] == null ? "" : (String) row[5],
                    "/cx-complaints/" + row[0]));
        }
        List<Object[]> moves = em.createQuery("SELECT a.complaintId, c.reference, a.createdAt, a.fromValue, a.toValue FROM "
                + CxComplaintAuditImpl.class.getName() + " a, " + complaint + " c WHERE a.complaintId = c.id "
                + "AND c.customerId = :customer AND a.action = 'STATUS' ORDER BY a.createdAt DESC", Object[].class)
                .setParameter("customer", customerId)
                .setMaxResults(max)
                .getResultList();
        for (Object[] row : moves) {
            entries.add(new CxTimelineEntry((Date) row[2], "COMPLAINT", "Complaint " + row[1] + ": " + lower(row[3])
                    + " to " + lower(row[4]), "", "/cx-complaints/" + row[0]));
        }
        List<Object[]> messages = em.createQuery("SELECT m.complaintId, c.reference, m.createdAt, m.type, m.authorName, m.body FROM "
                + CxComplaintMessageImpl.class.getName() + " m, " + complaint + " c WHERE m.complaintId = c.id "
                + "AND c.customerId = :customer AND m.type <> 'NOTE' ORDER BY m.createdAt DESC", Object[].class)
                .setParameter("customer", customerId)
                .setMaxResults(max)
                .getResultList();
        for (Object[] row : messages) {
            String body = row[5] == null ? "" : (String) row[5];
            entries.add(new CxTimelineEntry((Date) row[2], "COMPLAINT", "Complaint " + row[1] + ": "
                    + lower(row[3]).replace('_', ' ') + (row[4] == null ? "" : " by " + row[4]),
                    body.length() > MAX_TEXT ? body.substring(0, MAX_TEXT) + "..." : body, "/cx-complaints/" + row[0]));
        }
        return entries;
    }

    protected static String lower(Object value) {
        return value == null ? "" : String.valueOf(value).toLowerCase().replace('_', ' ');
    }
}
