package dev.cxplugin.insight.service;

import dev.cxplugin.notify.domain.CxNotification;
import dev.cxplugin.notify.domain.CxNotificationImpl;
import dev.cxplugin.notify.service.CxNotificationRequest;
import dev.cxplugin.notify.service.CxNotificationService;
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

import java.math.BigDecimal;
import java.text.SimpleDateFormat;
import java.util.Arrays;
import java.util.Date;
import java.util.UUID;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The dashboard's order and email figures against fixtures worked out by hand. Each test puts its data on days
 * of its own far in the past, so the data of other tests never falls into the periods it reads.
 */
@ExtendWith(BroadleafExtension.class)
class InsightFiguresTest {

    @Resource(name = "cxInsightDashboard")
    protected CxInsightDashboard dashboard;

    @Resource(name = "cxInsightRollups")
    protected CxInsightRollups rollups;

    @Resource(name = "cxNotificationService")
    protected CxNotificationService notificationService;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    CheckoutFixtures fixtures;
    Product coffee;

    @BeforeEach
    void setUp(ApplicationContext ctx) {
        fixtures = new CheckoutFixtures(ctx);
        coffee = fixtures.aProduct("Insight beans " + UUID.randomUUID(), "10.00");
    }

    @Test
    void ordersPanelCountsOrdersRevenueNewCustomersRepeatsAndAbandonedCartsOfThePeriod() throws Exception {
        Customer ann = fixtures.aCustomer("Ann", "en_US");
        Customer bob = fixtures.aCustomer("Bob", "en_US");
        Customer cem = fixtures.aCustomer("Cem", "ar");
        Customer dee = fixtures.aCustomer("Dee", "fa");
        // previous period (1991-02-20 .. 1991-03-04, as long as the period): Dee's first order
        placedOn(dee, "1991-02-20 10:00");
        // week 1 (Monday 1991-03-04 is in the previous period; the period starts Tuesday 03-05)
        Order first = placedOn(ann, "1991-03-05 09:00");
        placedOn(bob, "1991-03-06 12:00");
        placedOn(ann, "1991-03-07 18:30");          // Ann again: a repeat order
        // week 2
        Order cancelled = placedOn(bob, "1991-03-13 08:00");
        cancel(cancelled);                            // placed, then cancelled: counts as placed, not as revenue
        placedOn(cem, "1991-03-14 23:59");
        cartMadeOn(cem, "1991-03-06 11:00", null);                  // never submitted: abandoned
        cartMadeOn(dee, "1991-03-08 11:00", "1991-03-09 17:00");   // submitted 30 h later: abandoned
        rollups.rebuild(CxOrderRollupSource.NAME);

        CxDashboardView view = dashboard.view(day("1991-03-05"), day("1991-03-17"));
        CxDashboardView.Panel orders = view.panel("orders");
        BigDecimal t = first.getTotal().getAmount();   // every order is one bag of the same coffee

        // placed in the period: Ann 03-05, Bob 03-06, Ann 03-07, Dee 03-09 (her late cart), Bob 03-13 (cancelled), Cem 03-14
        assertEquals(BigDecimal.valueOf(6), orders.value("orders").getCurrent());
        assertEquals(BigDecimal.valueOf(1), orders.value("orders").getPrevious());
        assertEquals(0, t.multiply(BigDecimal.valueOf(5)).compareTo(orders.value("revenue").getCurrent()));
        assertEquals(0, t.compareTo(orders.value("aov").getCurrent()));
        assertEquals(BigDecimal.valueOf(3), orders.value("newCustomers").getCurrent()); // Ann, Bob, Cem (Dee began before)
        assertEquals(new BigDecimal("50.0"), orders.value("repeatShare").getCurrent()); // Ann, Dee, Bob again: 3 of 6
        // 5 carts of on-time orders + Cem's cart + Dee's late cart = 7 carts; Cem's and Dee's abandoned: 2 of 7
        assertEquals(new BigDecimal("28.6"), orders.value("abandonment").getCurrent());
        // week 1 is Tuesday 03-05 to Sunday 03-10, week 2 from Monday 03-11
        assertEquals(Arrays.asList(BigDecimal.valueOf(4), BigDecimal.valueOf(2)), orders.value("orders").getWeekly());
        assertEquals(Arrays.asList(new BigDecimal("50.0"), new BigDecimal("50.0")), orders.value("repeatShare").getWeekly());
        assertEquals(Arrays.asList(new BigDecimal("40.0"), new BigDecimal("0.0")), orders.value("abandonment").getWeekly()); // 2 of 5, 0 of 2
    }

