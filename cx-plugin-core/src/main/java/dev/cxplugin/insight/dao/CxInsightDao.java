package dev.cxplugin.insight.dao;

import dev.cxplugin.insight.domain.CxInsightDay;
import dev.cxplugin.insight.domain.CxInsightDirty;
import dev.cxplugin.insight.service.CxRollupRow;

import java.util.Collection;
import java.util.Date;
import java.util.List;

public interface CxInsightDao {

    /** Records that a source's figures of a day must be recomputed (an insert; joins the caller's transaction). */
    void markDirty(String source, Date day);

    /** Every mark of a source, oldest first. */
    List<CxInsightDirty> readDirty(String source);

    /** Removes the marks of a source up to an id (marks made meanwhile stay for the next refresh). */
    int deleteDirty(String source, Long upToId);

    /** Creates the source's lock row if it does not exist yet (in a transaction of its own). */
    void ensureSource(String name);

    /** Locks the source's row until the transaction ends and stamps it with now. */
    void lockSource(String name, Date now);

    Date readRefreshedDate(String name);

    /** Replaces a source's figures of the given days by the rows (rows of other days are ignored). */
    void replaceDays(String source, Collection<Date> days, List<CxRollupRow> rows);

    /** Removes every figure of a source (before a rebuild). */
    int deleteAll(String source);

    /** The figures of these metrics on the days in [from, to). */
    List<CxInsightDay> readDays(Collection<String> metrics, Date from, Date to);

    /** A metric's count and total per split over the days in [from, to) (null from: since the first day), added up by the database. */
    java.util.Map<String, CxRollupRow> sumByDim(String metric, Date from, Date to);

    /** Every figure of a source, in day order (tests compare a maintained rollup with a rebuilt one). */
    List<CxInsightDay> readAll(String source);
}
