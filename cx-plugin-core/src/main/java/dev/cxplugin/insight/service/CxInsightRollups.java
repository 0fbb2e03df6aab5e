package dev.cxplugin.insight.service;

import java.util.Date;
import java.util.List;

/**
 * Keeps the daily figures of every {@link CxRollupSource} up to date: changes mark their day (in their own
 * transaction), {@link #refresh()} recomputes the marked days and each source's settling days, and
 * {@link #rebuild(String)} recomputes a source's whole history (after an upgrade, or to check the figures).
 */
public interface CxInsightRollups {

    /** Marks a source's day of {@code when} for recomputation, in the caller's transaction. */
    void markDirty(String source, Date when);

    /** Recomputes what is marked, and the settling days, for every source; returns the days recomputed. */
    int refresh();

    /** Recomputes only what is marked (what the dashboard does before it reads, so a new answer shows at once). */
    int refreshMarked();

    /** Recomputes a source's figures from its first day to today; returns the days recomputed. */
    int rebuild(String source);

    List<CxRollupSource> getSources();

    CxRollupSource getSource(String name);

    /** When a source's figures were last brought up to date, or null. */
    Date refreshedDate(String source);
}
