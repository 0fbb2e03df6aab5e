package dev.cxplugin.notify.service;

import dev.cxplugin.common.contact.CxContactPolicy;
import dev.cxplugin.notify.dao.CxNotificationDao;
import dev.cxplugin.notify.domain.CxNotification;
import dev.cxplugin.notify.type.CxFulfilmentEventType;
import dev.cxplugin.notify.type.CxNotificationStatus;
import dev.cxplugin.test.BroadleafExtension;
import dev.cxplugin.test.CheckoutFixtures;
import dev.cxplugin.test.TestMailServer;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.util.Date;
import java.util.UUID;

import javax.annotation.Resource;
import javax.mail.internet.MimeMessage;

import static dev.cxplugin.notify.service.OrderConfirmationTest.part;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Follow-ups and birthday greetings honour the customer's opt-out and the shared contact cap, and carry a
 * one-click unsubscribe; transactional emails always go.
 */
@ExtendWith(BroadleafExtension.class)
class NonTransactionalEmailTest {

    @Resource(name = "cxFulfilmentEventService")
    protected CxFulfilmentEventService fulfilment;

    @Resource(name = "cxNotificationDispatcher")
    protected CxNotificationDispatcher dispatcher;

    @Resource(name = "cxNotificationDao")
    protected CxNotificationDao notificationDao;

    @Resource(name = "cxContactPolicy")
    protected CxContactPolicy contactPolicy;

    @Resource(name = "cxBirthdayGreetings")
    protected CxBirthdayGreetings birthdays;

    @Resource(name = "blOrderService")
    protected org.broadleafcommerce.core.order.service.OrderService orderService;

    @Resource(name = "blOfferService")
    protected OfferService offerService;

    static final TestMailServer SMTP = new TestMailServer();
    CheckoutFixtures fixtures;

    @BeforeEach
    void start(ApplicationContext ctx) throws Exception {
        fixtures = new CheckoutFixtures(ctx);
        SMTP.start().purge();
        dispatcher.dispatchAll();
        SMTP.purge();
    }

    @Test
    void theFollowUpCarriesAOneClickUnsubscribe() throws Exception {
        Order order = aDeliveredOrder(fixtures.aCustomer("Una", "en_US"));
        makeFollowUpDue(order);
        MimeMessage m = onlyEmailAfterDispatch();
        String header = m.getHeader("List-Unsubscribe", null);
        assertNotNull(header, "List-Unsubscribe header");
        assertTrue(header.matches("<https?://.*/cx/unsubscribe\\?t=[A-Za-z0-9_.-]+>"), header);
        assertEquals("List-Unsubscribe=One-Click", m.getHeader("List-Unsubscribe-Post", null));
        assertTrue(part(m, "text/html").contains("/cx/unsubscribe?t="), "and a visible link");
    }

    @Test
    void transactionalEmailsHaveNoUnsubscribeAndIgnoreTheOptOut() throws Exception {
        Customer c = fixtures.aCustomer("Otto", "en_US");
        optOut(c);
        Order order = fixtures.aSubmittedOrder(c, fixtures.aProduct("Mug", "8.00"), 1);
        MimeMessage confirmation = onlyEmailAfterDispatch();
        assertNull(confirmation.getHeader("List-Unsubscribe"), "an order confirmation is not marketing");
        fulfilment.record(event(CxFulfilmentEventType.DELIVERED, order));
        onlyEmailAfterDispatch();
    }

    @Test
    void aCustomerWhoOptedOutGetsNoFollowUp() throws Exception {
        Customer c = fixtures.aCustomer("Olga", "en_US");
        Order order = aDeliveredOrder(c);
        optOut(c);
        makeFollowUpDue(order);
        assertEquals(0, dispatcher.dispatchAll());
        CxNotification followUp = followUpOf(order);
        assertEquals(CxNotificationStatus.CANCELLED, followUp.getStatus());
        assertTrue(followUp.getLastError().contains("opted out"), followUp.getLastError());
    }

    @Test
    void theContactCapLetsOneFollowUpGoAndDefersTheNext() throws Exception {
        Customer c = fixtures.aCustomer("Cora", "en_US");
        Order first = aDeliveredOrder(c);
        Order second = aDeliveredOrder(c);
        makeFollowUpDue(first);
        makeFollowUpDue(second);
        assertEquals(1, dispatcher.dispatchAll(), "one non-transactional email per window");
        assertEquals(1, SMTP.received().length);
        CxNotification deferred = CxNotificationStatus.SENT.equals(followUpOf(first).getStatus()) ? followUpOf(second) : followUpOf(first);
        assertEquals(CxNotificationStatus.PENDING, deferred.getStatus());
        assertTrue(deferred.getNextAttemptDate().after(new Date(System.currentTimeMillis() + 6 * 86_400_000L)),
                "waits until the cap's window opens");
    }

