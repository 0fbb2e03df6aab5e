package dev.cxplugin.notify.dao;

import dev.cxplugin.notify.domain.CxNotification;
import dev.cxplugin.notify.domain.CxNotificationImpl;
import dev.cxplugin.notify.type.CxNotificationStatus;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.core.order.domain.OrderImpl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.Query;
import javax.persistence.TypedQuery;


public class CxNotificationDaoImpl implements CxNotificationDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    @Override
    public CxNotification create() {
        return (CxNotification) entityConfiguration.createEntityInstance(CxNotification.class.getName());
    }

    @Override
    public CxNotification save(CxNotification notification) {
        if (notification.getId() == null) {
            em.persist(notification);
            return notification;
        }
        return em.merge(notification);
    }

    @Override
    public CxNotification readById(Long id) {
        return em.find(CxNotificationImpl.class, id);
    }

    @Override
    public CxNotification readByDedupeKey(String dedupeKey) {
        TypedQuery<CxNotification> q = em.createQuery(
                "SELECT n FROM " + CxNotification.class.getName() + " n WHERE n.dedupeKey = :key", CxNotification.class);
        q.setParameter("key", dedupeKey);
        List<CxNotification> result = q.getResultList();
        return result.isEmpty() ? null : result.get(0);
    }

    @Override
    public List<Long> readDueIds(Date now, int limit) {
        TypedQuery<Long> q = em.createQuery("SELECT n.id FROM " + CxNotification.class.getName() + " n WHERE "
                + "(n.status = :pending AND n.nextAttemptDate <= :now) OR (n.status = :sending AND n.leaseUntil < :now) "
                + "ORDER BY n.nextAttemptDate, n.id", Long.class);
        q.setParameter("pending", CxNotificationStatus.PENDING);
        q.setParameter("sending", CxNotificationStatus.SENDING);
        q.setParameter("now", now);
        q.setMaxResults(limit);
        return q.getResultList();
    }

    @Override
    public List<Long> claim(List<Long> ids, String owner, Date now, Date leaseUntil) {
        List<Long> sorted = new ArrayList<Long>(ids);
        // always lock in id order: two dispatchers claiming overlapping batches cannot deadlock
        Collections.sort(sorted);
        Query update = em.createQuery("UPDATE " + CxNotificationImpl.class.getName() + " n "
                + "SET n.status = :sending, n.leaseOwner = :owner, n.leaseUntil = :until "
                + "WHERE n.id = :id AND ((n.status = :pending AND n.nextAttemptDate <= :now) "
                + "OR (n.status = :sending AND n.leaseUntil < :now))");
        List<Long> claimed = new ArrayList<Long>();
        for (Long id : sorted) {
            update.setParameter("sending", CxNotificationStatus.SENDING);
            update.setParameter("pending", CxNotificationStatus.PENDING);
            update.setParameter("owner", owner);
            update.setParameter("until", leaseUntil);
            update.setParameter("now", now);
            update.setParameter("id", id);
            if (update.executeUpdate() == 1) {
                claimed.add(id);
            }
        }
        return claimed;
    }

    @Override
    public long countByStatus(String status) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(n) FROM " + CxNotification.class.getName()
                + " n WHERE n.status = :status", Long.class);
        q.setParameter("status", status);
        return q.getSingleResult();
    }

    @Override
    public int cancelPending(Long orderId, String kind, String reason) {
        Query q = em.createQuery("UPDATE " + CxNotificationImpl.class.getName() + " n SET n.status = :cancelled, "
                + "n.lastError = :reason WHERE n.orderId = :orderId AND n.kind = :kind AND n.status = :pending");
        q.setParameter("cancelled", CxNotificationStatus.CANCELLED);
        q.setParameter("reason", reason);
        q.setParameter("orderId", orderId);
        q.setParameter("kind", kind);
        q.setParameter("pending", CxNotificationStatus.PENDING);
        return q.executeUpdate();
    }

    @Override
    public List<CxNotification> readByOrder(Long orderId) {
        TypedQuery<CxNotification> q = em.createQuery("SELECT n FROM " + CxNotification.class.getName()
                + " n WHERE n.orderId = :orderId ORDER BY n.id", CxNotification.class);
        q.setParameter("orderId", orderId);
        return q.getResultList();
    }
    public List<CxNotification> readByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return new ArrayList<CxNotification>();
        }
        TypedQuery<CxNotification> q = em.createQuery("SELECT n FROM " + CxNotificationImpl.class.getName()
                + " n WHERE n.id IN (:ids) ORDER BY n.id", CxNotification.class);
        q.setParameter("ids", new ArrayList<Long>(ids));
        return q.getResultList();
    }

    @Override
    public Map<Long, CxOrderHead> readOrderHeads(Collection<Long> orderIds) {
        Map<Long, CxOrderHead> heads = new HashMap<Long, CxOrderHead>();
        if (orderIds.isEmpty()) {
            return heads;
        }
        // scalar columns only: loading OrderImpl would pull its customer and more for each row
        TypedQuery<Object[]> q = em.createQuery("SELECT o.id, o.status, o.orderNumber, o.submitDate FROM "
                + OrderImpl.class.getName() + " o WHERE o.id IN (:ids)", Object[].class);
        q.setParameter("ids", new ArrayList<Long>(new HashSet<Long>(orderIds)));
        for (Object[] row : q.getResultList()) {
            heads.put((Long) row[0], new CxOrderHead((Long) row[0], (String) row[1], (String) row[2], (Date) row[3]));
        }
        return heads;
    }

    @Override
    public int markSent(Collection<Long> ids, Date sentDate) {
        List<Long> sorted = new ArrayList<Long>(ids);
        Collections.sort(sorted);
        Query update = em.createQuery("UPDATE " + CxNotificationImpl.class.getName() + " n "
                + "SET n.status = :sent, n.sentDate = :sentDate, n.lastError = NULL, n.attempts = n.attempts + 1, "
                + "n.leaseOwner = NULL, n.leaseUntil = NULL WHERE n.id IN (:ids)");
        int changed = 0;
        for (int from = 0; from < sorted.size(); from += 200) {
            update.setParameter("sent", CxNotificationStatus.SENT);
            update.setParameter("sentDate", sentDate);
            update.setParameter("ids", sorted.subList(from, Math.min(sorted.size(), from + 200)));
            changed += update.executeUpdate();
        }
        return changed;
    }
}
