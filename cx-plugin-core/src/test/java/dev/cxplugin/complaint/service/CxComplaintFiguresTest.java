package dev.cxplugin.complaint.service;

import dev.cxplugin.complaint.domain.CxComplaint;
import dev.cxplugin.complaint.domain.CxComplaintImpl;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.Date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The desk's figures against a hand-computed set of five tickets. */
class CxComplaintFiguresTest {

    static final long H = 3600;
    final Date now = CxBusinessCalendarTest.at("2026-11-30T12:00:00Z");

    CxComplaint ticket(String status, Long firstResponse, Long resolution, boolean breached, Integer csat, long ageHours) {
        CxComplaint c = new CxComplaintImpl();
        c.setStatus(status);
        c.setCreatedAt(new Date(now.getTime() - ageHours * H * 1000));
        c.setFirstResponseSeconds(firstResponse);
        c.setResolutionSeconds(resolution);
        c.setResolvedAt(resolution == null ? null : now);
        c.setFirstResponseBreachedAt(breached ? now : null);
        c.setCsatScore(csat);
        return c;
    }

    @Test
    void averagesMediansBreachRateBacklogAndCsat() {
        CxComplaintFigures f = CxComplaintFigures.of(Arrays.asList(
                ticket("RESOLVED", 1 * H, 4 * H, false, 5, 100),
                ticket("CLOSED", 3 * H, 10 * H, true, 2, 200),
                ticket("RESOLVED", 2 * H, 7 * H, false, 4, 50),
                ticket("OPEN", 6 * H, null, true, null, 30),        // 1-3 days old
                ticket("NEW", null, null, false, null, 2)),         // under a day
                now);
        assertEquals(5, f.getTickets());
        // (1 + 3 + 2 + 6) / 4 answered
        assertEquals(3.0, f.getAverageFirstResponseHours());
        // (4 + 10 + 7) / 3 = 7; median of 4, 7, 10 = 7
        assertEquals(7.0, f.getAverageResolutionHours());
        assertEquals(7.0, f.getMedianResolutionHours());
        // 2 of 5 breached
        assertEquals(2, f.getBreached());
        assertEquals(40.0, f.getBreachRatePercent());
        assertEquals(Integer.valueOf(1), f.getBacklogByAge().get("under 1 day"));
        assertEquals(Integer.valueOf(1), f.getBacklogByAge().get("1-3 days"));
        assertEquals(Integer.valueOf(0), f.getBacklogByAge().get("3-7 days"));
        assertEquals(Integer.valueOf(0), f.getBacklogByAge().get("over 7 days"));
        // (5 + 2 + 4) / 3 = 3.67; 2 of 3 gave 4 or 5
        assertEquals(3, f.getCsatAnswers());
        assertEquals(3.67, f.getAverageCsat());
        assertEquals(66.67, f.getCsatSatisfiedPercent());
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        CxComplaintFigures f = CxComplaintFigures.of(Arrays.asList(
                ticket("RESOLVED", null, 2 * H, false, null, 1),
                ticket("RESOLVED", null, 3 * H, false, null, 1),
                ticket("RESOLVED", null, 8 * H, false, null, 1),
                ticket("RESOLVED", null, 20 * H, false, null, 1)), now);
        assertEquals(5.5, f.getMedianResolutionHours());
        assertEquals(8.25, f.getAverageResolutionHours());
        assertEquals(0.0, f.getBreachRatePercent());
    }

    @Test
    void aReopenedTicketCountsInTheBacklogNotInResolutionTimes() {
        CxComplaint reopened = ticket("OPEN", 1 * H, null, false, null, 24 * 9);
        CxComplaintFigures f = CxComplaintFigures.of(Collections.singletonList(reopened), now);
        assertNull(f.getAverageResolutionHours());
        assertEquals(Integer.valueOf(1), f.getBacklogByAge().get("over 7 days"));
    }

    @Test
    void noTicketsGiveNoFigures() {
        CxComplaintFigures f = CxComplaintFigures.of(Collections.<CxComplaint>emptyList(), now);
        assertNull(f.getAverageFirstResponseHours());
        assertNull(f.getMedianResolutionHours());
        assertNull(f.getBreachRatePercent());
        assertNull(f.getAverageCsat());
    }
}
