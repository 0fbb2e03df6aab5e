package dev.cxplugin.loyalty;

import dev.cxplugin.common.event.CxEventPublisher;
import dev.cxplugin.common.event.CxReviewEvent;
import dev.cxplugin.loyalty.domain.CxLoyaltyEntry;
import dev.cxplugin.loyalty.service.CxLoyaltyException;
import dev.cxplugin.loyalty.service.CxLoyaltyService;
import dev.cxplugin.loyalty.service.CxLoyaltySettingsService;
import dev.cxplugin.notify.dao.CxNotificationDao;
import dev.cxplugin.notify.domain.CxNotification;
import dev.cxplugin.notify.service.CxFulfilmentEventService;
import dev.cxplugin.notify.service.CxNotificationDispatcher;
import dev.cxplugin.notify.type.CxFulfilmentEventType;
import dev.cxplugin.test.BroadleafExtension;
import dev.cxplugin.test.CheckoutFixtures;
import dev.cxplugin.test.TestMailServer;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.util.Collections;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;
import javax.mail.internet.MimeMessage;

import static dev.cxplugin.loyalty.LoyaltyTestSupport.assertBalances;
import static dev.cxplugin.loyalty.LoyaltyTestSupport.count;
import static dev.cxplugin.loyalty.LoyaltyTestSupport.days;
import static dev.cxplugin.loyalty.LoyaltyTestSupport.event;
import static dev.cxplugin.loyalty.LoyaltyTestSupport.key;
import static dev.cxplugin.loyalty.LoyaltyTestSupport.months;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Earning, the return window, reversals, tiers, expiry, adjustments and bonuses, on a real Broadleaf and database. */
@ExtendWith(BroadleafExtension.class)
class LoyaltyLedgerTest {

    @Resource(name = "cxLoyaltyService")
    protected CxLoyaltyService loyalty;

    @Resource(name = "cxLoyaltySettingsService")
    protected CxLoyaltySettingsService settings;

    @Resource(name = "cxFulfilmentEventService")
    protected CxFulfilmentEventService fulfilment;

    @Resource(name = "cxNotificationDao")
    protected CxNotificationDao notificationDao;

    @Resource(name = "cxNotificationDispatcher")
    protected CxNotificationDispatcher dispatcher;

    @Resource(name = "cxEventPublisher")
    protected CxEventPublisher events;

    @Resource(name = "blOrderService")
    protected org.broadleafcommerce.core.order.service.OrderService orderService;

    @javax.persistence.PersistenceContext(unitName = "blPU")
    protected javax.persistence.EntityManager em;

    static final TestMailServer SMTP = new TestMailServer();
    CheckoutFixtures fixtures;

    @BeforeEach
    void start(ApplicationContext ctx) throws Exception {
        fixtures = new CheckoutFixtures(ctx);
        SMTP.start();
    }

    Order order(Customer c, String price, int qty) {
        Product p = fixtures.aProduct("Loyalty item " + price, price);
        return fixtures.aSubmittedOrder(c, p, qty);
    }

    @Test
    void anOrderEarnsPendingPointsOnItsMerchandiseOnceHoweverOftenItIsSeen() throws Exception {
        Customer c = fixtures.aCustomer("Earn", "en_US");
        Order o = order(c, "12.50", 2);
        assertTrue(loyalty.earnSubmittedOrders(new Date()) >= 1, "the job picks up the submitted order");
        CxLoyaltyEntry first = loyalty.earnForOrder(o.getId());
        assertEquals("EARN", first.getKind());
        assertEquals(25, first.getPendingDelta(), "1 point per unit on 25.00 of merchandise");
        assertEquals(0, first.getAvailableDelta());
        // a replay by the job, by a direct call and by fulfilment events earns nothing more
        loyalty.earnSubmittedOrders(new Date());
        assertEquals(first.getId(), loyalty.earnForOrder(o.getId()).getId());
        fulfilment.record(event(CxFulfilmentEventType.SHIPPED, o).setCarrier("DHL"));
        fulfilment.record(event(CxFulfilmentEventType.DELIVERED, o));
        assertEquals(1, count(loyalty.readEntries(c.getId(), 0, 50), "EARN"));
        assertBalances(loyalty, c.getId(), 25, 0);
    }

    @Test
    void aGuestOrAnUnfinishedCheckoutEarnsNothing() throws Exception {
        Customer c = fixtures.aCustomer("Cart", "en_US");
        Order cart = fixtures.withOpenEntityManager(() -> fixtures.cartWith(c, fixtures.aProduct("Cart item", "40.00"), 1));
        assertNull(loyalty.earnForOrder(cart.getId()), "a cart is not a submitted order");
        loyalty.earnSubmittedOrders(new Date());
        assertNull(loyalty.readAccount(c.getId()));
    }