    @Test
    void retentionPanelCountsDistinctCustomersReturningRepeatAndRetainedOnes() throws Exception {
        Customer ann = fixtures.aCustomer("Ann", "en_US");   // March and April twice: retained, returning
        Customer bob = fixtures.aCustomer("Bob", "en_US");   // March only: not retained
        Customer cem = fixtures.aCustomer("Cem", "ar");      // new in April, ordered twice in April
        Customer dee = fixtures.aCustomer("Dee", "fa");      // new in April, once
        Customer eva = fixtures.aCustomer("Eva", "en_US");   // January, then April: returning, not retained
        placedOn(eva, "1993-01-05 10:00");
        placedOn(ann, "1993-03-10 10:00");
        placedOn(bob, "1993-03-15 10:00");
        Order t = placedOn(cem, "1993-04-02 10:00");
        placedOn(ann, "1993-04-05 10:00");
        placedOn(dee, "1993-04-10 10:00");
        placedOn(eva, "1993-04-12 10:00");
        placedOn(ann, "1993-04-20 10:00");
        placedOn(cem, "1993-04-25 10:00");
        rollups.rebuild(CxOrderRollupSource.NAME);

        // April (30 days) against 1993-03-02 .. 03-31
        CxDashboardView.Panel retention = dashboard.view(day("1993-04-01"), day("1993-04-30")).panel("retention");

        assertEquals(BigDecimal.valueOf(4), retention.value("active").getCurrent());            // Ann, Cem, Dee, Eva
        assertEquals(BigDecimal.valueOf(2), retention.value("active").getPrevious());           // Ann, Bob
        assertEquals(new BigDecimal("50.0"), retention.value("returning").getCurrent());       // Ann, Eva of 4
        assertEquals(new BigDecimal("75.0"), retention.value("repeatRate").getCurrent());      // Ann, Eva, Cem of 4
        assertEquals(new BigDecimal("50.0"), retention.value("retention").getCurrent());       // Ann of Ann, Bob
        assertEquals(0, t.getTotal().getAmount().multiply(new BigDecimal("1.5"))               // 6 orders, 4 customers
                .compareTo(retention.value("revenuePerCustomer").getCurrent()));
    }

    @Test
    void emailPanelCountsSentFailedDeadAndCancelledByKind() {
        email(CxNotificationKind.ORDER_CONFIRMED, "1992-06-01 10:00", CxNotificationStatus.SENT, 1);
        email(CxNotificationKind.ORDER_CONFIRMED, "1992-06-02 10:00", CxNotificationStatus.SENT, 2);
        email(CxNotificationKind.ORDER_CONFIRMED, "1992-06-03 10:00", CxNotificationStatus.SENT, 1);
        email(CxNotificationKind.SHIPPED, "1992-06-03 11:00", CxNotificationStatus.DEAD, 5);
        email(CxNotificationKind.FOLLOW_UP, "1992-06-07 09:00", CxNotificationStatus.CANCELLED, 0);
        email(CxNotificationKind.SHIPPED, "1992-05-30 09:00", CxNotificationStatus.SENT, 1); // previous period
        rollups.rebuild(CxNotificationRollupSource.NAME);

        CxDashboardView.Panel emails = dashboard.view(day("1992-06-01"), day("1992-06-07")).panel("notify");

        assertEquals(BigDecimal.valueOf(3), emails.value("sent").getCurrent());
        assertEquals(BigDecimal.valueOf(1), emails.value("sent").getPrevious());
        assertEquals(BigDecimal.valueOf(2), emails.value("failed").getCurrent());   // a retry and a dead one
        assertEquals(BigDecimal.valueOf(1), emails.value("dead").getCurrent());
        assertEquals(BigDecimal.valueOf(1), emails.value("cancelled").getCurrent());
        assertEquals(new BigDecimal("75.0"), emails.value("deliveryRate").getCurrent()); // 3 of the 4 meant to go
        assertEquals("FOLLOW_UP=1/0 ORDER_CONFIRMED=3/0 SHIPPED=1/1", breakdown(emails));
    }

