package dev.cxplugin.loyalty.dao;

import dev.cxplugin.loyalty.domain.CxLoyaltyAccount;
import dev.cxplugin.loyalty.domain.CxLoyaltyAccountImpl;
import dev.cxplugin.loyalty.domain.CxLoyaltyEntry;
import dev.cxplugin.loyalty.domain.CxLoyaltyEntryImpl;
import dev.cxplugin.loyalty.domain.CxLoyaltySetting;
import dev.cxplugin.loyalty.domain.CxLoyaltySettingImpl;
import dev.cxplugin.loyalty.type.CxLoyaltyEntryKind;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.core.order.domain.OrderImpl;
import org.broadleafcommerce.core.order.service.type.OrderStatus;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceContext;
import javax.persistence.PersistenceException;
import javax.persistence.PersistenceUnit;
import javax.persistence.TypedQuery;

public class CxLoyaltyDaoImpl implements CxLoyaltyDao {

    protected static final String ACCOUNT = CxLoyaltyAccountImpl.class.getName();
    protected static final String ENTRY = CxLoyaltyEntryImpl.class.getName();

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    @PersistenceUnit(unitName = "blPU")
    protected EntityManagerFactory entityManagerFactory;

    @Override
    public CxLoyaltyAccount readAccount(Long customerId) {
        List<CxLoyaltyAccount> found = em.createQuery("SELECT a FROM " + ACCOUNT + " a WHERE a.customerId = :c",
                CxLoyaltyAccount.class).setParameter("c", customerId).getResultList();
        if (found.isEmpty()) {
            return null;
        }
        // the balances change by bulk UPDATE, which the persistence context does not see
        CxLoyaltyAccount account = found.get(0);
        em.refresh(account);
        return account;
    }

    @Override
    public CxLoyaltyAccount readAccountForUpdate(Long customerId) {
        List<Long> ids = em.createQuery("SELECT a.id FROM " + ACCOUNT + " a WHERE a.customerId = :c", Long.class)
                .setParameter("c", customerId).getResultList();
        if (ids.isEmpty()) {
            return null;
        }
        CxLoyaltyAccount account = em.find(CxLoyaltyAccountImpl.class, ids.get(0));
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        return account;
    }

    @Override
    public void createAccountIfMissing(Long customerId) {
        EntityManager own = entityManagerFactory.createEntityManager();
        EntityTransaction tx = own.getTransaction();
        try {
            tx.begin();
            boolean exists = !own.createQuery("SELECT a.id FROM " + ACCOUNT + " a WHERE a.customerId = :c", Long.class)
                    .setParameter("c", customerId).getResultList().isEmpty();
            if (!exists) {
                CxLoyaltyAccountImpl account = (CxLoyaltyAccountImpl) entityConfiguration
                        .createEntityInstance(CxLoyaltyAccount.class.getName());
                account.setCustomerId(customerId);
                account.setCreatedDate(org.broadleafcommerce.common.time.SystemTime.asDate());
                own.persist(account);
            }
            tx.commit();
        } catch (PersistenceException e) {
            // another thread or node opened it first: that account stands
            if (tx.isActive()) {
                tx.rollback();
            }
        } finally {
            own.close();
        }
    }

    @Override
    public CxLoyaltyAccount createAccount(Long customerId) {
        CxLoyaltyAccount account = (CxLoyaltyAccount) entityConfiguration.createEntityInstance(CxLoyaltyAccount.class.getName());
        account.setCustomerId(customerId);
        account.setCreatedDate(org.broadleafcommerce.common.time.SystemTime.asDate());
        em.persist(account);
        // the conditional UPDATE that moves balances runs as SQL right after: the row must be there
        em.flush();
        return account;
    }

    @Override
    public CxLoyaltyAccount saveAccount(CxLoyaltyAccount account) {
        return em.merge(account);
    }

