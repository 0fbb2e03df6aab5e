package dev.cxplugin.notify.service;

import dev.cxplugin.notify.dao.CxNotificationDao;
import dev.cxplugin.notify.domain.CxNotification;
import dev.cxplugin.notify.domain.CxOrderFulfilment;
import dev.cxplugin.notify.type.CxFulfilmentEventType;
import dev.cxplugin.notify.type.CxNotificationStatus;
import dev.cxplugin.test.BroadleafExtension;
import dev.cxplugin.test.CheckoutFixtures;
import dev.cxplugin.test.TestMailServer;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.math.BigDecimal;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import javax.annotation.Resource;
import javax.mail.internet.MimeMessage;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static dev.cxplugin.notify.service.OrderConfirmationTest.part;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shipped, delayed, delivered, cancelled, returned, refunded: each recorded once, each emailed once. */
@ExtendWith(BroadleafExtension.class)
class FulfilmentEventTest {

    @Resource(name = "cxFulfilmentEventService")
    protected CxFulfilmentEventService fulfilment;

    @Resource(name = "cxNotificationDispatcher")
    protected CxNotificationDispatcher dispatcher;

    @Resource(name = "cxNotificationDao")
    protected CxNotificationDao notificationDao;

    @Resource(name = "cxNotificationSettings")
    protected CxNotificationSettings settings;

    @Resource(name = "blOfferService")
    protected OfferService offerService;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    static final TestMailServer SMTP = new TestMailServer();
    CheckoutFixtures fixtures;

    @BeforeEach
    void start(ApplicationContext ctx) throws Exception {
        fixtures = new CheckoutFixtures(ctx);
        SMTP.start().purge();
        dispatcher.dispatchAll();
        SMTP.purge();
    }

    @AfterEach
    void restoreSettings() {
        settings.setDelayCompensationEnabled(false);
    }

    @Test
    void shippedEmailNamesCarrierTrackingNumberLinkAndExpectedDate() throws Exception {
        Order order = anOrder("Sam", "en_US");
        CxFulfilmentResult result = fulfilment.record(event(CxFulfilmentEventType.SHIPPED, order)
                .setCarrier("DHL").setTrackingNumber("JD0140").setTrackingUrl("https://track.example.com/JD0140")
                .setPromisedDate(daysFromNow(3)));
        assertNotNull(result.getNotificationId());
        assertFalse(result.isDuplicate());

        String html = part(onlyEmailAfterDispatch(), "text/html");
        assertTrue(html.contains("Good news, Sam"), html);
        assertTrue(html.contains("DHL") && html.contains("JD0140"));
        assertTrue(html.contains("href=\"https://track.example.com/JD0140\""));
        CxOrderFulfilment state = fulfilment.readFulfilment(order.getId());
        assertEquals("SHIPPED", state.getStatus());
        assertEquals("JD0140", state.getTrackingNumber());
    }

    @Test
    void aReplayedEventChangesNothingAndReturnsTheFirstResult() throws Exception {
        Order order = anOrder("Ana", "en_US");
        CxFulfilmentEventRequest shipped = event(CxFulfilmentEventType.SHIPPED, order).setCarrier("UPS").setTrackingNumber("1Z9");
        CxFulfilmentResult first = fulfilment.record(shipped);
        CxFulfilmentResult replay = fulfilment.record(shipped.setTrackingNumber("OTHER"));
        assertTrue(replay.isDuplicate());
        assertEquals(first.getEventRecordId(), replay.getEventRecordId());
        assertEquals(first.getNotificationId(), replay.getNotificationId());
        assertEquals("1Z9", fulfilment.readFulfilment(order.getId()).getTrackingNumber(), "the replay changed nothing");
        assertEquals(1, fulfilment.readEvents(order.getId()).size());
        onlyEmailAfterDispatch();
    }

    @Test
    void anUnknownOrderIsRefusedAndNothingIsRecorded() {
        long before = countEvents();
        CxFulfilmentException e = assertThrows(CxFulfilmentException.class, () -> fulfilment.record(
                new CxFulfilmentEventRequest(CxFulfilmentEventType.SHIPPED, "warehouse", "evt-" + UUID.randomUUID())
                        .setOrderNumber("NO-SUCH-ORDER").setCarrier("DHL")));
        assertEquals(CxFulfilmentException.Code.UNKNOWN_ORDER, e.getCode());
        assertEquals(before, countEvents());
    }

