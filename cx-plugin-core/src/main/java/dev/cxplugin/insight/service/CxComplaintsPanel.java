package dev.cxplugin.insight.service;

import dev.cxplugin.complaint.service.CxComplaintFigures;
import dev.cxplugin.insight.domain.CxInsightDay;

import java.math.BigDecimal;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/**
 * The complaint desk: tickets opened and resolved, the backlog at the end of the period by age, response and
 * resolution times in business hours (paused time excluded) and the SLA breach rate of the tickets opened in the
 * period, and the satisfaction customers gave after resolution. Durations, the median and the age buckets use the
 * complaint module's own figure code ({@link CxComplaintFigures}), so the desk and the dashboard agree.
 */
public class CxComplaintsPanel extends CxAbstractInsightPanel {

    public CxComplaintsPanel() {
        super("complaint", "Complaints", 60, "complaint.created", "complaint.first_response", "complaint.resolution",
                "complaint.breached", "complaint.csat", "complaint.resolutions", "complaint.open");
        figure("new", "New complaints", CxFigure.COUNT, "Complaint tickets opened in the period (by customers, staff or automatically).",
                t -> BigDecimal.valueOf(t.count("complaint.created")));
        figure("resolved", "Resolved", CxFigure.COUNT,
                "Times a ticket was marked resolved in the period (a ticket reopened and resolved again counts again).",
                t -> BigDecimal.valueOf(t.count("complaint.resolutions")));
        lowerIsBetter("backlog", "Backlog", CxFigure.COUNT,
                "Tickets still to work on (new, open, waiting for the customer or on hold) at the end of the period's last day "
                        + "(today if the period runs on).",
                t -> backlog(t, null));
        for (int i = 0; i < CxComplaintFigures.AGE_BUCKETS.length; i++) {
            final String bucket = CxComplaintFigures.AGE_BUCKETS[i];
            lowerIsBetter("backlog" + i, "Backlog, " + bucket, CxFigure.COUNT,
                    "Tickets of the backlog opened " + bucket + " before the end of the period's last day.",
                    t -> backlog(t, bucket));
        }
        lowerIsBetter("firstResponse", "First response time", CxFigure.HOURS,
                "Average business hours from opening to the first staff reply, of the tickets opened in the period and "
                        + "answered; time waiting for the customer or on hold does not count.",
                t -> hours(t.total("complaint.first_response"), t.count("complaint.first_response")));
        lowerIsBetter("resolutionAverage", "Resolution time, average", CxFigure.HOURS,
                "Average business hours from opening to resolution (paused time excluded) of the tickets opened in the "
                        + "period that are resolved.",
                t -> hours(t.total("complaint.resolution"), t.count("complaint.resolution")));
        lowerIsBetter("resolutionMedian", "Resolution time, median", CxFigure.HOURS,
                "The middle resolution time (business hours, paused time excluded) of the tickets opened in the period "
                        + "that are resolved: half took less, half took more.",
                CxComplaintsPanel::medianHours);
        lowerIsBetter("breachRate", "SLA breach rate", CxFigure.PERCENT,
                "Share of the tickets opened in the period that missed their first-response or resolution target.",
                t -> percent(t.count("complaint.breached"), t.count("complaint.created")));
        figure("csat", "CSAT after resolution", CxFigure.PERCENT,
                "Share of satisfied answers (4 or 5 of 5) among the satisfaction answers given on the period's tickets "
                        + "after they were resolved.",
                t -> percent(scoreCount(t, 4), scoreCount(t, 1)));
    }

    protected static BigDecimal hours(BigDecimal seconds, long n) {
        return n == 0 ? null : BigDecimal.valueOf(CxComplaintFigures.hours(seconds.doubleValue() / n));
    }

    protected static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(CxComplaintFigures.round(100.0 * part / whole));
    }

    protected static long scoreCount(CxInsightTotals t, int atLeast) {
        long n = 0;
        for (String dim : t.dims("complaint.csat")) {
            if (Integer.parseInt(dim) >= atLeast) {
                n += t.count("complaint.csat", dim);
            }
        }
        return n;
    }

    /** The median of the period's resolution times, from their distribution (each split is one duration). */
    protected static BigDecimal medianHours(CxInsightTotals t) {
        List<Long> sorted = new ArrayList<Long>();
        for (String dim : t.dims("complaint.resolution")) {
            long seconds = Long.parseLong(dim);
            for (long i = t.count("complaint.resolution", dim); i > 0; i--) {
                sorted.add(seconds);
            }
        }
        if (sorted.isEmpty()) {
            return null;
        }
        Collections.sort(sorted);
        return BigDecimal.valueOf(CxComplaintFigures.hours(CxComplaintFigures.median(sorted)));
    }

    /**
     * The backlog (of one age bucket, or all of it) at the end of the period's last day, from the latest snapshot
     * on or before it, in this period or the one before: nothing opened or moved since, so it still holds, aged to
     * that day. Null when neither period has a snapshot.
     */
    protected static BigDecimal backlog(CxInsightTotals t, String bucket) {
        Date last = CxInsightDays.addDays(t.getTo(), -1);
        Date today = CxInsightDays.startOfDay(new Date());
        if (last.after(today)) {
            last = today;
        }
        List<CxInsightDay> rows = new ArrayList<CxInsightDay>(t.rows("complaint.open"));
        if (t.getPrevious() != null) {
            rows.addAll(t.getPrevious().rows("complaint.open"));
        }
        Date snapshot = null;
        for (CxInsightDay row : rows) {
            if (!row.getDay().after(last) && (snapshot == null || row.getDay().after(snapshot))) {
                snapshot = row.getDay();
            }
        }
        if (snapshot == null) {
            return null;
        }
        long n = 0;
        for (CxInsightDay row : rows) {
            if (!row.getDay().equals(snapshot)) {
                continue;
            }
            if (bucket == null ? row.getDim().isEmpty() : !row.getDim().isEmpty() && bucket.equals(bucketOf(row.getDim(), last))) {
                n += row.getCount();
            }
        }
        return BigDecimal.valueOf(n);
    }

    protected static String bucketOf(String dim, Date last) {
        if (CxComplaintRollupSource.OLDER.equals(dim)) {
            return CxComplaintFigures.AGE_BUCKETS[CxComplaintFigures.AGE_BUCKETS.length - 1];
        }
        try {
            Date created = new SimpleDateFormat("yyyy-MM-dd").parse(dim);
            return CxComplaintFigures.ageBucket(CxInsightDays.daysBetween(created, last));
        } catch (ParseException e) {
            throw new IllegalStateException("not a day: " + dim, e);
        }
    }
}