    @Override
    public boolean applyDeltas(Long customerId, long pendingDelta, long availableDelta) {
        int rows = em.createQuery("UPDATE " + ACCOUNT + " a SET a.pending = a.pending + :dp, a.available = a.available + :da "
                + "WHERE a.customerId = :c AND a.pending + :dp >= 0 AND a.available + :da >= 0")
                .setParameter("dp", pendingDelta).setParameter("da", availableDelta).setParameter("c", customerId)
                .executeUpdate();
        return rows == 1;
    }

    @Override
    public CxLoyaltyEntry createEntry() {
        return (CxLoyaltyEntry) entityConfiguration.createEntityInstance(CxLoyaltyEntry.class.getName());
    }

    @Override
    public CxLoyaltyEntry insertEntry(CxLoyaltyEntry entry) {
        em.persist(entry);
        em.flush();
        return entry;
    }

    @Override
    public CxLoyaltyEntry readEntryByKey(String key) {
        List<CxLoyaltyEntry> found = em.createQuery("SELECT e FROM " + ENTRY + " e WHERE e.entryKey = :k", CxLoyaltyEntry.class)
                .setParameter("k", key).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public CxLoyaltyEntry readEntryById(Long id) {
        return em.find(CxLoyaltyEntryImpl.class, id);
    }

    @Override
    public List<CxLoyaltyEntry> readEntries(Long customerId, int first, int max) {
        return em.createQuery("SELECT e FROM " + ENTRY + " e WHERE e.customerId = :c ORDER BY e.createdDate DESC, e.id DESC",
                CxLoyaltyEntry.class).setParameter("c", customerId).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countEntries(Long customerId) {
        return em.createQuery("SELECT COUNT(e) FROM " + ENTRY + " e WHERE e.customerId = :c", Long.class)
                .setParameter("c", customerId).getSingleResult();
    }

    @Override
    public List<CxLoyaltyEntry> readEntriesForOrder(Long orderId) {
        return em.createQuery("SELECT e FROM " + ENTRY + " e WHERE e.orderId = :o ORDER BY e.id", CxLoyaltyEntry.class)
                .setParameter("o", orderId).getResultList();
    }

    @Override
    public CxLoyaltyEntry readRedemption(Long customerId, String offerCode) {
        List<CxLoyaltyEntry> found = em.createQuery("SELECT e FROM " + ENTRY + " e WHERE e.customerId = :c "
                + "AND e.offerCode = :code AND e.kind = :kind", CxLoyaltyEntry.class)
                .setParameter("c", customerId).setParameter("code", offerCode)
                .setParameter("kind", CxLoyaltyEntryKind.REDEEM.getType()).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public long[] sumLedger(Long customerId) {
        Object[] row = em.createQuery("SELECT SUM(e.pendingDelta), SUM(e.availableDelta) FROM " + ENTRY
                + " e WHERE e.customerId = :c", Object[].class).setParameter("c", customerId).getSingleResult();
        return new long[] {row[0] == null ? 0 : ((Number) row[0]).longValue(), row[1] == null ? 0 : ((Number) row[1]).longValue()};
    }

    @Override
    public BigDecimal sumSpendSince(Long customerId, Date since) {
        BigDecimal sum = em.createQuery("SELECT SUM(e.spendAmount) FROM " + ENTRY + " e WHERE e.customerId = :c "
                + "AND e.createdDate >= :since AND e.spendAmount IS NOT NULL", BigDecimal.class)
                .setParameter("c", customerId).setParameter("since", since).getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    @Override
    public List<Long> readOrderIdsToEarn(Date since, int max) {
        return em.createQuery("SELECT o.id FROM " + OrderImpl.class.getName() + " o WHERE o.status = :s "
                + "AND o.submitDate >= :since AND o.customer.registered = true AND NOT EXISTS (SELECT e.id FROM " + ENTRY
                + " e WHERE e.orderId = o.id AND e.kind = :earn) ORDER BY o.submitDate, o.id", Long.class)
                .setParameter("s", OrderStatus.SUBMITTED.getType()).setParameter("since", since)
                .setParameter("earn", CxLoyaltyEntryKind.EARN.getType()).setMaxResults(max).getResultList();
    }

    @Override
    public List<Object[]> readOrderIdsPendingRelease(Long afterEntryId, int max) {
        return em.createQuery("SELECT e.id, e.orderId FROM " + ENTRY + " e WHERE e.kind = :earn AND e.id > :after AND NOT EXISTS "
                + "(SELECT r.id FROM " + ENTRY + " r WHERE r.orderId = e.orderId AND r.kind = :release) ORDER BY e.id", Object[].class)
                .setParameter("after", afterEntryId == null ? 0L : afterEntryId)
                .setParameter("earn", CxLoyaltyEntryKind.EARN.getType())
                .setParameter("release", CxLoyaltyEntryKind.RELEASE.getType()).setMaxResults(max).getResultList();
    }

    @Override
    public long countSubmittedOrders(Long customerId) {
        return em.createQuery("SELECT COUNT(o) FROM " + OrderImpl.class.getName() + " o WHERE o.customer.id = :c AND o.status = :s",
                Long.class).setParameter("c", customerId).setParameter("s", OrderStatus.SUBMITTED.getType()).getSingleResult();
    }

    @Override
    public List<Long> readCustomerIdsInactiveSince(Date before, Date notBefore, int max) {
        TypedQuery<Long> q = em.createQuery("SELECT a.customerId FROM " + ACCOUNT + " a WHERE a.available > 0 AND "
                + "COALESCE(a.lastPurchaseDate, a.createdDate) < :before"
                + (notBefore == null ? "" : " AND COALESCE(a.lastPurchaseDate, a.createdDate) >= :notBefore")
                + " ORDER BY a.id", Long.class).setParameter("before", before);
        if (notBefore != null) {
            q.setParameter("notBefore", notBefore);
        }
        return q.setMaxResults(max).getResultList();
    }

    @Override
    public List<Long> readCustomerIdsEvaluatedBefore(Date before, int max) {
        return em.createQuery("SELECT a.customerId FROM " + ACCOUNT + " a WHERE a.tierEvaluatedDate IS NULL "
                + "OR a.tierEvaluatedDate < :before ORDER BY a.id", Long.class)
                .setParameter("before", before).setMaxResults(max).getResultList();
    }

    @Override
    public List<CxLoyaltyAccount> readAccounts(String tier, int first, int max) {
        TypedQuery<CxLoyaltyAccount> q = em.createQuery("SELECT a FROM " + ACCOUNT + " a"
                + (tier == null ? "" : " WHERE a.tier = :t") + " ORDER BY a.available DESC, a.id", CxLoyaltyAccount.class);
        if (tier != null) {
            q.setParameter("t", tier);
        }
        List<CxLoyaltyAccount> list = q.setFirstResult(first).setMaxResults(max).getResultList();
        for (CxLoyaltyAccount a : list) {
            em.refresh(a);
        }
        return list;
    }

    @Override
    public long countAccounts(String tier) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(a) FROM " + ACCOUNT + " a" + (tier == null ? "" : " WHERE a.tier = :t"), Long.class);
        if (tier != null) {
            q.setParameter("t", tier);
        }
        return q.getSingleResult();
    }

    @Override
    public long[] sumAccounts() {
        Object[] row = em.createQuery("SELECT COUNT(a), SUM(a.available), SUM(a.pending) FROM " + ACCOUNT + " a", Object[].class)
                .getSingleResult();
        long[] r = new long[3];
        for (int i = 0; i < 3; i++) {
            r[i] = row[i] == null ? 0 : ((Number) row[i]).longValue();
        }
        return r;
    }

    @Override
    public CxLoyaltySetting readSetting(String name) {
        return em.find(CxLoyaltySettingImpl.class, name);
    }

    @Override
    public List<CxLoyaltySetting> readSettings() {
        return em.createQuery("SELECT s FROM " + CxLoyaltySettingImpl.class.getName() + " s", CxLoyaltySetting.class).getResultList();
    }

    @Override
    public CxLoyaltySetting saveSetting(CxLoyaltySetting setting) {
        return em.merge(setting);
    }

    @Override
    public CxLoyaltySetting createSetting() {
        return (CxLoyaltySetting) entityConfiguration.createEntityInstance(CxLoyaltySetting.class.getName());
    }
}