    @Test
    void aCartIsNotAnOrderAFulfilmentEventMayAnnounce() throws Exception {
        Customer c = fixtures.aCustomer("Cart", "en_US");
        Order cart = fixtures.withOpenEntityManager(() -> fixtures.cartWith(c, fixtures.aProduct("Cart mug", "5.00"), 1));
        CxFulfilmentException e = assertThrows(CxFulfilmentException.class,
                () -> fulfilment.record(event(CxFulfilmentEventType.SHIPPED, cart).setCarrier("DHL")));
        assertEquals(CxFulfilmentException.Code.UNKNOWN_ORDER, e.getCode());
    }

    @Test
    void aTrackingLinkThatIsNotAWebLinkIsRefused() throws Exception {
        Order order = anOrder("Lin", "en_US");
        CxFulfilmentException e = assertThrows(CxFulfilmentException.class, () -> fulfilment.record(
                event(CxFulfilmentEventType.SHIPPED, order).setCarrier("DHL").setTrackingUrl("javascript:alert(1)")));
        assertEquals(CxFulfilmentException.Code.INVALID_EVENT, e.getCode());
        assertNull(fulfilment.readFulfilment(order.getId()), "nothing recorded");
        assertEquals(0, fulfilment.readEvents(order.getId()).size());
    }

    @Test
    void aLaterPromisedDateApologisesOncePerNewDateWithASingleUseCodeForThatCustomer() throws Exception {
        settings.setDelayCompensationEnabled(true);
        Order order = anOrder("Mira", "en_US");
        CxFulfilmentResult delay = fulfilment.record(event(CxFulfilmentEventType.DELAYED, order)
                .setPromisedDate(daysFromNow(12)).setReason("Storm at the port"));
        assertNotNull(delay.getCompensationCode());
        // the same new date again, from another event: no second apology
        CxFulfilmentResult same = fulfilment.record(event(CxFulfilmentEventType.DELAYED, order).setPromisedDate(daysFromNow(12)));
        assertNull(same.getNotificationId());

        MimeMessage m = onlyEmailAfterDispatch();
        assertTrue(m.getSubject().contains("new delivery date"), m.getSubject());
        String html = part(m, "text/html");
        assertTrue(html.contains("sorry, Mira"), html);
        assertTrue(html.contains("Storm at the port"));
        assertTrue(html.contains(delay.getCompensationCode()));
        assertTrue(html.contains("10% off"));

        OfferCode code = fixtures.inTransaction(() -> offerService.lookupOfferCodeByCode(delay.getCompensationCode()));
        assertNotNull(code, "a real Broadleaf offer code");
        assertEquals(1, code.getMaxUses());
        String rule = fixtures.inTransaction(() -> offerService.lookupOfferCodeByCode(delay.getCompensationCode())
                .getOffer().getOfferMatchRules().get("CUSTOMER").getMatchRule());
        assertEquals("customer.id == " + order.getCustomer().getId() + "L", rule, "only that customer may use it");
        assertEquals(1, fulfilment.readFulfilment(order.getId()).getDelayCount());
    }

    @Test
    void anEarlierPromisedDateNeedsNoApology() throws Exception {
        Order order = anOrder("Noor", "en_US");
        CxFulfilmentResult result = fulfilment.record(event(CxFulfilmentEventType.DELAYED, order).setPromisedDate(daysFromNow(1)));
        assertNull(result.getNotificationId());
        assertEquals(0, dispatcher.dispatchAll());
        assertEquals(startOfDay(daysFromNow(1)), fulfilment.readFulfilment(order.getId()).getPromisedDate());
    }

    @Test
    void aPromisedDateInThePastIsRefused() throws Exception {
        Order order = anOrder("Past", "en_US");
        CxFulfilmentException e = assertThrows(CxFulfilmentException.class,
                () -> fulfilment.record(event(CxFulfilmentEventType.DELAYED, order).setPromisedDate(daysFromNow(-2))));
        assertEquals(CxFulfilmentException.Code.INVALID_EVENT, e.getCode());
    }

