package dev.cxplugin.insight.service;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Day arithmetic in the server's time zone, the one the store's dates are written in. */
public final class CxInsightDays {

    private CxInsightDays() {
    }

    public static Date startOfDay(Date when) {
        Calendar c = Calendar.getInstance();
        c.setTime(when);
        c.set(Calendar.HOUR_OF_DAY, 0);
        c.set(Calendar.MINUTE, 0);
        c.set(Calendar.SECOND, 0);
        c.set(Calendar.MILLISECOND, 0);
        return c.getTime();
    }

    public static Date addDays(Date day, int days) {
        Calendar c = Calendar.getInstance();
        c.setTime(day);
        c.add(Calendar.DAY_OF_MONTH, days);
        return c.getTime();
    }

    /** The Monday that starts the ISO week of this day. */
    public static Date startOfWeek(Date day) {
        Calendar c = Calendar.getInstance();
        c.setTime(startOfDay(day));
        int shift = (c.get(Calendar.DAY_OF_WEEK) + 5) % 7;
        c.add(Calendar.DAY_OF_MONTH, -shift);
        return c.getTime();
    }

    /** Calendar days from the day of one date to the day of another (daylight saving changes make some days 23 or 25 hours). */
    public static int daysBetween(Date from, Date to) {
        return (int) java.time.temporal.ChronoUnit.DAYS.between(localDay(from), localDay(to));
    }

    public static java.time.LocalDate localDay(Date when) {
        return java.time.Instant.ofEpochMilli(when.getTime()).atZone(java.time.ZoneId.systemDefault()).toLocalDate();
    }

    /** A bucket per day of [from, to): the helper sources use to add up rows they read for a range. */
    public static class Buckets {
        protected final Map<String, CxRollupRow> rows = new LinkedHashMap<String, CxRollupRow>();

        public CxRollupRow row(Date when, String metric, String dim) {
            Date day = startOfDay(when);
            CxRollupRow probe = new CxRollupRow(day, metric, dim, 0, null);
            CxRollupRow row = rows.get(probe.key());
            if (row == null) {
                rows.put(probe.key(), probe);
                row = probe;
            }
            return row;
        }

        public List<CxRollupRow> list() {
            return new ArrayList<CxRollupRow>(rows.values());
        }
    }
}
