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

import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

public class CxNotificationDaoImpl implements CxNotificationDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    /** The notification's entity class as configured (a merchant may extend it), looked up once. */
    protected volatile Class<?> entityClass;

    /**
     * A new row of the configured entity class. Instantiated directly rather than as a Spring prototype bean on
     * every call: the bean factory's post-processors cost more than the rest of recording a confirmation in checkout.
     */
    @Override
    public CxNotification create() {
        Class<?> type = entityClass;
        if (type == null) {
            type = entityConfiguration.createEntityInstance(CxNotification.class.getName()).getClass();
            entityClass = type;
        }
        try {
            return (CxNotification) type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            return (CxNotification) entityConfiguration.createEntityInstance(CxNotification.class.getName());
        }
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

    /** Whether the database can skip rows other transactions hold (detected once, from the JDBC metadata). */
    protected volatile Boolean skipLocked;

    @Override
    public List<Long> readDueIds(Date now, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        if (supportsSkipLocked()) {
            return readDueIdsSkippingLocked(now, limit);
        }
        TypedQuery<Long> q = em.createQuery("SELECT n.id FROM " + CxNotification.class.getName() + " n WHERE "
                + "(n.status = :pending AND n.nextAttemptDate <= :now) OR (n.status = :sending AND n.leaseUntil < :now) "
                + "ORDER BY n.nextAttemptDate, n.id", Long.class);
        q.setParameter("pending", CxNotificationStatus.PENDING);
        q.setParameter("sending", CxNotificationStatus.SENDING);
        q.setParameter("now", now);
        q.setMaxResults(limit);
        return q.getResultList();
    }

    /**
     * PostgreSQL 9.5+ and MariaDB 10.6+: locks due rows FOR UPDATE SKIP LOCKED, so concurrent dispatchers take
     * disjoint batches without waiting on each other; the rows stay locked until the caller's transaction ends,
     * and {@link #claim} then marks them by primary key.
     * <p>
     * Two steps, because of InnoDB (MariaDB): a locking range scan of the (STATUS, NEXT_ATTEMPT_DATE) index
     * takes gap locks, and two dispatchers that both hold a gap and then move their rows to SENDING (a new
     * index entry in that gap) deadlock: two dispatcher processes did so. So the candidates are read without
     * locks, then locked by primary key (record locks only, no gaps) with the due condition checked again
     * on the latest version. The candidate window is a few batches wide so a second dispatcher finds rows
     * the first one did not lock.
     */
    protected List<Long> readDueIdsSkippingLocked(Date now, int limit) {
        TypedQuery<Long> candidates = em.createQuery("SELECT n.id FROM " + CxNotification.class.getName() + " n WHERE "
                + "(n.status = :pending AND n.nextAttemptDate <= :now) OR (n.status = :sending AND n.leaseUntil < :now) "
                + "ORDER BY n.nextAttemptDate, n.id", Long.class);
        candidates.setParameter("pending", CxNotificationStatus.PENDING);
        candidates.setParameter("sending", CxNotificationStatus.SENDING);
        candidates.setParameter("now", now);
        candidates.setMaxResults(limit * candidateWindow);
        List<Long> ids = candidates.getResultList();
        if (ids.isEmpty()) {
            return ids;
        }
        // the limit is an int and goes into the SQL text: Hibernate would put its own LIMIT after FOR UPDATE
        Query lock = em.createNativeQuery("SELECT NOTIFICATION_ID FROM CX_NOTIFICATION WHERE NOTIFICATION_ID IN (:ids) "
                + "AND ((STATUS = :pending AND NEXT_ATTEMPT_DATE <= :now) OR (STATUS = :sending AND LEASE_UNTIL < :now)) "
                + "ORDER BY NOTIFICATION_ID LIMIT " + limit + " FOR UPDATE SKIP LOCKED");
        lock.setParameter("ids", ids);
        lock.setParameter("pending", CxNotificationStatus.PENDING);
        lock.setParameter("sending", CxNotificationStatus.SENDING);
        lock.setParameter("now", now, javax.persistence.TemporalType.TIMESTAMP);
        List<?> rows = lock.getResultList();
        List<Long> locked = new ArrayList<Long>(rows.size());
        for (Object row : rows) {
            locked.add(((Number) row).longValue());
        }
        return locked;
    }

    /** How many batches wide the SKIP LOCKED candidate read is (room for concurrent dispatchers). */
    protected int candidateWindow = 4;

    public void setCandidateWindow(int candidateWindow) {
        this.candidateWindow = candidateWindow;
    }

    /** PostgreSQL from 9.5, MariaDB from 10.6 (MySQL from 8.0) have SKIP LOCKED; HSQLDB and older ones do not. */
    public boolean supportsSkipLocked() {
        Boolean known = skipLocked;
        if (known == null) {
            known = em.unwrap(Session.class).doReturningWork(new ReturningWork<Boolean>() {
                @Override
                public Boolean execute(Connection connection) throws SQLException {
                    DatabaseMetaData meta = connection.getMetaData();
                    return supportsSkipLocked(meta.getDatabaseProductName(), meta.getDatabaseProductVersion(),
                            meta.getDatabaseMajorVersion(), meta.getDatabaseMinorVersion());
                }
            });
            skipLocked = known;
        }
        return known;
    }

    /** Decides from the JDBC metadata; MariaDB's older drivers call it "MySQL", its version string says MariaDB. */
    public static boolean supportsSkipLocked(String product, String version, int major, int minor) {
        String name = product == null ? "" : product.toLowerCase(java.util.Locale.ROOT);
        String full = version == null ? "" : version.toLowerCase(java.util.Locale.ROOT);
        if (name.contains("postgresql")) {
            return major > 9 || (major == 9 && minor >= 5);
        }
        if (name.contains("mariadb") || full.contains("mariadb")) {
            // the server may announce itself as "5.5.5-10.11.6-MariaDB": the real version precedes "-mariadb"
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)\\.(\\d+)\\.\\d+-mariadb").matcher(full);
            if (m.find()) {
                major = Integer.parseInt(m.group(1));
                minor = Integer.parseInt(m.group(2));
            }
            return major > 10 || (major == 10 && minor >= 6);
        }
        if (name.contains("mysql")) {
            return major >= 8;
        }
        return false;
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
