package dev.cxplugin.complaint.service;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Business time against hand-computed fixtures. Calendar: Mon-Fri 09:00-17:00 UTC, Friday 2026-12-25 a
 * holiday. 2026-11-23 is a Monday, 2026-11-27 a Friday.
 */
class CxBusinessCalendarTest {

    final CxBusinessCalendar cal = CxBusinessCalendar.parse("UTC", "MON,TUE,WED,THU,FRI", "09:00-17:00", "2026-12-25");

    static Date at(String iso) {
        return Date.from(Instant.parse(iso));
    }

    @Test
    void withinOneWorkingDayCountsWallClockMinutes() {
        assertEquals(150, cal.businessMinutesBetween(at("2026-11-23T10:00:00Z"), at("2026-11-23T12:30:00Z")));
    }

    @Test
    void overnightCountsOnlyTheHoursBeforeCloseAndAfterOpen() {
        // Mon 16:00-17:00 (60) + Tue 09:00-10:00 (60)
        assertEquals(120, cal.businessMinutesBetween(at("2026-11-23T16:00:00Z"), at("2026-11-24T10:00:00Z")));
    }

    @Test
    void aWeekendDoesNotCount() {
        // Fri 16:30-17:00 (30) + Mon 09:00-09:30 (30)
        assertEquals(60, cal.businessMinutesBetween(at("2026-11-27T16:30:00Z"), at("2026-11-30T09:30:00Z")));
        assertEquals(0, cal.businessMinutesBetween(at("2026-11-28T08:00:00Z"), at("2026-11-29T20:00:00Z")));
    }

    @Test
    void aHolidayDoesNotCount() {
        // Thu 24 Dec 16:00-17:00 (60), Fri 25 holiday, weekend, Mon 28 09:00-10:00 (60)
        assertEquals(120, cal.businessMinutesBetween(at("2026-12-24T16:00:00Z"), at("2026-12-28T10:00:00Z")));
        assertFalse(cal.isWorkingDay(java.time.LocalDate.parse("2026-12-25")));
    }

    @Test
    void timeOutsideTheWindowOnBothEndsCountsWholeDays() {
        // Mon 07:00 to Wed 20:00: three full days of 8 h
        assertEquals(3 * 480, cal.businessMinutesBetween(at("2026-11-23T07:00:00Z"), at("2026-11-25T20:00:00Z")));
    }

    @Test
    void aBackwardsOrEmptySpanIsZero() {
        assertEquals(0, cal.businessMinutesBetween(at("2026-11-23T12:00:00Z"), at("2026-11-23T10:00:00Z")));
        assertEquals(0, cal.businessMinutesBetween(null, at("2026-11-23T10:00:00Z")));
    }

    @Test
    void addingBusinessMinutesSkipsNightsWeekendsAndHolidays() {
        assertEquals(at("2026-11-30T10:00:00Z"), cal.addBusinessMinutes(at("2026-11-27T16:00:00Z"), 120));
        assertEquals(at("2026-12-28T09:30:00Z"), cal.addBusinessMinutes(at("2026-12-24T16:30:00Z"), 60));
        assertEquals(at("2026-11-23T09:30:00Z"), cal.addBusinessMinutes(at("2026-11-23T07:00:00Z"), 30));
        // 24 business hours from Monday 09:00 = three full days: Wednesday 17:00
        assertEquals(at("2026-11-25T17:00:00Z"), cal.addBusinessMinutes(at("2026-11-23T09:00:00Z"), 24 * 60));
    }

    @Test
    void addingThenMeasuringGivesTheSameMinutes() {
        Date start = at("2026-11-26T15:10:00Z");
        for (long m : new long[] {1, 59, 480, 481, 2000}) {
            assertEquals(m, cal.businessMinutesBetween(start, cal.addBusinessMinutes(start, m)));
        }
    }

    @Test
    void theWindowIsReadInTheCalendarsTimeZone() {
        CxBusinessCalendar berlin = CxBusinessCalendar.parse("Europe/Berlin", "MON-FRI".replace("MON-FRI", "MON,TUE,WED,THU,FRI"),
                "09:00-17:00", "");
        // 08:30Z = 09:30 in Berlin (CET, UTC+1), 16:30Z = 17:30: 09:30-17:00 = 450 minutes
        assertEquals(450, berlin.businessMinutesBetween(at("2026-11-23T08:30:00Z"), at("2026-11-23T16:30:00Z")));
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CxBusinessCalendar.parse("UTC", "MON", "17:00-09:00", ""));
        assertThrows(IllegalArgumentException.class, () -> CxBusinessCalendar.parse("UTC", "FUNDAY", "09:00-17:00", ""));
        assertThrows(IllegalArgumentException.class, () -> CxBusinessCalendar.parse("UTC", "", "09:00-17:00", ""));
        assertThrows(RuntimeException.class, () -> CxBusinessCalendar.parse("UTC", "MON", "9 to 5", ""));
        assertTrue(CxBusinessCalendar.parse("UTC", "sat,sun", "10:00-14:00", "").isWorkingDay(java.time.LocalDate.parse("2026-11-28")));
    }
}
