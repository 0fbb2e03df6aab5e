package dev.cxplugin.insight.service;

import dev.cxplugin.complaint.dao.CxComplaintDao;
import dev.cxplugin.complaint.domain.CxComplaint;
import dev.cxplugin.complaint.domain.CxComplaintAudit;
import dev.cxplugin.complaint.service.CxComplaintFigures;
import dev.cxplugin.loyalty.dao.CxLoyaltyDao;
import dev.cxplugin.loyalty.domain.CxLoyaltyEntry;
import dev.cxplugin.loyalty.service.CxLoyaltySettingsService;
import dev.cxplugin.test.BroadleafExtension;
import dev.cxplugin.test.CheckoutFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.SimpleDateFormat;
import java.util.Arrays;
import java.util.Date;
import java.util.UUID;

import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The dashboard's complaint and loyalty figures against fixtures worked out by hand, each on days of its own far in
 * the past (other tests' tickets and ledger lines are dated now). The complaint fixture is stored as the desk leaves
 * tickets (clock counters, breaches, audits), so this checks what the dashboard makes of them, and that it agrees
 * with the desk's own figures of the same tickets.
 */
@ExtendWith(BroadleafExtension.class)
class InsightComplaintLoyaltyFiguresTest {

    @Resource(name = "cxInsightDashboard")
    protected CxInsightDashboard dashboard;

    @Resource(name = "cxInsightRollups")
    protected CxInsightRollups rollups;

    @Resource(name = "cxComplaintDao")
    protected CxComplaintDao complaints;

    @Resource(name = "cxLoyaltyDao")
    protected CxLoyaltyDao ledger;

    @Resource(name = "cxLoyaltySettingsService")
    protected CxLoyaltySettingsService loyaltySettings;

    CheckoutFixtures fixtures;

    @BeforeEach
    void setUp(ApplicationContext ctx) {
        fixtures = new CheckoutFixtures(ctx);
    }

    @Test
    void complaintsPanelCountsTicketsTimesBreachesSatisfactionAndTheAgedBacklog() {
        // T6: opened before both periods and still open at the end of both (over 7 days old by then)
        ticket("1995-02-20 10:00", "OPEN", null, null, null, null, false, false, null, "1995-02-21 09:00 NEW OPEN");
        // T0: previous period (1995-02-22 .. 02-28): opened, resolved the next day, closed inside the period
        ticket("1995-02-25 10:00", "CLOSED", 1200L, 3000L, "1995-02-26 11:00", "1995-03-06 09:00", false, false, null,
                "1995-02-26 11:00 NEW RESOLVED", "1995-03-06 09:00 RESOLVED CLOSED");
        // the period 1995-03-01 .. 03-07 (Wednesday to Tuesday)
        // (resolved tickets end closed, after the period: the desk's auto-close job of other tests leaves them alone)
        ticket("1995-03-01 10:00", "CLOSED", 3600L, 7200L, "1995-03-02 12:00", "1995-03-09 09:00", false, false, 5,
                "1995-03-01 11:00 NEW OPEN", "1995-03-02 12:00 OPEN RESOLVED", "1995-03-09 09:00 RESOLVED CLOSED"); // T1
        ticket("1995-03-01 11:00", "CLOSED", 1800L, 36000L, "1995-03-03 15:00", "1995-03-09 09:00", false, true, 2,
                "1995-03-01 11:30 NEW OPEN", "1995-03-03 15:00 OPEN RESOLVED", "1995-03-09 09:00 RESOLVED CLOSED"); // T2: late
        ticket("1995-03-02 09:00", "CLOSED", 5400L, 14400L, "1995-03-04 10:00", "1995-03-04 10:30", false, false, 4,
                "1995-03-02 10:30 NEW OPEN", "1995-03-04 10:00 OPEN RESOLVED", "1995-03-04 10:30 RESOLVED CLOSED"); // T3
        ticket("1995-03-03 09:00", "NEW", null, null, null, null, true, false, null);                               // T4: nobody answered
        ticket("1995-03-05 08:00", "PENDING_CUSTOMER", 600L, null, null, null, false, false, null,
                "1995-03-05 08:10 NEW OPEN", "1995-03-05 10:00 OPEN PENDING_CUSTOMER");                            // T5
        rollups.rebuild(CxComplaintRollupSource.NAME);

        CxDashboardView.Panel panel = dashboard.view(day("1995-03-01"), day("1995-03-07")).panel("complaint");

        assertEquals(BigDecimal.valueOf(5), panel.value("new").getCurrent());
        assertEquals(BigDecimal.valueOf(1), panel.value("new").getPrevious());
        assertEquals(BigDecimal.valueOf(3), panel.value("resolved").getCurrent());       // T1, T2, T3
        assertEquals(BigDecimal.valueOf(1), panel.value("resolved").getPrevious());      // T0
        // open at the end of 03-07: T4 (new, 4 days old), T5 (waiting for the customer, 2 days), T6 (15 days)
        assertEquals(BigDecimal.valueOf(3), panel.value("backlog").getCurrent());
        assertEquals(BigDecimal.valueOf(1), panel.value("backlog").getPrevious());       // T6 at the end of 02-28
        assertEquals(BigDecimal.valueOf(0), panel.value("backlog0").getCurrent());       // under 1 day
        assertEquals(BigDecimal.valueOf(1), panel.value("backlog1").getCurrent());       // 1-3 days: T5
        assertEquals(BigDecimal.valueOf(1), panel.value("backlog2").getCurrent());       // 3-7 days: T4
        assertEquals(BigDecimal.valueOf(1), panel.value("backlog3").getCurrent());       // over 7 days: T6
        // (3600 + 1800 + 5400 + 600) / 4 = 2850 s = 0.79 h
        assertEquals(new BigDecimal("0.79"), panel.value("firstResponse").getCurrent());
        // (7200 + 36000 + 14400) / 3 = 19200 s = 5.33 h; median 14400 s = 4 h
        assertEquals(new BigDecimal("5.33"), panel.value("resolutionAverage").getCurrent());
        assertEquals(new BigDecimal("4.0"), panel.value("resolutionMedian").getCurrent());
        assertEquals(new BigDecimal("0.83"), panel.value("resolutionMedian").getPrevious());   // T0: 3000 s
        assertEquals(new BigDecimal("40.0"), panel.value("breachRate").getCurrent());          // T2, T4 of 5
        assertEquals(new BigDecimal("66.67"), panel.value("csat").getCurrent());               // 5 and 4 of 5, 2, 4
        assertNull(panel.value("csat").getPrevious());                                        // nobody rated T0
        // weeks: Wednesday 03-01 to Sunday 03-05, then Monday 03-06 and Tuesday 03-07
        assertEquals(Arrays.asList(BigDecimal.valueOf(5), BigDecimal.valueOf(0)), panel.value("new").getWeekly());
        assertEquals(Arrays.asList(BigDecimal.valueOf(3), BigDecimal.valueOf(3)), panel.value("backlog").getWeekly());

        // the desk's own figures of the same tickets say the same
        CxComplaintFigures desk = fixtures.inTransaction(() -> CxComplaintFigures.of(
                complaints.readCreatedBetween(day("1995-03-01"), day("1995-03-08")), day("1995-03-08")));
        assertEquals(5, desk.getTickets());
        assertEquals(desk.getAverageFirstResponseHours(), panel.value("firstResponse").getCurrent().doubleValue());
        assertEquals(desk.getAverageResolutionHours(), panel.value("resolutionAverage").getCurrent().doubleValue());
        assertEquals(desk.getMedianResolutionHours(), panel.value("resolutionMedian").getCurrent().doubleValue());
        assertEquals(desk.getBreachRatePercent(), panel.value("breachRate").getCurrent().doubleValue());
        assertEquals(desk.getCsatSatisfiedPercent(), panel.value("csat").getCurrent().doubleValue());
    }

    @Test
    void theMedianOfAnEvenNumberOfResolutionsIsTheMeanOfTheMiddleTwoAcrossDays() {
        ticket("1996-05-06 10:00", "CLOSED", 60L, 3600L, "1996-05-06 12:00", "1996-05-20 09:00", false, false, null, "1996-05-06 12:00 NEW RESOLVED",
                "1996-05-20 09:00 RESOLVED CLOSED");
        ticket("1996-05-07 10:00", "CLOSED", 60L, 3600L, "1996-05-07 12:00", "1996-05-20 09:00", false, false, null, "1996-05-07 12:00 NEW RESOLVED",
                "1996-05-20 09:00 RESOLVED CLOSED");
        ticket("1996-05-08 10:00", "CLOSED", 60L, 10800L, "1996-05-08 12:00", "1996-05-20 09:00", false, false, null, "1996-05-08 12:00 NEW RESOLVED",
                "1996-05-20 09:00 RESOLVED CLOSED");
        ticket("1996-05-09 10:00", "CLOSED", 60L, 72000L, "1996-05-10 12:00", "1996-05-20 09:00", false, false, null, "1996-05-10 12:00 NEW RESOLVED",
                "1996-05-20 09:00 RESOLVED CLOSED");
        rollups.rebuild(CxComplaintRollupSource.NAME);

        CxDashboardView.Panel panel = dashboard.view(day("1996-05-06"), day("1996-05-12")).panel("complaint");

        assertEquals(new BigDecimal("2.0"), panel.value("resolutionMedian").getCurrent());     // (3600 + 10800) / 2 s
        assertEquals(new BigDecimal("6.25"), panel.value("resolutionAverage").getCurrent());   // 90000 / 4 s
        assertNull(panel.value("breachRate").getPrevious(), "nothing opened before: undefined, not 0");
    }

    @Test
    void loyaltyPanelCountsMembersPointsAndTheLiabilityAtTheEndOfThePeriod() {
        Long ann = fixtures.aCustomer("Ann", "en_US").getId();
        Long bob = fixtures.aCustomer("Bob", "ar").getId();
        Long cem = fixtures.aCustomer("Cem", "fa").getId();
        // previous period (1994-05-25 .. 05-31): Ann earns 100 pending points
        line(ann, "1994-05-28 10:00", "EARN", 100, 0);
        // the period 1994-06-01 .. 06-07
        line(ann, "1994-06-01 09:00", "RELEASE", -100, 100);   // they become available
        line(bob, "1994-06-02 09:00", "BONUS", 0, 50);
        line(bob, "1994-06-02 18:00", "EARN", 200, 0);
        line(ann, "1994-06-03 09:00", "REDEEM", 0, -80);
        line(ann, "1994-06-04 09:00", "REFUND", 0, 30);        // an unused reward given back
        line(cem, "1994-06-05 09:00", "BONUS", 0, 10);
        line(cem, "1994-06-06 09:00", "EXPIRE", 0, -10);
        line(bob, "1994-06-06 12:00", "REVERSE", -200, 0);     // Bob's order came back
        rollups.rebuild(CxLoyaltyRollupSource.NAME);

        CxDashboardView.Panel panel = dashboard.view(day("1994-06-01"), day("1994-06-07")).panel("loyalty");

        assertEquals(BigDecimal.valueOf(3), panel.value("activeMembers").getCurrent());
        assertEquals(BigDecimal.valueOf(1), panel.value("activeMembers").getPrevious());
        assertEquals(BigDecimal.valueOf(260), panel.value("earned").getCurrent());      // 200 + 50 + 10
        assertEquals(BigDecimal.valueOf(100), panel.value("earned").getPrevious());
        assertEquals(BigDecimal.valueOf(50), panel.value("redeemed").getCurrent());     // 80 less 30 given back
        assertEquals(BigDecimal.valueOf(10), panel.value("expired").getCurrent());
        assertEquals(BigDecimal.valueOf(200), panel.value("reversed").getCurrent());
        // at the end of 06-07: Ann 50 available, Bob 50 available, Cem none
        assertEquals(BigDecimal.valueOf(2), panel.value("membersWithPoints").getCurrent());
        assertEquals(BigDecimal.valueOf(1), panel.value("membersWithPoints").getPrevious());  // Ann, 100 pending
        assertEquals(BigDecimal.valueOf(100), panel.value("liabilityPoints").getCurrent());
        assertEquals(BigDecimal.valueOf(100), panel.value("liabilityPoints").getPrevious());
        BigDecimal pointValue = loyaltySettings.current().getPointValue();
        assertEquals(pointValue.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP),
                panel.value("liabilityMoney").getCurrent());
        // weeks: Wednesday 06-01 to Sunday 06-05 (Ann, Bob, Cem), then Monday 06-06 and Tuesday 06-07 (Cem, Bob)
        assertEquals(Arrays.asList(BigDecimal.valueOf(3), BigDecimal.valueOf(2)), panel.value("activeMembers").getWeekly());
        // end of 06-05: Ann 50, Bob 250, Cem 10; end of 06-07: 100
        assertEquals(Arrays.asList(BigDecimal.valueOf(310), BigDecimal.valueOf(100)), panel.value("liabilityPoints").getWeekly());
    }

    @Test
    void aQuietPeriodWithoutAnySnapshotHasNoBalanceRatherThanZero() {
        CxDashboardView.Panel loyalty = dashboard.view(day("1984-01-01"), day("1984-01-31")).panel("loyalty");
        assertNull(loyalty.value("liabilityPoints").getCurrent());
        assertEquals(BigDecimal.ZERO, loyalty.value("earned").getCurrent());
        assertNull(dashboard.view(day("1984-01-01"), day("1984-01-31")).panel("complaint").value("backlog").getCurrent());
    }

    /** A ticket as the desk leaves it; each move is "yyyy-MM-dd HH:mm FROM TO". */
    void ticket(String created, String status, Long firstResponseSeconds, Long resolutionSeconds, String resolved,
            String closed, boolean firstBreached, boolean resolutionBreached, Integer csat, String... moves) {
        fixtures.inTransaction(() -> {
            CxComplaint c = complaints.create();
            c.setReference("T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase());
            c.setStatus(status);
            c.setPriority("NORMAL");
            c.setCategory("OTHER");
            c.setSource("STAFF");
            c.setSubject("Fixture");
            c.setCreatedAt(at(created));
            c.setUpdatedAt(at(created));
            c.setFirstResponseSeconds(firstResponseSeconds);
            c.setResolutionSeconds(resolutionSeconds);
            c.setResolvedAt(resolved == null ? null : at(resolved));
            c.setClosedAt(closed == null ? null : at(closed));
            c.setFirstResponseTargetMinutes(480);
            c.setResolutionTargetMinutes(1440);
            c.setFirstResponseBreachedAt(firstBreached ? at(created) : null);
            c.setResolutionBreachedAt(resolutionBreached ? at(created) : null);
            c.setCsatScore(csat);
            c = complaints.save(c);
            for (String move : moves) {
                String[] parts = move.split(" ");
                CxComplaintAudit a = complaints.createAudit();
                a.setComplaintId(c.getId());
                a.setActor("fixture");
                a.setAction("STATUS");
                a.setFromValue(parts[2]);
                a.setToValue(parts[3]);
                a.setCreatedAt(at(parts[0] + " " + parts[1]));
                complaints.addAudit(a);
            }
            return c;
        });
    }

    void line(Long customerId, String when, String kind, long pending, long available) {
        fixtures.inTransaction(() -> {
            CxLoyaltyEntry e = ledger.createEntry();
            e.setEntryKey("fixture:" + UUID.randomUUID());
            e.setCustomerId(customerId);
            e.setKind(kind);
            e.setPendingDelta(pending);
            e.setAvailableDelta(available);
            e.setActor("fixture");
            e.setCreatedDate(at(when));
            return ledger.insertEntry(e);
        });
    }

    static Date day(String day) {
        return at(day + " 00:00");
    }

    static Date at(String when) {
        try {
            return new SimpleDateFormat("yyyy-MM-dd HH:mm").parse(when);
        } catch (java.text.ParseException e) {
            throw new IllegalArgumentException(when, e);
        }
    }
}
