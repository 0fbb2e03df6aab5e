package dev.cxplugin.demo.data;

import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;

import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;
import java.util.function.Supplier;

/**
 * Runs sample-data work "at" a past moment: Broadleaf's {@link SystemTime} with a thread-local time source, which the
 * complaint desk and the points ledger read as their clock. Other threads (the jobs, requests) keep the real time.
 */
final class DemoClock {

    private DemoClock() {
    }

    static <T> T at(Date when, Supplier<T> work) {
        SystemTime.setLocalTimeSource(new FixedTimeSource(when.getTime()));
        try {
            return work.get();
        } finally {
            SystemTime.resetLocalTimeSource();
        }
    }

    /** {@code days} days before now at hh:mm UTC (the SLA calendar's zone), so business hours look plausible. */
    static Date daysAgoAt(int days, int hour, int minute) {
        Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        c.add(Calendar.DAY_OF_MONTH, -days);
        c.set(Calendar.HOUR_OF_DAY, hour);
        c.set(Calendar.MINUTE, minute);
        c.set(Calendar.SECOND, 0);
        c.set(Calendar.MILLISECOND, 0);
        return c.getTime();
    }

    static Date plusHours(Date d, double hours) {
        return new Date(d.getTime() + Math.round(hours * 3_600_000L));
    }
}