    @Test
    void theRoundingAndMinimumOrderSettingsApply() throws Exception {
        settings.save(Collections.singletonMap("minimumOrder", "20"), "test");
        try {
            Customer c = fixtures.aCustomer("Small", "en_US");
            CxLoyaltyEntry small = loyalty.earnForOrder(order(c, "19.99", 1).getId());
            assertEquals(0, small.getPendingDelta(), "below the minimum order");
            CxLoyaltyEntry big = loyalty.earnForOrder(order(c, "20.99", 1).getId());
            assertEquals(20, big.getPendingDelta(), "rounded down");
        } finally {
            settings.save(Collections.singletonMap("minimumOrder", "0"), "test");
        }
        assertThrows(CxLoyaltyException.class, () -> settings.save(Collections.singletonMap("rounding", "SIDEWAYS"), "test"));
        assertThrows(CxLoyaltyException.class, () -> settings.save(Collections.singletonMap("tiers", "GOLD:100:2"), "test"));
        assertEquals("DOWN", settings.current().getRounding().name(), "a refused value changed nothing");
    }

    @Test
    void pointsBecomeAvailableWhenTheReturnWindowAfterDeliveryCloses() throws Exception {
        Customer c = fixtures.aCustomer("Window", "en_US");
        Order o = order(c, "30.00", 1);
        loyalty.earnForOrder(o.getId());
        Date delivered = days(new Date(), 5);
        fulfilment.record(event(CxFulfilmentEventType.DELIVERED, o).setOccurredAt(delivered));
        loyalty.releaseDue(days(delivered, 13));
        assertBalances(loyalty, c.getId(), 30, 0);
        loyalty.releaseDue(days(delivered, 14));
        assertBalances(loyalty, c.getId(), 0, 30);
        loyalty.releaseDue(days(delivered, 30));
        assertBalances(loyalty, c.getId(), 0, 30);
        assertEquals(1, count(loyalty.readEntries(c.getId(), 0, 50), "RELEASE"));
    }

    @Test
    void withoutADeliveryTheWindowRunsFromSubmission() throws Exception {
        Customer c = fixtures.aCustomer("NoDelivery", "en_US");
        Order o = order(c, "10.00", 1);
        loyalty.earnForOrder(o.getId());
        loyalty.releaseDue(days(new Date(), 13));
        assertBalances(loyalty, c.getId(), 10, 0);
        loyalty.releaseDue(days(new Date(), 15));
        assertBalances(loyalty, c.getId(), 0, 10);
    }

    @Test
    void aPartialReturnTakesBackItsShareAndTheRestTakesBackAll() throws Exception {
        Customer c = fixtures.aCustomer("Returns", "en_US");
        Order o = order(c, "10.00", 4);
        loyalty.earnForOrder(o.getId());
        fulfilment.record(event(CxFulfilmentEventType.DELIVERED, o));
        Long itemId = fixtures.inTransaction(() -> orderService.findOrderById(o.getId()).getOrderItems().get(0).getId());
        dev.cxplugin.notify.service.CxFulfilmentEventRequest first = event(CxFulfilmentEventType.RETURN_RECEIVED, o).setReturnReference("R1");
        first.getItems().put(itemId, 1);
        fulfilment.record(first);
        assertBalances(loyalty, c.getId(), 30, 0);
        fulfilment.record(first); // the same event replayed
        assertBalances(loyalty, c.getId(), 30, 0);
        dev.cxplugin.notify.service.CxFulfilmentEventRequest rest = event(CxFulfilmentEventType.RETURN_RECEIVED, o).setReturnReference("R2");
        rest.getItems().put(itemId, 3);
        fulfilment.record(rest);
        assertBalances(loyalty, c.getId(), 0, 0);
        List<CxLoyaltyEntry> lines = loyalty.readEntries(c.getId(), 0, 50);
        assertEquals(2, count(lines, "REVERSE"));
        loyalty.releaseDue(days(new Date(), 40));
        assertBalances(loyalty, c.getId(), 0, 0);
    }

