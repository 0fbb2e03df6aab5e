package dev.cxplugin.complaint.service;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * The support team's working time: working days, one daily window (e.g. 09:00-17:00), holidays, in one time
 * zone. SLA clocks run only inside it. Immutable; built from cx.complaint.calendar.* properties.
 */
public class CxBusinessCalendar {

    protected final ZoneId zone;
    protected final Set<DayOfWeek> workingDays;
    protected final LocalTime opens;
    protected final LocalTime closes;
    protected final Set<LocalDate> holidays;

    public CxBusinessCalendar(ZoneId zone, Set<DayOfWeek> workingDays, LocalTime opens, LocalTime closes,
            Set<LocalDate> holidays) {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("the working day must open before it closes: " + opens + "-" + closes);
        }
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("a calendar needs at least one working day");
        }
        this.zone = zone;
        this.workingDays = Collections.unmodifiableSet(EnumSet.copyOf(workingDays));
        this.opens = opens;
        this.closes = closes;
        this.holidays = Collections.unmodifiableSet(new HashSet<LocalDate>(holidays));
    }

    /**
     * From properties: zone "Europe/Berlin", days "MON,TUE,WED,THU,FRI", hours "09:00-17:00",
     * holidays "2026-12-25,2026-12-26" (may be empty).
     */
    public static CxBusinessCalendar parse(String zone, String days, String hours, String holidays) {
        Set<DayOfWeek> working = EnumSet.noneOf(DayOfWeek.class);
        for (String d : days.split(",")) {
            String t = d.trim().toUpperCase();
            if (t.isEmpty()) {
                continue;
            }
            boolean found = false;
            for (DayOfWeek w : DayOfWeek.values()) {
                if (w.name().startsWith(t) && t.length() >= 2) {
                    working.add(w);
                    found = true;
                }
            }
            if (!found) {
                throw new IllegalArgumentException("not a day of the week: " + d);
            }
        }
        String[] window = hours.trim().split("-");
        if (window.length != 2) {
            throw new IllegalArgumentException("hours must look like 09:00-17:00: " + hours);
        }
        Set<LocalDate> off = new HashSet<LocalDate>();
        if (holidays != null) {
            for (String h : holidays.split(",")) {
                if (!h.trim().isEmpty()) {
                    off.add(LocalDate.parse(h.trim()));
                }
            }
        }
        return new CxBusinessCalendar(ZoneId.of(zone.trim()), working, LocalTime.parse(window[0].trim()),
                LocalTime.parse(window[1].trim()), off);
    }

    public boolean isWorkingDay(LocalDate day) {
        return workingDays.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /** Business seconds in [from, to); 0 when to is not after from. */
    public long businessSecondsBetween(Date from, Date to) {
        if (from == null || to == null || !to.after(from)) {
            return 0;
        }
        Instant a = from.toInstant();
        Instant b = to.toInstant();
        LocalDate day = a.atZone(zone).toLocalDate();
        LocalDate last = b.atZone(zone).toLocalDate();
        long total = 0;
        while (!day.isAfter(last)) {
            if (isWorkingDay(day)) {
                Instant open = day.atTime(opens).atZone(zone).toInstant();
                Instant close = day.atTime(closes).atZone(zone).toInstant();
                Instant s = a.isAfter(open) ? a : open;
                Instant e = b.isBefore(close) ? b : close;
                if (e.isAfter(s)) {
                    total += e.getEpochSecond() - s.getEpochSecond();
                }
            }
            day = day.plusDays(1);
        }
        return total;
    }

    public long businessMinutesBetween(Date from, Date to) {
        return businessSecondsBetween(from, to) / 60;
    }

    /** The moment {@code minutes} business minutes after {@code from} have passed. */
    public Date addBusinessMinutes(Date from, long minutes) {
        return addBusinessSeconds(from, minutes * 60);
    }

    /** The moment {@code seconds} business seconds after {@code from} have passed. */
    public Date addBusinessSeconds(Date from, long seconds) {
        long remaining = Math.max(0, seconds);
        ZonedDateTime at = from.toInstant().atZone(zone);
        LocalDate day = at.toLocalDate();
        Instant cursor = from.toInstant();
        // bounded: ten years of days is far beyond any SLA target
        for (int i = 0; i < 3660; i++) {
            if (isWorkingDay(day)) {
                Instant open = day.atTime(opens).atZone(zone).toInstant();
                Instant close = day.atTime(closes).atZone(zone).toInstant();
                Instant s = cursor.isAfter(open) ? cursor : open;
                if (close.isAfter(s)) {
                    long available = close.getEpochSecond() - s.getEpochSecond();
                    if (remaining <= available) {
                        return Date.from(s.plusSeconds(remaining));
                    }
                    remaining -= available;
                }
            }
            day = day.plusDays(1);
            cursor = day.atStartOfDay(zone).toInstant();
        }
        throw new IllegalStateException("no working time within ten years");
    }

    public ZoneId getZone() { return zone; }
    public Set<DayOfWeek> getWorkingDays() { return workingDays; }
    public LocalTime getOpens() { return opens; }
    public LocalTime getCloses() { return closes; }
    public Set<LocalDate> getHolidays() { return holidays; }
}
