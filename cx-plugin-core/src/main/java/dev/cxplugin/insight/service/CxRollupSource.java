package dev.cxplugin.insight.service;

import java.util.Date;
import java.util.List;

/**
 * Where one family of figures comes from (Broadleaf's orders, the outbox, survey answers...). A source reads its
 * capability's own tables for a range of days and returns each day's figures; the rollup service stores them.
 * Register one as a bean: every {@code CxRollupSource} in the context is picked up.
 */
public interface CxRollupSource {

    /** Short and stable, the prefix of its metrics: {@code orders} owns {@code orders.*}. */
    String getName();

    /**
     * How many recent days still change without anyone marking them (a cart counts as abandoned only 24 h after
     * it was made; a notification is retried for a while): these are recomputed on every refresh.
     */
    int getSettlingDays();

    /** The first day with data (for a backfill), or null when there is none. */
    Date firstDay();

    /** Every figure of the days in [from, to) (both midnights, store time zone); days with nothing may be absent. */
    List<CxRollupRow> compute(Date from, Date to);
}
