package dev.cxplugin.insight.service;

import dev.cxplugin.insight.dao.CxInsightDao;
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

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

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
        for (int i = 0; i < 6; i++) {
            open.add(placedDaysAgo(fixtures.aCustomer("Early" + i, "en_US"), 1 + random.nextInt(40)));
        }
        rollups.rebuild(CxOrderRollupSource.NAME);
        rollups.rebuild(CxNotificationRollupSource.NAME);

        for (int step = 0; step < 30; step++) {
            switch (random.nextInt(4)) {
                case 0:
                    open.add(fixtures.aSubmittedOrder(fixtures.aCustomer("Now" + step, "ar"), beans, 1 + random.nextInt(3)));
                    break;
                case 1:
                    if (!open.isEmpty()) {
                        cancel(open.remove(random.nextInt(open.size())));
                    }
                    break;
                case 2:
                    emailWithOutcome(STATUSES[random.nextInt(STATUSES.length)], 1 + random.nextInt(3));
                    break;
                default:
                    rollups.refresh();
            }
        }
        rollups.refresh();
        List<String> maintained = figures();
        rollups.rebuild(CxOrderRollupSource.NAME);
        rollups.rebuild(CxNotificationRollupSource.NAME);

        assertEquals(figures(), maintained, "seed " + seed);
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
        rollups.rebuild(CxOrderRollupSource.NAME);
        rollups.rebuild(CxNotificationRollupSource.NAME);
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
            for (String source : new String[] {CxOrderRollupSource.NAME, CxNotificationRollupSource.NAME}) {
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
