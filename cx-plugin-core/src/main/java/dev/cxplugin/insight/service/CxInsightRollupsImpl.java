package dev.cxplugin.insight.service;

import dev.cxplugin.insight.dao.CxInsightDao;
import dev.cxplugin.insight.domain.CxInsightDirty;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import javax.annotation.Resource;

public class CxInsightRollupsImpl implements CxInsightRollups {

    private static final Log LOG = LogFactory.getLog(CxInsightRollupsImpl.class);

    /** A rebuild recomputes this many days per transaction. */
    protected int rebuildChunkDays = 31;

    @Resource(name = "cxInsightDao")
    protected CxInsightDao dao;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Autowired(required = false)
    protected List<CxRollupSource> sources = new ArrayList<CxRollupSource>();

    public void setRebuildChunkDays(int rebuildChunkDays) {
        this.rebuildChunkDays = rebuildChunkDays;
    }

    @Override
    @Transactional("blTransactionManager")
    public void markDirty(String source, Date when) {
        dao.markDirty(source, CxInsightDays.startOfDay(when));
    }

    @Override
    public int refresh() {
        int days = 0;
        for (CxRollupSource source : sources) {
            days += refresh(source, true);
        }
        return days;
    }

    @Override
    public int refreshMarked() {
        int days = 0;
        for (CxRollupSource source : sources) {
            days += refresh(source, false);
        }
        return days;
    }

    /**
     * One transaction per source holding the source's row lock, so two nodes never interleave the delete and
     * insert of one day. Marks made while it runs have higher ids and stay for the next refresh.
     */
    protected int refresh(final CxRollupSource source, final boolean withSettlingDays) {
        dao.ensureSource(source.getName());
        return new TransactionTemplate(transactionManager).execute(new TransactionCallback<Integer>() {
            @Override
            public Integer doInTransaction(TransactionStatus status) {
                Date now = new Date();
                dao.lockSource(source.getName(), now);
                List<CxInsightDirty> marks = dao.readDirty(source.getName());
                SortedSet<Date> days = new TreeSet<Date>();
                Long upToId = null;
                for (CxInsightDirty mark : marks) {
                    days.add(CxInsightDays.startOfDay(mark.getDay()));
                    upToId = upToId == null || mark.getId() > upToId ? mark.getId() : upToId;
                }
                if (withSettlingDays) {
                    Date today = CxInsightDays.startOfDay(now);
                    for (int i = 0; i < source.getSettlingDays(); i++) {
                        days.add(CxInsightDays.addDays(today, -i));
                    }
                }
                recompute(source, days);
                if (upToId != null) {
                    dao.deleteDirty(source.getName(), upToId);
                }
                return days.size();
            }
        });
    }

    /** Computes runs of consecutive days with one read each and replaces their figures. */
    protected void recompute(CxRollupSource source, SortedSet<Date> days) {
        List<Date> run = new ArrayList<Date>();
        for (Date day : days) {
            if (!run.isEmpty() && !CxInsightDays.addDays(run.get(run.size() - 1), 1).equals(day)) {
                replace(source, run);
                run = new ArrayList<Date>();
            }
            run.add(day);
        }
        if (!run.isEmpty()) {
            replace(source, run);
        }
    }

    protected void replace(CxRollupSource source, List<Date> run) {
        Date from = run.get(0);
        Date to = CxInsightDays.addDays(run.get(run.size() - 1), 1);
        dao.replaceDays(source.getName(), run, source.compute(from, to));
    }

    @Override
    public int rebuild(final String name) {
        final CxRollupSource source = getSource(name);
        if (source == null) {
            throw new IllegalArgumentException("No figure source named " + name);
        }
        dao.ensureSource(name);
        final Date first = source.firstDay() == null ? null : CxInsightDays.startOfDay(source.firstDay());
        final Date end = CxInsightDays.addDays(CxInsightDays.startOfDay(new Date()), 1);
        int total = 0;
        Date from = first;
        boolean cleared = false;
        do {
            final Date chunkFrom = from;
            final Date chunkTo = from == null ? null : min(CxInsightDays.addDays(from, rebuildChunkDays), end);
            final boolean clear = !cleared;
            total += new TransactionTemplate(transactionManager).execute(new TransactionCallback<Integer>() {
                @Override
                public Integer doInTransaction(TransactionStatus status) {
                    dao.lockSource(name, new Date());
                    if (clear) {
                        dao.deleteAll(name);
                    }
                    if (chunkFrom == null) {
                        return 0;
                    }
                    List<Date> run = new ArrayList<Date>();
                    for (Date d = chunkFrom; d.before(chunkTo); d = CxInsightDays.addDays(d, 1)) {
                        run.add(d);
                    }
                    replace(source, run);
                    return run.size();
                }
            });
            cleared = true;
            from = chunkTo;
        } while (from != null && from.before(end));
        LOG.info("Rebuilt the " + name + " figures: " + total + " days");
        return total;
    }

    protected static Date min(Date a, Date b) {
        return a.before(b) ? a : b;
    }

    @Override
    public List<CxRollupSource> getSources() {
        return Collections.unmodifiableList(sources);
    }

    @Override
    public CxRollupSource getSource(String name) {
        for (CxRollupSource source : sources) {
            if (source.getName().equals(name)) {
                return source;
            }
        }
        return null;
    }

    @Override
    public Date refreshedDate(String source) {
        return dao.readRefreshedDate(source);
    }
}