    @Test
    void aReturnAfterTheWindowTakesFromAvailablePointsButNeverBelowZero() throws Exception {
        Customer c = fixtures.aCustomer("Late", "en_US");
        Order o = order(c, "300.00", 1);
        loyalty.earnForOrder(o.getId());
        loyalty.releaseDue(days(new Date(), 15));
        assertBalances(loyalty, c.getId(), 0, 300);
        loyalty.redeem(c.getId(), 200, key());
        fulfilment.record(event(CxFulfilmentEventType.RETURN_RECEIVED, o));
        assertBalances(loyalty, c.getId(), 0, 0);
        CxLoyaltyEntry reverse = loyalty.readEntries(c.getId(), 0, 1).get(0);
        assertEquals("REVERSE", reverse.getKind());
        assertEquals(-100, reverse.getAvailableDelta());
        assertTrue(reverse.getReason().contains("200 points were already spent"), reverse.getReason());
    }

    @Test
    void aCancellationTakesBackTheOrdersPointsAndAnOrderCancelledBeforeEarningNeverEarns() throws Exception {
        Customer c = fixtures.aCustomer("Cancel", "en_US");
        Order o = order(c, "50.00", 1);
        loyalty.earnForOrder(o.getId());
        fulfilment.record(event(CxFulfilmentEventType.CANCELLED, o).setReason("changed my mind"));
        assertBalances(loyalty, c.getId(), 0, 0);
        assertEquals(1, count(loyalty.readEntries(c.getId(), 0, 50), "REVERSE"));

        Order early = order(c, "70.00", 1);
        fulfilment.record(event(CxFulfilmentEventType.CANCELLED, early));
        loyalty.earnSubmittedOrders(new Date());
        assertNull(loyalty.earnForOrder(early.getId()));
        assertBalances(loyalty, c.getId(), 0, 0);
    }

    @Test
    void spendPromotesWithAnEmailAndTimeDemotes() throws Exception {
        Customer c = fixtures.aCustomer("Tiers", "en_US");
        loyalty.earnForOrder(order(c, "600.00", 1).getId());
        assertEquals("SILVER", loyalty.readAccount(c.getId()).getTier());
        CxNotification promotion = promotionEmail(c, "SILVER");
        assertNotNull(promotion, "the promotion is emailed");
        // the next order earns at the Silver multiplier (1.25) and reaches Gold
        CxLoyaltyEntry second = loyalty.earnForOrder(order(c, "1000.00", 1).getId());
        assertEquals(1250, second.getPendingDelta());
        assertEquals("GOLD", loyalty.readAccount(c.getId()).getTier());
        assertNotNull(promotionEmail(c, "GOLD"));

        dispatcher.dispatchAll();
        MimeMessage mail = mailTo(c.getEmailAddress(), "now Gold");
        assertNotNull(mail, "a rendered Gold promotion reached the customer");
        assertTrue(mail.getSubject().startsWith("Welcome to a new tier, Tiers"), mail.getSubject());

        assertEquals("BRONZE", loyalty.evaluateTier(c.getId(), months(new Date(), 13)), "a year without spend demotes");
        assertEquals("BRONZE", loyalty.readAccount(c.getId()).getTier());
    }

    @Test
    void anArabicCustomerGetsTheirPromotionInArabic() throws Exception {
        Customer c = fixtures.aCustomer("Layla", "ar");
        loyalty.earnForOrder(order(c, "650.00", 1).getId());
        dispatcher.dispatchAll();
        MimeMessage mail = mailTo(c.getEmailAddress(), "الفضي");
        assertNotNull(mail, "body in Arabic");
        assertTrue(mail.getSubject().contains("مستوى جديد"), mail.getSubject());
        String html = part(mail);
        assertTrue(html.contains("dir=\"rtl\""), html);
        assertTrue(html.contains("الفضي"));
    }

    @Test
    void pointsExpireAfterAYearWithoutPurchaseWithAWarningTwoWeeksBefore() throws Exception {
        Customer c = fixtures.aCustomer("Expiry", "en_US");
        loyalty.bonus(c.getId(), 400, "Welcome", "BONUS:test:" + key());
        Date start = new Date();
        loyalty.expire(days(months(start, 12), -20));
        assertNull(warning(c), "no warning 20 days before");
        loyalty.expire(days(months(start, 12), -10));
        assertNotNull(warning(c), "warned within 14 days of expiry");
        assertBalances(loyalty, c.getId(), 0, 400);
        loyalty.expire(days(months(start, 12), 1));
        assertBalances(loyalty, c.getId(), 0, 0);
        loyalty.expire(days(months(start, 12), 2));
        assertEquals(1, count(loyalty.readEntries(c.getId(), 0, 50), "EXPIRE"));
    }

