package dev.cxplugin.notify.dao;

import dev.cxplugin.notify.domain.CxNotification;
import dev.cxplugin.notify.domain.CxNotificationImpl;
import dev.cxplugin.notify.type.CxNotificationStatus;
import org.broadleafcommerce.common.persistence.EntityConfiguration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

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
}