    @Test
    void aFigureWithNothingToDivideByIsUndefinedNotZero() {
        CxDashboardView.Panel orders = dashboard.view(day("1985-01-01"), day("1985-01-31")).panel("orders");
        assertEquals(BigDecimal.ZERO, orders.value("orders").getCurrent());
        assertNull(orders.value("aov").getCurrent());
        assertNull(orders.value("abandonment").getCurrent());
    }

    static String breakdown(CxDashboardView.Panel panel) {
        StringBuilder s = new StringBuilder();
        for (CxDashboardView.Breakdown b : panel.getBreakdown()) {
            s.append(s.length() == 0 ? "" : " ").append(b.getDim()).append('=').append(b.getCurrent()).append('/').append(b.getPrevious());
        }
        return s.toString();
    }

    Order placedOn(Customer customer, String when) throws Exception {
        Order order = fixtures.aSubmittedOrder(customer, coffee, 1);
        Date at = at(when);
        fixtures.inTransaction(() -> em.createQuery("UPDATE " + OrderImpl.class.getName()
                + " o SET o.submitDate = :at, o.auditable.dateCreated = :made WHERE o.id = :id")
                .setParameter("at", at).setParameter("made", new Date(at.getTime() - 3600_000L))
                .setParameter("id", order.getId()).executeUpdate());
        return order;
    }

    void cartMadeOn(Customer customer, String made, String submitted) throws Exception {
        Order cart = fixtures.withOpenEntityManager(() -> {
            fixtures.useRequestContextOf(customer);
            return fixtures.cartWith(customer, coffee, 1);
        });
        fixtures.inTransaction(() -> em.createQuery("UPDATE " + OrderImpl.class.getName()
                + " o SET o.submitDate = :at, o.auditable.dateCreated = :made, o.status = :status WHERE o.id = :id")
                .setParameter("at", submitted == null ? null : at(submitted)).setParameter("made", at(made))
                .setParameter("status", submitted == null ? "IN_PROCESS" : "SUBMITTED")
                .setParameter("id", cart.getId()).executeUpdate());
    }

    void cancel(Order order) {
        fixtures.inTransaction(() -> em.createQuery("UPDATE " + OrderImpl.class.getName() + " o SET o.status = 'CANCELLED' WHERE o.id = :id")
                .setParameter("id", order.getId()).executeUpdate());
    }

    void email(CxNotificationKind kind, String created, String status, int attempts) {
        CxNotification n = notificationService.enqueue(new CxNotificationRequest(kind, "insight-" + UUID.randomUUID())
                .recipient("insight@example.com").locale("en_US"));
        fixtures.inTransaction(() -> em.createQuery("UPDATE " + CxNotificationImpl.class.getName()
                + " n SET n.createdDate = :at, n.status = :status, n.attempts = :attempts WHERE n.id = :id")
                .setParameter("at", at(created)).setParameter("status", status).setParameter("attempts", attempts)
                .setParameter("id", n.getId()).executeUpdate());
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