    @Test
    void deliveryIsConfirmedAndAFollowUpWaitsThatAReturnCancels() throws Exception {
        Order order = anOrder("Omar", "en_US");
        fulfilment.record(event(CxFulfilmentEventType.DELIVERED, order));
        String html = part(onlyEmailAfterDispatch(), "text/html");
        assertTrue(html.contains("Delivered! Enjoy, Omar"), html);
        assertTrue(html.contains("return it until"));

        CxNotification followUp = row("FOLLOW_UP:order:" + order.getId());
        assertEquals(CxNotificationStatus.PENDING, followUp.getStatus());
        long days = (followUp.getNextAttemptDate().getTime() - System.currentTimeMillis()) / 86_400_000L;
        assertEquals(settings.getFollowUpDays() - 1, days, "waits " + settings.getFollowUpDays() + " days");

        fulfilment.record(event(CxFulfilmentEventType.RETURN_REQUESTED, order).setReason("Too small"));
        assertEquals(CxNotificationStatus.CANCELLED, row("FOLLOW_UP:order:" + order.getId()).getStatus());
        MimeMessage m = onlyEmailAfterDispatch();
        assertTrue(part(m, "text/html").contains("R-" + order.getOrderNumber()), "the return's reference");
    }

    @Test
    void theFollowUpGoesWhenDueWithAReviewLinkPerProductAndAnUnsubscribeHeader() throws Exception {
        Order order = anOrder("Yara", "en_US");
        fulfilment.record(event(CxFulfilmentEventType.DELIVERED, order));
        onlyEmailAfterDispatch();
        makeDue("FOLLOW_UP:order:" + order.getId());
        MimeMessage m = onlyEmailAfterDispatch();
        String html = part(m, "text/html");
        assertTrue(html.contains("How is everything, Yara?"), html);
        // the reviews capability signs one link per product: it opens the review form without signing in
        assertTrue(html.contains("/cx/review?t="), "links to review the product");
        assertEquals(CxNotificationStatus.SENT, row("FOLLOW_UP:order:" + order.getId()).getStatus());
    }

    @Test
    void cancellingMarksTheBroadleafOrderCancelledAndTellsTheRefund() throws Exception {
        Order order = anOrder("Iris", "en_US");
        fulfilment.record(event(CxFulfilmentEventType.CANCELLED, order).setReason("Ordered twice"));
        assertEquals(OrderStatus.CANCELLED, fixtures.inTransaction(() -> orderService.findOrderById(order.getId()).getStatus()));
        String html = part(onlyEmailAfterDispatch(), "text/html");
        assertTrue(html.contains("your order is cancelled"), html);
        assertTrue(html.contains("Ordered twice"));
        assertTrue(html.contains("within 7 days"));
    }

    @Test
    void aShippedOrderCannotBeCancelled() throws Exception {
        Order order = anOrder("Tom", "en_US");
        fulfilment.record(event(CxFulfilmentEventType.SHIPPED, order).setCarrier("DHL"));
        CxFulfilmentException e = assertThrows(CxFulfilmentException.class,
                () -> fulfilment.record(event(CxFulfilmentEventType.CANCELLED, order)));
        assertEquals(CxFulfilmentException.Code.WRONG_STATE, e.getCode());
        assertEquals(OrderStatus.SUBMITTED, fixtures.inTransaction(() -> orderService.findOrderById(order.getId()).getStatus()));
    }

    @Test
    void aReturnOfMoreThanWasOrderedIsRefused() throws Exception {
        Order order = anOrder("Eva", "en_US");
        Long itemId = fixtures.inTransaction(() -> orderService.findOrderById(order.getId()).getOrderItems().get(0).getId());
        CxFulfilmentEventRequest tooMany = event(CxFulfilmentEventType.RETURN_RECEIVED, order);
        tooMany.getItems().put(itemId, 5);
        assertEquals(CxFulfilmentException.Code.INVALID_EVENT, assertThrows(CxFulfilmentException.class,
                () -> fulfilment.record(tooMany)).getCode());
        CxFulfilmentEventRequest foreign = event(CxFulfilmentEventType.RETURN_RECEIVED, order);
        foreign.getItems().put(-42L, 1);
        assertEquals(CxFulfilmentException.Code.INVALID_EVENT, assertThrows(CxFulfilmentException.class,
                () -> fulfilment.record(foreign)).getCode());
        assertEquals(0, fulfilment.readEvents(order.getId()).size());

        CxFulfilmentEventRequest one = event(CxFulfilmentEventType.RETURN_RECEIVED, order).setReturnReference("RMA-7");
        one.getItems().put(itemId, 1);
        fulfilment.record(one);
        assertEquals(itemId + "=1", fulfilment.readFulfilment(order.getId()).getReturnedItems());
        assertTrue(part(onlyEmailAfterDispatch(), "text/html").contains("RMA-7"));
    }

