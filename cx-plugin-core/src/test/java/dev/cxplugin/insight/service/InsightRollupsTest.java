package dev.cxplugin.insight.service;

import dev.cxplugin.complaint.domain.CxComplaint;
import dev.cxplugin.complaint.domain.CxComplaintImpl;
import dev.cxplugin.complaint.service.CxComplaintActor;
import dev.cxplugin.complaint.service.CxComplaintException;
import dev.cxplugin.complaint.service.CxComplaintService;
import dev.cxplugin.insight.dao.CxInsightDao;
import dev.cxplugin.loyalty.domain.CxLoyaltyEntry;
import dev.cxplugin.loyalty.domain.CxLoyaltyEntryImpl;
import dev.cxplugin.loyalty.service.CxLoyaltyException;
import dev.cxplugin.loyalty.service.CxLoyaltyService;
import dev.cxplugin.insight.domain.CxInsightDay;
import dev.cxplugin.notify.domain.CxNotification;
import dev.cxplugin.notify.domain.CxNotificationImpl;
import dev.cxplugin.notify.service.CxFulfilmentEventRequest;
import dev.cxplugin.notify.service.CxFulfilmentEventService;
import dev.cxplugin.notify.service.CxNotificationRequest;
import dev.cxplugin.notify.service.CxNotificationService;
import dev.cxplugin.notify.type.CxFulfilmentEventType;
import dev.cxplugin.notify.type.CxNotificationKind;
import dev.cxplugin.notify.type.CxNotificationStatus;
import dev.cxplugin.test.BroadleafExtension;
import dev.cxplugin.test.CheckoutFixtures;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderImpl;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The daily figures kept up to date as things happen are the same as figures rebuilt from scratch. */
@ExtendWith(BroadleafExtension.class)
class InsightRollupsTest {

    static final String[] STATUSES = {CxNotificationStatus.SENT, CxNotificationStatus.DEAD, CxNotificationStatus.CANCELLED,
            CxNotificationStatus.PENDING};

    @Resource(name = "cxInsightRollups")
    protected CxInsightRollups rollups;

    @Resource(name = "cxInsightDao")
    protected CxInsightDao dao;

    @Resource(name = "cxInsightDashboard")
    protected CxInsightDashboard dashboard;

    @Resource(name = "cxNotificationService")
    protected CxNotificationService notificationService;

    @Resource(name = "cxFulfilmentEventService")
    protected CxFulfilmentEventService fulfilment;

    @Resource(name = "cxComplaintService")
    protected CxComplaintService desk;

    @Resource(name = "cxLoyaltyService")
    protected CxLoyaltyService loyalty;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    static final String[] SOURCES = {CxOrderRollupSource.NAME, CxNotificationRollupSource.NAME, CxComplaintRollupSource.NAME,
            CxLoyaltyRollupSource.NAME};
    final CxComplaintActor agent = CxComplaintActor.agent(-41L, "Rollup agent");

    CheckoutFixtures fixtures;
    Product beans;

    @BeforeEach
    void setUp(ApplicationContext ctx) {
        fixtures = new CheckoutFixtures(ctx);
        beans = fixtures.aProduct("Rollup beans " + UUID.randomUUID(), "7.50");
    }

    @Test
    void figuresKeptUpToDateEqualFiguresRebuiltFromScratchAfterRandomEvents() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<Order> open = new ArrayList<Order>();
        List<Customer> members = new ArrayList<Customer>();
        List<Long> tickets = new ArrayList<Long>();
        for (int i = 0; i < 6; i++) {
            Customer early = fixtures.aCustomer("Early" + i, "en_US");
            members.add(early);
            open.add(placedDaysAgo(early, 1 + random.nextInt(40)));
            // history the random events then change: tickets opened and points given days ago
            tickets.add(ticketOpenedDaysAgo(early, 1 + random.nextInt(20)));
            pointsGivenDaysAgo(early, 20 + random.nextInt(50), 1 + random.nextInt(20));
        }
        rebuildAll();

