package dev.cxplugin.notify.service;

import dev.cxplugin.notify.dao.CxNotificationDao;
import dev.cxplugin.notify.domain.CxNotification;
import dev.cxplugin.notify.type.CxNotificationStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.PersistenceException;
import javax.persistence.PersistenceUnit;

import org.hibernate.Session;
import org.hibernate.action.spi.AfterTransactionCompletionProcess;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.engine.spi.ActionQueue;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.event.spi.EventSource;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;


public class CxNotificationServiceImpl implements CxNotificationService {

    @Resource(name = "cxNotificationDao")
    protected CxNotificationDao notificationDao;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Resource(name = "cxNotificationSettings")
    protected CxNotificationSettings settings;

    @PersistenceUnit(unitName = "blPU")
    protected EntityManagerFactory entityManagerFactory;

    @Override
    @Transactional("blTransactionManager")
    public CxNotification enqueue(CxNotificationRequest request) {
        CxNotification existing = notificationDao.readByDedupeKey(request.getDedupeKey());
        if (existing != null) {
            if (CxNotificationStatus.CANCELLED.equals(existing.getStatus())) {
                revive(existing, request);
                return notificationDao.save(existing);
            }
            return existing;
        }
        return notificationDao.save(newRow(request));
    }

    /** A cancelled row comes back to life (a checkout retried after a failure). */
    protected void revive(CxNotification existing, CxNotificationRequest request) {
        existing.setStatus(CxNotificationStatus.PENDING);
        existing.setNextAttemptDate(request.getNotBefore() != null ? request.getNotBefore() : new Date());
        existing.setLastError(null);
    }

    protected CxNotification newRow(CxNotificationRequest request) {
        CxNotification n = notificationDao.create();
        n.setKind(request.getKind().getType());
        n.setDedupeKey(request.getDedupeKey());
        n.setStatus(CxNotificationStatus.PENDING);
        n.setCustomerId(request.getCustomerId());
        n.setOrderId(request.getOrderId());
        n.setRecipient(request.getRecipient());
        n.setLocale(request.getLocale());
        // unique, not secret: a Message-ID needs no SecureRandom (whose lock and digest showed in checkout's profile)
        ThreadLocalRandom random = ThreadLocalRandom.current();
        n.setMessageId("<cx-" + new UUID(random.nextLong(), random.nextLong()) + "@" + settings.getMessageIdDomain() + ">");
        n.setPayload(encode(request.getDetails()));
        Date now = new Date();
        n.setCreatedDate(now);
        n.setNextAttemptDate(request.getNotBefore() != null && request.getNotBefore().after(now) ? request.getNotBefore() : now);
        n.setAttempts(0);
        return n;
    }

    /**
     * Writes the row through an EntityManager and transaction of its own. Checkout runs on the request's open
     * EntityManager without a transaction; a REQUIRES_NEW transaction there would reuse that EntityManager and
     * flush the whole order in progress along with the row (costly, and ahead of Broadleaf's own final save).
     */
    @Override
    public CxNotification enqueueIndependently(CxNotificationRequest request) {
        try {
            return insertAlone(request);
        } catch (PersistenceException e) {
            // another thread or node recorded the same event first: that row stands
            EntityManager em = entityManagerFactory.createEntityManager();
            try {
                return findByKey(em, request.getDedupeKey());
            } finally {
                em.close();
            }
        }
    }

