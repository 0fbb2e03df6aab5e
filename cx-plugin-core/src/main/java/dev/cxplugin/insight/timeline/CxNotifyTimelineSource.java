package dev.cxplugin.insight.timeline;

import dev.cxplugin.notify.domain.CxFulfilmentEventImpl;
import dev.cxplugin.notify.domain.CxNotificationImpl;
import dev.cxplugin.notify.type.CxNotificationKind;
import org.broadleafcommerce.core.order.domain.OrderImpl;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/** The customer's emails (queued, sent, failed, not sent on purpose) and their orders' fulfilment events. */
public class CxNotifyTimelineSource implements CxTimelineSource {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public List<CxTimelineEntry> entries(Long customerId, int max) {
        List<CxTimelineEntry> entries = new ArrayList<CxTimelineEntry>();
        List<Object[]> emails = em.createQuery("SELECT n.id, n.kind, n.status, n.createdDate, n.sentDate, n.subject FROM "
                + CxNotificationImpl.class.getName() + " n WHERE n.customerId = :customer ORDER BY n.createdDate DESC", Object[].class)
                .setParameter("customer", customerId)
                .setMaxResults(max)
                .getResultList();
        for (Object[] row : emails) {
            CxNotificationKind kind = CxNotificationKind.getInstance((String) row[1]);
            String name = kind == null ? (String) row[1] : kind.getFriendlyType();
            Date when = row[4] != null ? (Date) row[4] : (Date) row[3];
            String subject = (String) row[5];
            entries.add(new CxTimelineEntry(when, "EMAIL", "Email: " + name + " (" + String.valueOf(row[2]).toLowerCase() + ")",
                    subject == null ? "" : subject, "/cx-notification/" + row[0]));
        }
        List<Object[]> events = em.createQuery("SELECT e.orderId, e.type, e.occurredAt, e.recordedAt, e.reason, e.carrier, e.trackingNumber FROM "
                + CxFulfilmentEventImpl.class.getName() + " e WHERE e.orderId IN (SELECT o.id FROM " + OrderImpl.class.getName()
                + " o WHERE o.customer.id = :customer) ORDER BY e.recordedAt DESC", Object[].class)
                .setParameter("customer", customerId)
                .setMaxResults(max)
                .getResultList();
        for (Object[] row : events) {
            Date when = row[2] != null ? (Date) row[2] : (Date) row[3];
            StringBuilder detail = new StringBuilder();
            if (row[5] != null) {
                detail.append(row[5]).append(row[6] == null ? "" : " " + row[6]);
            }
            if (row[4] != null) {
                detail.append(detail.length() == 0 ? "" : "; ").append(row[4]);
            }
            entries.add(new CxTimelineEntry(when, "ORDER_UPDATE", "Order update: " + String.valueOf(row[1]).toLowerCase().replace('_', ' '),
                    detail.toString(), "/cx-fulfilment/" + row[0]));
        }
        return entries;
    }
}