        for (int step = 0; step < 40; step++) {
            switch (random.nextInt(9)) {
                case 0:
                    Customer now = fixtures.aCustomer("Now" + step, "ar");
                    members.add(now);
                    open.add(fixtures.aSubmittedOrder(now, beans, 1 + random.nextInt(3)));
                    break;
                case 1:
                    if (!open.isEmpty()) {
                        cancel(open.remove(random.nextInt(open.size())));
                    }
                    break;
                case 2:
                    emailWithOutcome(STATUSES[random.nextInt(STATUSES.length)], 1 + random.nextInt(3));
                    break;
                case 3:
                    CxComplaint c = desk.openByStaff(agent, members.get(random.nextInt(members.size())).getId(), null, "OTHER",
                            null, "Rollup complaint " + step);
                    tickets.add(c.getId());
                    break;
                case 4:
                    complaintStep(tickets.get(random.nextInt(tickets.size())), random);
                    break;
                case 5:
                    complaintStep(tickets.get(random.nextInt(tickets.size())), random);
                    break;
                case 6:
                    loyalty.bonus(members.get(random.nextInt(members.size())).getId(), 1 + random.nextInt(100), "rollup test",
                            "rollup-" + UUID.randomUUID());
                    break;
                case 7:
                    takePoints(members.get(random.nextInt(members.size())).getId(), 1 + random.nextInt(60));
                    break;
                default:
                    rollups.refresh();
            }
        }
        rollups.refresh();
        List<String> maintained = figures();
        rebuildAll();