    @Test
    void refundsCannotExceedTheOrderTotal() throws Exception {
        Order order = anOrder("Raj", "en_US"); // 2 x 14.50 = 29.00 (plus shipping and tax, if any)
        BigDecimal total = fixtures.inTransaction(() -> orderService.findOrderById(order.getId()).getTotal().getAmount());
        fulfilment.record(event(CxFulfilmentEventType.REFUND_ISSUED, order).setRefundAmount(new BigDecimal("10.00")));
        CxFulfilmentException e = assertThrows(CxFulfilmentException.class, () -> fulfilment.record(
                event(CxFulfilmentEventType.REFUND_ISSUED, order).setRefundAmount(total)));
        assertEquals(CxFulfilmentException.Code.INVALID_EVENT, e.getCode());
        assertEquals(0, new BigDecimal("10.00").compareTo(fulfilment.readFulfilment(order.getId()).getRefundedAmount()));
        assertTrue(part(onlyEmailAfterDispatch(), "text/html").contains("$10.00"));
    }

    @Test
    void anArabicCustomerIsToldOfTheShipmentInArabicRightToLeft() throws Exception {
        Order order = anOrder("Layla", "ar");
        fulfilment.record(event(CxFulfilmentEventType.SHIPPED, order).setCarrier("Aramex").setTrackingNumber("AX-55")
                .setPromisedDate(daysFromNow(2)));
        MimeMessage m = onlyEmailAfterDispatch();
        assertTrue(m.getSubject().startsWith("طلبك"), m.getSubject());
        String html = part(m, "text/html");
        assertTrue(html.contains("dir=\"rtl\"") && html.contains("lang=\"ar\""));
        assertTrue(html.contains("أخبار سارة يا Layla"), html);
    }

    @Test
    void aPersianCustomerGetsTheDelayNoticeInPersianWithPersianDigits() throws Exception {
        Order order = anOrder("Dariush", "fa");
        fulfilment.record(event(CxFulfilmentEventType.DELAYED, order).setPromisedDate(daysFromNow(15)));
        String html = part(onlyEmailAfterDispatch(), "text/html");
        assertTrue(html.contains("Dariush عزیز، پوزش می‌خواهیم"), html);
        assertTrue(html.matches("(?s).*[۰-۹].*"), "Persian digits in the dates");
    }

    // ---------------------------------------------------------------- fixtures

    /** A submitted order whose confirmation has already gone out. */
    Order anOrder(String firstName, String locale) throws Exception {
        Order order = fixtures.aSubmittedOrder(fixtures.aCustomer(firstName, locale), fixtures.aProduct("Blue enamel mug", "14.50"), 2);
        dispatcher.dispatchAll();
        SMTP.purge();
        return order;
    }

    static CxFulfilmentEventRequest event(CxFulfilmentEventType type, Order order) {
        return new CxFulfilmentEventRequest(type, "test", UUID.randomUUID().toString()).setOrderId(order.getId());
    }

    MimeMessage onlyEmailAfterDispatch() throws Exception {
        dispatcher.dispatchAll();
        MimeMessage[] mail = SMTP.received();
        assertEquals(1, mail.length, "exactly one email");
        SMTP.purge();
        return mail[0];
    }

    CxNotification row(String key) {
        return fixtures.inTransaction(() -> notificationDao.readByDedupeKey(key));
    }

    void makeDue(String key) {
        fixtures.inTransaction(() -> {
            CxNotification n = notificationDao.readByDedupeKey(key);
            n.setNextAttemptDate(new Date(System.currentTimeMillis() - 1000));
            return notificationDao.save(n);
        });
    }

    long countEvents() {
        return fixtures.inTransaction(() -> (Long) em.createQuery(
                "SELECT COUNT(e) FROM dev.cxplugin.notify.domain.CxFulfilmentEventImpl e").getSingleResult());
    }

    static Date daysFromNow(int days) {
        return new Date(System.currentTimeMillis() + days * 86_400_000L);
    }

    static Date startOfDay(Date d) {
        Calendar c = Calendar.getInstance();
        c.setTime(d);
        c.set(Calendar.HOUR_OF_DAY, 0);
        c.set(Calendar.MINUTE, 0);
        c.set(Calendar.SECOND, 0);
        c.set(Calendar.MILLISECOND, 0);
        return c.getTime();
    }
}