    @Test
    void aCancelledOrderGetsNoFollowUpEvenIfOneWasScheduled() throws Exception {
        Customer c = fixtures.aCustomer("Cleo", "en_US");
        Order order = aDeliveredOrder(c);
        // the order is cancelled behind the plugin's back (e.g. in Broadleaf's admin)
        fixtures.inTransaction(() -> {
            Order o = orderService.findOrderById(order.getId());
            o.setStatus(org.broadleafcommerce.core.order.service.type.OrderStatus.CANCELLED);
            return orderService.save(o, false);
        });
        makeFollowUpDue(order);
        assertEquals(0, dispatcher.dispatchAll());
        assertEquals(CxNotificationStatus.CANCELLED, followUpOf(order).getStatus());
    }

    @Test
    void aBirthdayIsGreetedOncePerYearWithASingleUseOffer() throws Exception {
        Customer c = fixtures.aCustomer("Bea", "en_US");
        fixtures.inTransaction(() -> {
            contactPolicy.setBirthDate(c.getId(), yearsAgoToday(30));
            return null;
        });
        assertTrue(birthdays.greet(new Date()) >= 1);
        assertEquals(0, birthdays.greet(new Date()), "a second pass the same day records nothing");
        MimeMessage m = onlyEmailAfterDispatch();
        assertTrue(m.getSubject().contains("Happy birthday, Bea"), m.getSubject());
        assertNotNull(m.getHeader("List-Unsubscribe", null));
        String code = part(m, "text/html").replaceAll("(?s).*(BDAY-[A-Z0-9]{8}).*", "$1");
        assertTrue(code.startsWith("BDAY-"), "an offer code in the greeting");
        assertNotNull(fixtures.inTransaction(() -> offerService.lookupOfferCodeByCode(code)), "a real Broadleaf offer code");
    }

    @Test
    void aBirthdayInsideTheContactCapIsDroppedRatherThanSentLate() throws Exception {
        Customer c = fixtures.aCustomer("Bo", "en_US");
        Order order = aDeliveredOrder(c);
        makeFollowUpDue(order);
        onlyEmailAfterDispatch();
        fixtures.inTransaction(() -> {
            contactPolicy.setBirthDate(c.getId(), yearsAgoToday(40));
            return null;
        });
        birthdays.greet(new Date());
        assertEquals(0, dispatcher.dispatchAll());
        CxNotification greeting = fixtures.inTransaction(() -> notificationDao.readByDedupeKey(
                "BIRTHDAY:customer:" + c.getId() + ":" + (1900 + new Date().getYear())));
        assertEquals(CxNotificationStatus.CANCELLED, greeting.getStatus());
        assertTrue(greeting.getLastError().startsWith("contact cap"), greeting.getLastError());
    }

    // ---------------------------------------------------------------- fixtures

    Order aDeliveredOrder(Customer c) throws Exception {
        Order order = fixtures.aSubmittedOrder(c, fixtures.aProduct("Pour-over kettle", "35.00"), 1);
        fulfilment.record(event(CxFulfilmentEventType.DELIVERED, order));
        dispatcher.dispatchAll(); // confirmation and delivered notice
        SMTP.purge();
        return order;
    }

    void optOut(Customer c) {
        fixtures.inTransaction(() -> {
            contactPolicy.setOptedOut(c.getId(), true);
            return null;
        });
    }

    static CxFulfilmentEventRequest event(CxFulfilmentEventType type, Order order) {
        return new CxFulfilmentEventRequest(type, "test", UUID.randomUUID().toString()).setOrderId(order.getId());
    }

    CxNotification followUpOf(Order order) {
        return fixtures.inTransaction(() -> notificationDao.readByDedupeKey("FOLLOW_UP:order:" + order.getId()));
    }

    void makeFollowUpDue(Order order) {
        fixtures.inTransaction(() -> {
            CxNotification n = notificationDao.readByDedupeKey("FOLLOW_UP:order:" + order.getId());
            n.setNextAttemptDate(new Date(System.currentTimeMillis() - 1000));
            return notificationDao.save(n);
        });
    }

    MimeMessage onlyEmailAfterDispatch() throws Exception {
        dispatcher.dispatchAll();
        MimeMessage[] mail = SMTP.received();
        assertEquals(1, mail.length, "exactly one email");
        SMTP.purge();
        return mail[0];
    }

    static Date yearsAgoToday(int years) {
        java.util.Calendar cal = java.util.Calendar.getInstance();
        cal.add(java.util.Calendar.YEAR, -years);
        return cal.getTime();
    }
}