        assertEquals(figures(), maintained, "seed " + seed);
    }

    /** A reply, a resolution, a reopening or a satisfaction score, whichever the ticket's state allows. */
    void complaintStep(Long ticket, Random random) {
        try {
            switch (random.nextInt(4)) {
                case 0:
                    desk.staffReply(ticket, agent, "We are on it", random.nextBoolean() ? null : "PENDING_CUSTOMER");
                    break;
                case 1:
                    desk.resolve(ticket, agent, "Sorted");
                    break;
                case 2:
                    desk.changeStatus(ticket, agent, random.nextBoolean() ? "OPEN" : "CLOSED");
                    break;
                default:
                    desk.recordCsat(ticket, 1 + random.nextInt(5));
            }
        } catch (CxComplaintException wrongState) {
            // e.g. replying to a resolved ticket: refused and nothing changed, which is a sequence too
        }
    }

    void takePoints(Long customerId, long points) throws Exception {
        try {
            loyalty.adjust(customerId, -points, "rollup test", "admin", "rollup-" + UUID.randomUUID());
        } catch (CxLoyaltyException notEnough) {
            // refused, nothing written
        }
    }

    Long ticketOpenedDaysAgo(Customer customer, int days) {
        CxComplaint c = desk.openByStaff(agent, customer.getId(), null, "OTHER", null, "Opened days ago");
        Date at = new Date(System.currentTimeMillis() - days * 86_400_000L);
        fixtures.inTransaction(() -> em.createQuery("UPDATE " + CxComplaintImpl.class.getName()
                + " c SET c.createdAt = :at, c.clockRunningSince = :at WHERE c.id = :id")
                .setParameter("at", at).setParameter("id", c.getId()).executeUpdate());
        return c.getId();
    }

    void pointsGivenDaysAgo(Customer customer, long points, int days) throws Exception {
        CxLoyaltyEntry e = loyalty.bonus(customer.getId(), points, "rollup history", "rollup-" + UUID.randomUUID());
        Date at = new Date(System.currentTimeMillis() - days * 86_400_000L);
        fixtures.inTransaction(() -> em.createQuery("UPDATE " + CxLoyaltyEntryImpl.class.getName()
                + " e SET e.createdDate = :at WHERE e.id = :id")
                .setParameter("at", at).setParameter("id", e.getId()).executeUpdate());
    }

    void rebuildAll() {
        for (String source : SOURCES) {
            rollups.rebuild(source);
        }
    }

    @Test
    void aCancellationChangesTheFiguresOfTheDayItsOrderWasPlaced() throws Exception {
        Order order = placedDaysAgo(fixtures.aCustomer("Late", "fa"), 200);
        Date day = CxInsightDays.startOfDay(CxInsightDays.addDays(new Date(), -200));
        rollups.rebuild(CxOrderRollupSource.NAME);
        assertEquals(0, cancelledOn(day));

        cancel(order);
        rollups.refreshMarked(); // what the dashboard does first: the 200-day-old day is marked, not settling

        assertEquals(1, cancelledOn(day));
    }

    @Test
    void twoRefreshersAtOnceLeaveEachFigureOnceAndRight() throws Exception {
        for (int i = 0; i < 5; i++) {
            // older than the settling days: only the mark brings them in
            Order order = placedDaysAgo(fixtures.aCustomer("Twin" + i, "en_US"), 5 + i);
            Date placed = new Date(System.currentTimeMillis() - (5 + i) * 86_400_000L);
            fixtures.inTransaction(() -> {
                rollups.markDirty(CxOrderRollupSource.NAME, placed);
                return order;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<Future<Integer>>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit((Callable<Integer>) () -> rollups.refresh()));
            }
            for (Future<Integer> run : runs) {
                assertTrue(run.get() >= 0);
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> refreshed = figures();
        rebuildAll();
        assertEquals(figures(), refreshed);
    }

    long cancelledOn(Date day) {
        return fixtures.inTransaction(() -> {
            long n = 0;
            for (CxInsightDay d : dao.readDays(java.util.Collections.singleton("orders.cancelled"), day, CxInsightDays.addDays(day, 1))) {
                n += d.getCount();
            }
            return n;
        });
    }

    List<String> figures() {
        return fixtures.inTransaction(() -> {
            List<String> rows = new ArrayList<String>();
            for (String source : SOURCES) {
                for (CxInsightDay d : dao.readAll(source)) {
                    rows.add(new java.sql.Date(d.getDay().getTime()) + " " + d.getMetric() + "[" + d.getDim() + "] "
                            + d.getCount() + " " + d.getTotal().stripTrailingZeros().toPlainString());
                }
            }
            return rows;
        });
    }

    Order placedDaysAgo(Customer customer, int days) throws Exception {
        Order order = fixtures.aSubmittedOrder(customer, beans, 1);
        Date at = new Date(System.currentTimeMillis() - days * 86_400_000L);
        fixtures.inTransaction(() -> em.createQuery("UPDATE " + OrderImpl.class.getName()
                + " o SET o.submitDate = :at, o.auditable.dateCreated = :at WHERE o.id = :id")
                .setParameter("at", at).setParameter("id", order.getId()).executeUpdate());
        return order;
    }

    void cancel(Order order) throws Exception {
        fulfilment.record(new CxFulfilmentEventRequest(CxFulfilmentEventType.CANCELLED, "test", UUID.randomUUID().toString())
                .setOrderId(order.getId()));
    }

    /** An email queued now that ends as the dispatcher would leave it. */
    void emailWithOutcome(String status, int attempts) {
        CxNotification n = notificationService.enqueue(new CxNotificationRequest(CxNotificationKind.SHIPPED, "rollup-" + UUID.randomUUID())
                .recipient("rollup@example.com").locale("en_US"));
        fixtures.inTransaction(() -> em.createQuery("UPDATE " + CxNotificationImpl.class.getName()
                + " n SET n.status = :status, n.attempts = :attempts WHERE n.id = :id")
                .setParameter("status", status).setParameter("attempts", CxNotificationStatus.PENDING.equals(status) ? 0 : attempts)
                .setParameter("id", n.getId()).executeUpdate());
    }
}
