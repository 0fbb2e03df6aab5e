package dev.cxplugin.insight.dao;

import dev.cxplugin.insight.domain.CxInsightDay;
import dev.cxplugin.insight.domain.CxInsightDayImpl;
import dev.cxplugin.insight.domain.CxInsightDirty;
import dev.cxplugin.insight.domain.CxInsightDirtyImpl;
import dev.cxplugin.insight.domain.CxInsightSource;
import dev.cxplugin.insight.domain.CxInsightSourceImpl;
import dev.cxplugin.insight.service.CxRollupRow;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceContext;

public class CxInsightDaoImpl implements CxInsightDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Override
    public void markDirty(String source, Date day) {
        CxInsightDirty mark = (CxInsightDirty) entityConfiguration.createEntityInstance(CxInsightDirty.class.getName());
        mark.setSource(source);
        mark.setDay(day);
        em.persist(mark);
    }

    @Override
    public List<CxInsightDirty> readDirty(String source) {
        return em.createQuery("SELECT d FROM " + CxInsightDirtyImpl.class.getName()
                + " d WHERE d.source = :source ORDER BY d.id", CxInsightDirty.class)
                .setParameter("source", source)
                .getResultList();
    }

    @Override
    public int deleteDirty(String source, Long upToId) {
        return em.createQuery("DELETE FROM " + CxInsightDirtyImpl.class.getName() + " d WHERE d.source = :source AND d.id <= :id")
                .setParameter("source", source)
                .setParameter("id", upToId)
                .executeUpdate();
    }

    @Override
    public void ensureSource(final String name) {
        if (em.find(CxInsightSourceImpl.class, name) != null) {
            return;
        }
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        try {
            tx.execute(new TransactionCallbackWithoutResult() {
                @Override
                protected void doInTransactionWithoutResult(TransactionStatus status) {
                    if (em.find(CxInsightSourceImpl.class, name) == null) {
                        CxInsightSource row = (CxInsightSource) entityConfiguration.createEntityInstance(CxInsightSource.class.getName());
                        row.setName(name);
                        em.persist(row);
                        em.flush();
                    }
                }
            });
        } catch (RuntimeException e) {
            // another node created it at the same moment: the row is there, which is all we need
            if (em.find(CxInsightSourceImpl.class, name) == null) {
                throw e;
            }
        }
    }

    @Override
    public void lockSource(String name, Date now) {
        CxInsightSource row = em.find(CxInsightSourceImpl.class, name, LockModeType.PESSIMISTIC_WRITE);
        row.setRefreshedDate(now);
    }

    @Override
    public Date readRefreshedDate(String name) {
        CxInsightSource row = em.find(CxInsightSourceImpl.class, name);
        return row == null ? null : row.getRefreshedDate();
    }

    @Override
    public void replaceDays(String source, Collection<Date> days, List<CxRollupRow> rows) {
        if (days.isEmpty()) {
            return;
        }
        em.createQuery("DELETE FROM " + CxInsightDayImpl.class.getName() + " d WHERE d.metric LIKE :prefix AND d.day IN (:days)")
                .setParameter("prefix", source + ".%")
                .setParameter("days", days)
                .executeUpdate();
        Set<Long> wanted = new HashSet<Long>();
        for (Date day : days) {
            wanted.add(day.getTime());
        }
        for (CxRollupRow row : rows) {
            if (!wanted.contains(row.getDay().getTime()) || !row.getMetric().startsWith(source + ".")) {
                continue;
            }
            CxInsightDay day = (CxInsightDay) entityConfiguration.createEntityInstance(CxInsightDay.class.getName());
            day.setDay(row.getDay());
            day.setMetric(row.getMetric());
            day.setDim(row.getDim());
            day.setCount(row.getCount());
            day.setTotal(row.getTotal());
            em.persist(day);
        }
        em.flush();
    }

    @Override
    public int deleteAll(String source) {
        return em.createQuery("DELETE FROM " + CxInsightDayImpl.class.getName() + " d WHERE d.metric LIKE :prefix")
                .setParameter("prefix", source + ".%")
                .executeUpdate();
    }

    /** Read as plain values, not managed entities: a 90-day dashboard reads tens of thousands of rows only to add them up. */
    @Override
    public List<CxInsightDay> readDays(Collection<String> metrics, Date from, Date to) {
        List<Object[]> rows = em.createQuery("SELECT d.day, d.metric, d.dim, d.count, d.total FROM " + CxInsightDayImpl.class.getName()
                + " d WHERE d.metric IN (:metrics) AND d.day >= :from AND d.day < :to ORDER BY d.day", Object[].class)
                .setParameter("metrics", metrics)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        List<CxInsightDay> days = new java.util.ArrayList<CxInsightDay>(rows.size());
        for (Object[] row : rows) {
            CxInsightDayImpl day = new CxInsightDayImpl();
            day.setDay((Date) row[0]);
            day.setMetric((String) row[1]);
            day.setDim((String) row[2]);
            day.setCount(((Number) row[3]).longValue());
            day.setTotal((java.math.BigDecimal) row[4]);
            days.add(day);
        }
        return days;
    }

    @Override
    public java.util.Map<String, CxRollupRow> sumByDim(String metric, Date from, Date to) {
        javax.persistence.TypedQuery<Object[]> query = em.createQuery("SELECT d.dim, SUM(d.count), SUM(d.total) FROM "
                + CxInsightDayImpl.class.getName() + " d WHERE d.metric = :metric AND d.day < :to"
                + (from == null ? "" : " AND d.day >= :from") + " GROUP BY d.dim", Object[].class)
                .setParameter("metric", metric)
                .setParameter("to", to);
        if (from != null) {
            query.setParameter("from", from);
        }
        java.util.Map<String, CxRollupRow> sums = new java.util.TreeMap<String, CxRollupRow>();
        for (Object[] row : query.getResultList()) {
            sums.put((String) row[0], new CxRollupRow(from == null ? new Date(0) : from, metric, (String) row[0],
                    ((Number) row[1]).longValue(), row[2] == null ? null : new java.math.BigDecimal(row[2].toString())));
        }
        return sums;
    }

    @Override
    public List<CxInsightDay> readAll(String source) {
        return em.createQuery("SELECT d FROM " + CxInsightDayImpl.class.getName()
                + " d WHERE d.metric LIKE :prefix ORDER BY d.day, d.metric, d.dim", CxInsightDay.class)
                .setParameter("prefix", source + ".%")
                .getResultList();
    }
}