    @Test
    void aPurchaseKeepsThePointsAlive() throws Exception {
        Customer c = fixtures.aCustomer("Alive", "en_US");
        loyalty.bonus(c.getId(), 100, "Welcome", "BONUS:test:" + key());
        loyalty.earnForOrder(order(c, "5.00", 1).getId());
        // the purchase is now; twelve months after the bonus but not after the purchase: nothing expires
        loyalty.expire(days(months(new Date(), 12), -1));
        assertBalances(loyalty, c.getId(), 5, 100);
    }

    @Test
    void anAdjustmentNeedsAReasonAndAnAdminAndIsRecordedWithBoth() throws Exception {
        Customer c = fixtures.aCustomer("Adjust", "en_US");
        CxLoyaltyException noReason = assertThrows(CxLoyaltyException.class, () -> loyalty.adjust(c.getId(), 100, " ", "admin", key()));
        assertEquals(CxLoyaltyException.Code.INVALID, noReason.getCode());
        assertThrows(CxLoyaltyException.class, () -> loyalty.adjust(c.getId(), 100, null, "admin", key()));
        assertThrows(CxLoyaltyException.class, () -> loyalty.adjust(c.getId(), 100, "goodwill", "", key()));
        assertThrows(CxLoyaltyException.class, () -> loyalty.adjust(c.getId(), 0, "goodwill", "admin", key()));
        assertNull(loyalty.readAccount(c.getId()), "nothing was opened");

        String k = key();
        CxLoyaltyEntry e = loyalty.adjust(c.getId(), 150, "Parcel lost, goodwill", "admin", k);
        assertEquals(e.getId(), loyalty.adjust(c.getId(), 150, "Parcel lost, goodwill", "admin", k).getId(), "a resubmitted form counts once");
        assertEquals("ADJUST", e.getKind());
        assertEquals("admin", e.getActor());
        assertEquals("Parcel lost, goodwill", e.getReason());
        CxLoyaltyException below = assertThrows(CxLoyaltyException.class,
                () -> loyalty.adjust(c.getId(), -151, "correction", "admin", key()));
        assertEquals(CxLoyaltyException.Code.INSUFFICIENT, below.getCode());
        loyalty.adjust(c.getId(), -50, "correction", "admin", key());
        assertBalances(loyalty, c.getId(), 0, 100);
    }

    @Test
    void anApprovedReviewEarnsItsBonusOnce() throws Exception {
        Customer c = fixtures.aCustomer("Reviewer", "en_US");
        CxReviewEvent approved = new CxReviewEvent(this, CxReviewEvent.APPROVED, c.getId(), null, 9_000_000L + c.getId(), 1L, 5, true);
        fixtures.inTransaction(() -> {
            events.publish(approved);
            return null;
        });
        fixtures.inTransaction(() -> {
            events.publish(approved);
            events.publish(new CxReviewEvent(this, CxReviewEvent.SUBMITTED, c.getId(), null, 1L, 1L, 5, true));
            return null;
        });
        assertBalances(loyalty, c.getId(), 0, 50);
    }

    CxNotification promotionEmail(Customer c, String tier) {
        return fixtures.inTransaction(() -> notificationDao.readByDedupeKey("LOYALTY_TIER_UP:cust:" + c.getId() + ":" + tier + ":"
                + new java.text.SimpleDateFormat("yyyy-MM-dd").format(new Date())));
    }

    CxNotification warning(Customer c) {
        return fixtures.inTransaction(() -> {
            java.util.List<?> rows = em.createQuery("SELECT n FROM dev.cxplugin.notify.domain.CxNotificationImpl n WHERE n.dedupeKey LIKE :k")
                    .setParameter("k", "LOYALTY_EXPIRY_WARNING:cust:" + c.getId() + ":%").getResultList();
            return rows.isEmpty() ? null : (CxNotification) rows.get(0);
        });
    }

    MimeMessage mailTo(String address, String bodyPart) throws Exception {
        for (int i = 0; i < 50; i++) {
            for (MimeMessage m : SMTP.received()) {
                if (m.getAllRecipients()[0].toString().contains(address) && part(m).contains(bodyPart)) {
                    return m;
                }
            }
            Thread.sleep(100);
        }
        return null;
    }

    static String part(MimeMessage m) throws Exception {
        javax.mail.internet.MimeMultipart mp = (javax.mail.internet.MimeMultipart) m.getContent();
        for (int i = 0; i < mp.getCount(); i++) {
            if (mp.getBodyPart(i).isMimeType("text/html")) {
                return (String) mp.getBodyPart(i).getContent();
            }
        }
        throw new AssertionError("no html part");
    }
}
