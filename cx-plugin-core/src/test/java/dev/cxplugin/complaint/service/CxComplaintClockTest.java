package dev.cxplugin.complaint.service;

import dev.cxplugin.complaint.domain.CxComplaint;
import dev.cxplugin.complaint.domain.CxComplaintImpl;
import org.junit.jupiter.api.Test;

import static dev.cxplugin.complaint.service.CxBusinessCalendarTest.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SLA clocks: paused time is excluded and due dates fall in business hours. Calendar Mon-Fri 09-17 UTC. */
class CxComplaintClockTest {

    final CxBusinessCalendar cal = CxBusinessCalendar.parse("UTC", "MON,TUE,WED,THU,FRI", "09:00-17:00", "2026-12-25");

    CxComplaint ticket() {
        CxComplaint c = new CxComplaintImpl();
        c.setFirstResponseTargetMinutes(4 * 60);
        c.setResolutionTargetMinutes(16 * 60);
        return c;
    }

    @Test
    void aRunningClockAddsTheBusinessTimeSinceItStartedToWhatItHadBefore() {
        CxComplaint c = ticket();
        c.setElapsedBusinessSeconds(3 * 3600); // three hours before a pause
        c.setClockRunningSince(at("2026-11-27T16:00:00Z")); // resumed Friday 16:00
        CxComplaintClock clock = new CxComplaintClock(c, cal, at("2026-11-30T10:00:00Z"));
        // 3 h + Fri 16-17 + Mon 09-10 = 5 h: the 4 h first-response target was reached Friday 17:00
        assertEquals(5 * 3600, clock.getElapsedSeconds());
        assertTrue(clock.isFirstResponseOverdue());
        assertEquals(at("2026-11-27T17:00:00Z"), clock.getFirstResponseDueAt());
        // resolution: 16 h - 3 h = 13 h from Friday 16:00 -> Fri 1 h, Mon 8 h, Tue 4 h -> Tue 13:00
        assertEquals(at("2026-12-01T13:00:00Z"), clock.getResolutionDueAt());
        assertFalse(clock.isResolutionOverdue());
    }

    @Test
    void aPausedClockStandsStillAndHasNoDueDate() {
        CxComplaint c = ticket();
        c.setElapsedBusinessSeconds(2 * 3600);
        CxComplaintClock weekLater = new CxComplaintClock(c, cal, at("2026-12-07T12:00:00Z"));
        assertEquals(2 * 3600, weekLater.getElapsedSeconds());
        assertFalse(weekLater.isRunning());
        assertNull(weekLater.getFirstResponseDueAt());
        assertFalse(weekLater.isResolutionOverdue());
        assertFalse(weekLater.isDueWithin(600));
    }

    @Test
    void dueSoonMeansTheNextTargetIsWithinTheWindowButNotYetReached() {
        CxComplaint c = ticket();
        c.setClockRunningSince(at("2026-11-23T09:00:00Z"));
        assertTrue(new CxComplaintClock(c, cal, at("2026-11-23T11:30:00Z")).isDueWithin(120)); // 1.5 h left
        assertFalse(new CxComplaintClock(c, cal, at("2026-11-23T10:00:00Z")).isDueWithin(120)); // 3 h left
        assertFalse(new CxComplaintClock(c, cal, at("2026-11-23T14:00:00Z")).isDueWithin(120)); // overdue
    }
}
