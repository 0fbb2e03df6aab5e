package dev.cxplugin.notify.service;

import dev.cxplugin.notify.dao.CxNotificationDao;
import dev.cxplugin.notify.domain.CxNotification;
import dev.cxplugin.notify.type.CxNotificationStatus;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.annotation.PreDestroy;
import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.PersistenceException;
import javax.persistence.PersistenceUnit;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.Transaction;
import org.hibernate.ejb.HibernateEntityManagerFactory;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.type.Type;
import org.hibernate.action.spi.AfterTransactionCompletionProcess;
import org.hibernate.engine.spi.ActionQueue;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.event.spi.EventSource;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;


public class CxNotificationServiceImpl implements CxNotificationService {

    private static final Log LOG = LogFactory.getLog(CxNotificationServiceImpl.class);

    @Resource(name = "cxNotificationDao")
    protected CxNotificationDao notificationDao;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Resource(name = "cxNotificationSettings")
    protected CxNotificationSettings settings;

    @PersistenceUnit(unitName = "blPU")
    protected EntityManagerFactory entityManagerFactory;

    /** Rows per transaction of the outbox writer, and how many may wait for it before checkout writes its own. */
    protected int outboxBatchSize = 200;
    protected int outboxQueueCapacity = 10000;
    /** How long the writer gathers rows into one transaction (cx.notify.outboxLingerMillis). */
    protected long outboxLingerMillis = 200;
    protected CxOutboxWriter outboxWriter;

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
    public void enqueueWithOrderSave(CxNotificationRequest request) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            enqueue(request);
            return;
        }
        EntityManagerHolder holder = (EntityManagerHolder) TransactionSynchronizationManager.getResource(entityManagerFactory);
        if (holder == null) {
            enqueueIndependently(request);
            return;
        }
        // Broadleaf never checks out a submitted order again, so no row for this key can exist yet and checkout
        // need not look for one; the unique dedupe key still refuses a second row (see insertAll).
        ActionQueue queue = ((EventSource) holder.getEntityManager().unwrap(Session.class)).getActionQueue();
        queue.registerProcess(new WriteAfterCommit(request));
    }

    /**
     * Hands the request to the outbox writer when the session's next transaction, the final order save, has
     * committed. The INSERT once ran inside that commit, atomic with the SUBMITTED status, but it, its id and the
     * row's set-up were most of what the plugin added to a checkout; the reconciler covers the gap after the commit.
     */
    protected class WriteAfterCommit implements AfterTransactionCompletionProcess {
        protected final CxNotificationRequest request;

        protected WriteAfterCommit(CxNotificationRequest request) {
            this.request = request;
        }

        @Override
        public void doAfterTransactionCompletion(boolean success, SessionImplementor session) {
            // a rolled-back save: the order was not submitted, and the next commit of this session is not its
            if (success && !request.isWithdrawn()) {
                outboxWriter().submit(request);
            }
        }
    }

    @Override
    public void discardWithOrderSave(CxNotificationRequest request) {
        if (request != null) {
            request.withdraw(); // written in a transaction instead: that transaction's rollback removes the row
        }
    }

    @Override
    public boolean awaitRecorded(long timeoutMillis) {
        CxOutboxWriter writer = outboxWriter;
        return writer == null || writer.awaitWritten(timeoutMillis);
    }

    protected synchronized CxOutboxWriter outboxWriter() {
        if (outboxWriter == null) {
            outboxWriter = new CxOutboxWriter(new CxOutboxWriter.Sink() {
                @Override
                public void writeAll(List<CxNotificationRequest> requests) {
                    insertAll(requests);
                }
            }, outboxQueueCapacity, outboxBatchSize);
            outboxWriter.setLingerMillis(outboxLingerMillis);
        }
        return outboxWriter;
    }

    public void setOutboxLingerMillis(long outboxLingerMillis) {
        this.outboxLingerMillis = outboxLingerMillis;
    }

    /** The writer of what checkout recorded, for a benchmark's accounting; null before the first checkout. */
    public CxOutboxWriter getOutboxWriter() {
        return outboxWriter;
    }

    @PreDestroy
    public void stopOutboxWriter() {
        CxOutboxWriter writer = outboxWriter;
        if (writer != null) {
            writer.stop(10000);
        }
    }

    /**
     * Inserts the rows in one transaction of their own on a stateless session: no persistence context, no events,
     * and no query-cache invalidation recorded for the table (Broadleaf's Ehcache configuration keeps those
     * timestamps on disk: a scheduled disk write per table and commit). If any row is refused (a reconciler on another node
     * recorded that confirmation first), each is recorded on its own, and the row already there stands.
     */
    protected void insertAll(List<CxNotificationRequest> requests) {
        List<CxNotificationRequest> live = new ArrayList<CxNotificationRequest>(requests.size());
        for (CxNotificationRequest r : requests) {
            if (!r.isWithdrawn()) {
                live.add(r);
            }
        }
        if (live.isEmpty()) {
            return;
        }
        StatelessSession session = sessionFactory().openStatelessSession();
        Transaction tx = null;
        try {
            tx = session.beginTransaction();
            insertBatch((SessionImplementor) session, live);
            tx.commit();
        } catch (RuntimeException e) {
            if (tx != null && tx.isActive()) {
                tx.rollback();
            }
            for (CxNotificationRequest r : live) {
                try {
                    enqueueIndependently(r);
                } catch (RuntimeException again) {
                    LOG.warn("Could not record " + r.getDedupeKey() + "; the reconciler will", again);
                }
            }
        } finally {
            session.close();
        }
    }

    /**
     * One JDBC batch of INSERTs, the statement written from the entity's mapping: Hibernate 4.1 batches only when
     * a JDBC batch size is set for the whole persistence unit, and a statement prepared per row cost most of the
     * writer's time (HSQLDB compiles every prepared statement).
     */
    protected void insertBatch(SessionImplementor session, List<CxNotificationRequest> requests) {
        List<CxNotification> rows = new ArrayList<CxNotification>(requests.size());
        for (CxNotificationRequest r : requests) {
            rows.add(newRow(r));
        }
        AbstractEntityPersister persister = (AbstractEntityPersister) session.getFactory().getEntityPersister(rows.get(0).getClass().getName());
        List<Integer> properties = new ArrayList<Integer>();
        StringBuilder columns = new StringBuilder(persister.getIdentifierColumnNames()[0]);
        int columnCount = 1;
        boolean[] insertable = persister.getPropertyInsertability();
        for (int i = 0; i < insertable.length; i++) {
            if (insertable[i]) {
                properties.add(i);
                for (String column : persister.getPropertyColumnNames(i)) {
                    columns.append(", ").append(column);
                    columnCount++;
                }
            }
        }
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(persister.getTableName()).append(" (").append(columns).append(") VALUES (?");
        for (int i = 1; i < columnCount; i++) {
            sql.append(", ?");
        }
        sql.append(')');
        Type[] types = persister.getPropertyTypes();
        try {
            PreparedStatement ps = session.getTransactionCoordinator().getJdbcCoordinator().getStatementPreparer().prepareStatement(sql.toString());
            try {
                for (CxNotification n : rows) {
                    n.setId((Long) persister.getIdentifierGenerator().generate(session, n));
                    persister.getIdentifierType().nullSafeSet(ps, n.getId(), 1, session);
                    int index = 2;
                    for (int i : properties) {
                        types[i].nullSafeSet(ps, persister.getPropertyValue(n, i), index, session);
                        index += types[i].getColumnSpan(session.getFactory());
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            } finally {
                ps.close();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write " + rows.size() + " outbox row(s)", e);
        }
    }

    protected SessionFactory sessionFactory() {
        return ((HibernateEntityManagerFactory) entityManagerFactory).getSessionFactory();
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