    @Override
    public CxNotification enqueueWithOrderSave(CxNotificationRequest request) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return enqueue(request);
        }
        EntityManagerHolder holder = (EntityManagerHolder) TransactionSynchronizationManager.getResource(entityManagerFactory);
        if (holder == null) {
            return enqueueIndependently(request);
        }
        // A confirmation row is only ever committed with its order's SUBMITTED status: it is written by the
        // request's next commit, the final order save; if that save rolls back, the row goes with it; if a later
        // activity fails, the checkout activity's rollback handler disarms it (discardWithOrderSave). Broadleaf
        // never checks out a submitted order again, so no row for this key can exist yet and no query is needed to
        // look for one (it cost a statement per checkout); the unique dedupe key still refuses a second row.
        return insertWithNextCommit(holder.getEntityManager().unwrap(Session.class), request);
    }

    /**
     * Inserts the row when the session's next transaction commits, through Hibernate's persister rather than
     * persist(): the row never joins the request's persistence context, so the order's save does not dirty-check
     * it, and no query-cache invalidation is recorded for the table (Broadleaf's Ehcache configuration keeps those
     * timestamps on disk: a scheduled disk write per table and commit, measured as most of the plugin's cost in
     * checkout).
     */
    protected CxNotification insertWithNextCommit(Session session, CxNotificationRequest request) {
        SessionImplementor si = (SessionImplementor) session;
        CxNotification n = newRow(request);
        EntityPersister persister = si.getFactory().getEntityPersister(n.getClass().getName());
        n.setId((Long) persister.getIdentifierGenerator().generate(si, n));
        PendingInsert pending = new PendingInsert(n, persister);
        ActionQueue queue = ((EventSource) session).getActionQueue();
        queue.registerProcess((BeforeTransactionCompletionProcess) pending);
        queue.registerProcess((AfterTransactionCompletionProcess) pending);
        return n;
    }

    /** The row's insert, run once in the next commit of the session, unless discarded or that commit failed first. */
    protected static class PendingInsert implements BeforeTransactionCompletionProcess, AfterTransactionCompletionProcess {
        protected final CxNotification row;
        protected final EntityPersister persister;
        protected boolean armed = true;

        protected PendingInsert(CxNotification row, EntityPersister persister) {
            this.row = row;
            this.persister = persister;
        }

        @Override
        public void doBeforeTransactionCompletion(SessionImplementor session) {
            if (armed && CxNotificationStatus.PENDING.equals(row.getStatus())) {
                persister.insert(row.getId(), persister.getPropertyValuesToInsert(row, Collections.emptyMap(), session), row, session);
                session.getTransactionCoordinator().getJdbcCoordinator().executeBatch();
            }
            armed = false;
        }

        @Override
        public void doAfterTransactionCompletion(boolean success, SessionImplementor session) {
            armed = false; // a rolled-back save: the next commit of this session is not this order's
        }
    }

    @Override
    public void discardWithOrderSave(CxNotification notification) {
        if (notification == null || TransactionSynchronizationManager.isActualTransactionActive()) {
            return; // written in a transaction: that transaction's rollback removes it
        }
        EntityManagerHolder holder = (EntityManagerHolder) TransactionSynchronizationManager.getResource(entityManagerFactory);
        if (notification.getId() != null && CxNotificationStatus.PENDING.equals(notification.getStatus())
                && (holder == null || !holder.getEntityManager().contains(notification))) {
            notification.setStatus(CxNotificationStatus.CANCELLED); // its pending insert skips it
            return;
        }
        if (holder != null && holder.getEntityManager().contains(notification)) {
            // remove, not detach: Hibernate has already queued the insert, and a detached entity with a queued
            // insert breaks the next flush; a removed one is inserted and deleted by it, leaving no row
            holder.getEntityManager().remove(notification);
        }
    }

    protected CxNotification insertAlone(CxNotificationRequest request) {
        EntityManager em = entityManagerFactory.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            CxNotification existing = findByKey(em, request.getDedupeKey());
            CxNotification result;
            if (existing == null) {
                result = newRow(request);
                em.persist(result);
            } else {
                result = existing;
                if (CxNotificationStatus.CANCELLED.equals(existing.getStatus())) {
                    revive(existing, request);
                }
            }
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw e;
        } finally {
            em.close();
        }
    }

    protected CxNotification findByKey(EntityManager em, String key) {
        List<CxNotification> rows = em.createQuery("SELECT n FROM " + CxNotification.class.getName()
                + " n WHERE n.dedupeKey = :key", CxNotification.class).setParameter("key", key).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    @Override
    @Transactional("blTransactionManager")
    public CxNotification readById(Long id) {
        return notificationDao.readById(id);
    }

    @Override
    @Transactional("blTransactionManager")
    public CxNotification resend(Long id) {
        CxNotification n = notificationDao.readById(id);
        if (n == null) {
            throw new IllegalArgumentException("No notification " + id);
        }
        if (CxNotificationStatus.DEAD.equals(n.getStatus()) || CxNotificationStatus.CANCELLED.equals(n.getStatus())) {
            n.setStatus(CxNotificationStatus.PENDING);
            n.setAttempts(0);
            n.setNextAttemptDate(new Date());
            n.setLastError(null);
            n = notificationDao.save(n);
        }
        return n;
    }

    static String encode(Map<String, String> details) {
        if (details == null || details.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : details.entrySet()) {
            sb.append(e.getKey()).append('=').append(e.getValue() == null ? "" : e.getValue().replace('\n', ' ')).append('\n');
        }
        return sb.toString();
    }
}
