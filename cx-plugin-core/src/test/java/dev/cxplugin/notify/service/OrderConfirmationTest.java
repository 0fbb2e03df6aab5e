package dev.cxplugin.notify.service;

import dev.cxplugin.notify.dao.CxNotificationDao;
import dev.cxplugin.notify.domain.CxNotification;
import dev.cxplugin.notify.type.CxNotificationKind;
import dev.cxplugin.notify.type.CxNotificationStatus;
import dev.cxplugin.test.BroadleafExtension;
import dev.cxplugin.test.CheckoutFixtures;
import dev.cxplugin.test.TestMailServer;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.annotation.Resource;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checkout records the confirmation; the dispatcher sends it through a real SMTP server (GreenMail). */
@ExtendWith(BroadleafExtension.class)
class OrderConfirmationTest {

    @Resource(name = "cxNotificationDispatcher")
    protected CxNotificationDispatcher dispatcher;

    @Resource(name = "cxNotificationDao")
    protected CxNotificationDao dao;

    @Resource(name = "cxNotificationService")
    protected CxNotificationService notificationService;

    @Resource(name = "cxOrderConfirmationReconciler")
    protected CxOrderConfirmationReconciler reconciler;

    static final TestMailServer SMTP = new TestMailServer();
    CheckoutFixtures fixtures;

    @BeforeEach
    void start(ApplicationContext ctx) throws Exception {
        fixtures = new CheckoutFixtures(ctx);
        SMTP.start().purge();
        dispatcher.dispatchAll(); // nothing left over from other tests
        SMTP.purge();
    }

    @AfterEach
    void smtpBackUp() {
        SMTP.start();
    }

    /** Frees the port for the next test class in this JVM (each starts its own server on it). */
    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Test
    void checkoutRecordsOneConfirmationThatIsSentOnceWithNameNumberItemsAndTotal() throws Exception {
        Product mug = fixtures.aProduct("Blue enamel mug", "14.50");
        Customer sam = fixtures.aCustomer("Sam", "en_US");
        Order order = fixtures.aSubmittedOrder(sam, mug, 2);

        CxNotification row = confirmationOf(order);
        assertEquals(CxNotificationStatus.PENDING, row.getStatus());
        assertEquals(sam.getEmailAddress(), row.getRecipient());

        assertEquals(1, dispatcher.dispatchAll());
        assertEquals(0, dispatcher.dispatchAll(), "nothing is sent twice");
        MimeMessage[] mail = SMTP.received();
        assertEquals(1, mail.length);
        MimeMessage m = mail[0];
        assertEquals(sam.getEmailAddress(), m.getAllRecipients()[0].toString());
        assertTrue(m.getSubject().contains(order.getOrderNumber()), m.getSubject());
        assertEquals(row.getMessageId(), m.getMessageID(), "the Message-ID recorded with the row");
        String html = part(m, "text/html");
        assertTrue(html.contains("Thank you, Sam!"), () -> "greets by first name: " + html);
        assertTrue(html.contains("Blue enamel mug"));
        assertTrue(html.contains("$29.00"), "line total and order total in the customer's currency");
        assertTrue(html.contains("dir=\"ltr\""));
        assertTrue(part(m, "text/plain").contains(order.getOrderNumber()), "a plain-text part too");
        assertTrue(html.getBytes("UTF-8").length < 100 * 1024, "under 100 KB");
        assertEquals(CxNotificationStatus.SENT, confirmationOf(order).getStatus());
    }

    @Test
    void arabicCustomerGetsARightToLeftEmailInArabic() throws Exception {
        Order order = fixtures.aSubmittedOrder(fixtures.aCustomer("Layla", "ar"), fixtures.aProduct("Cardamom coffee", "9.00"), 1);
        dispatcher.dispatchAll();
        MimeMessage m = only(SMTP.received());
        assertTrue(m.getSubject().startsWith("تم تأكيد طلبك"), m.getSubject());
        String html = part(m, "text/html");
        assertTrue(html.contains("dir=\"rtl\"") && html.contains("lang=\"ar\""));
        assertTrue(html.contains("شكراً لك يا Layla!"));
        assertTrue(html.contains("٩"), "Arabic-Indic digits in the amounts: " + html.substring(0, Math.min(200, html.length())));
        assertTrue(m.getSubject().contains(order.getOrderNumber()));
    }

    @Test
    void persianCustomerGetsARightToLeftEmailInPersian() throws Exception {
        fixtures.aSubmittedOrder(fixtures.aCustomer("Dariush", "fa"), fixtures.aProduct("Saffron tea", "12.00"), 1);
        dispatcher.dispatchAll();
        String html = part(only(SMTP.received()), "text/html");
        assertTrue(html.contains("dir=\"rtl\"") && html.contains("lang=\"fa\""));
        assertTrue(html.contains("Dariush عزیز، سپاسگزاریم!"));
    }

    @Test
    void smtpOutageLosesNothingAndDoublesNothing() throws Exception {
        Product p = fixtures.aProduct("Outage tea", "5.00");
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            orders.add(fixtures.aSubmittedOrder(fixtures.aCustomer("Out" + i, "en_US"), p, 1));
        }
        SMTP.stop();
        assertEquals(0, dispatcher.dispatchAll(), "nothing can be sent while SMTP is down");
        for (Order o : orders) {
            CxNotification n = confirmationOf(o);
            assertEquals(CxNotificationStatus.PENDING, n.getStatus());
            assertEquals(1, n.getAttempts());
            assertTrue(n.getNextAttemptDate().after(new Date()), "retried later, with backoff");
            assertNotNull(n.getLastError());
        }
        SMTP.start();
        makeDueNow(orders);
        assertEquals(12, dispatcher.dispatchAll());
        assertEquals(12, SMTP.received().length);
        Set<String> ids = Arrays.stream(SMTP.received()).map(this::messageId).collect(Collectors.toSet());
        assertEquals(12, ids.size(), "12 distinct emails");
    }

    @Test
    void aTemplateThatCannotRenderGoesDeadWithItsReasonWhileOthersStillGo() throws Exception {
        Order order = fixtures.aSubmittedOrder(fixtures.aCustomer("Kim", "en_US"), fixtures.aProduct("Kettle", "30.00"), 1);
        CxNotification broken = notificationService.enqueue(
                CxNotificationRequest.forOrder(new CxNotificationKind("NO_SUCH_TEMPLATE", "test", true), order.getId())
                        .recipient("kim@example.com").locale("en_US"));
        dispatcher.dispatchAll();
        CxNotification dead = dao.readById(broken.getId());
        assertEquals(CxNotificationStatus.DEAD, dead.getStatus());
        assertTrue(dead.getLastError().startsWith("render:"), dead.getLastError());
        assertEquals(CxNotificationStatus.SENT, confirmationOf(order).getStatus());
        assertEquals(1, SMTP.received().length);
    }

    @Test
    void anOrderThatNeverCompletesGetsNoConfirmation() throws Exception {
        Customer c = fixtures.aCustomer("Nia", "en_US");
        Product p = fixtures.aProduct("Teapot", "22.00");
        Order cart = fixtures.withOpenEntityManager(() -> fixtures.cartWith(c, p, 1));
        CxNotification n = notificationService.enqueue(
                CxNotificationRequest.forOrder(CxNotificationKind.ORDER_CONFIRMED, cart.getId()).recipient(c.getEmailAddress()));
        dispatcher.dispatchAll();
        assertEquals(CxNotificationStatus.PENDING, dao.readById(n.getId()).getStatus(), "waits while checkout may still finish");
        ageRow(n.getId(), 60);
        dispatcher.dispatchAll();
        assertEquals(CxNotificationStatus.CANCELLED, dao.readById(n.getId()).getStatus());
        assertEquals(0, SMTP.received().length);
    }

    @Test
    void theReconcilerRecordsTheConfirmationOfASubmittedOrderThatHasNone() throws Exception {
        Order order = fixtures.aSubmittedOrder(fixtures.aCustomer("Ravi", "en_US"), fixtures.aProduct("Grinder", "60.00"), 1);
        deleteRow(confirmationOf(order).getId());
        assertTrue(reconciler.reconcile() >= 1);
        assertEquals(0, reconciler.reconcile(), "a second run records nothing more");
        dispatcher.dispatchAll();
        assertEquals(1, SMTP.received().length);
        assertEquals(CxNotificationStatus.SENT, confirmationOf(order).getStatus());
    }

    @Test
    void recordingTheSameEventTwiceKeepsOneRow() throws Exception {
        Order order = fixtures.aSubmittedOrder(fixtures.aCustomer("Ola", "en_US"), fixtures.aProduct("Scale", "40.00"), 1);
        CxNotification first = confirmationOf(order);
        CxNotification again = notificationService.enqueueIndependently(
                CxNotificationRequest.forOrder(CxNotificationKind.ORDER_CONFIRMED, order.getId()).recipient("x@example.com"));
        assertEquals(first.getId(), again.getId());
        assertEquals(1, countRows(order));
    }

    @Test
    void twoDispatchersOnOneDatabaseNeverSendTheSameRow(ApplicationContext ctx) throws Exception {
        Product p = fixtures.aProduct("Race tea", "3.00");
        for (int i = 0; i < 20; i++) {
            fixtures.aSubmittedOrder(fixtures.aCustomer("Race" + i, "en_US"), p, 1);
        }
        CxNotificationDispatcher other = ctx.getAutowireCapableBeanFactory().createBean(CxNotificationDispatcher.class);
        other.setMailSender(ctx.getBean("blMailSender", org.springframework.mail.javamail.JavaMailSender.class));
        other.setNodeName("node-b");
        dispatcher.setNodeName("node-a");
        Thread a = new Thread(dispatcher::dispatchAll);
        Thread b = new Thread(other::dispatchAll);
        a.start();
        b.start();
        a.join();
        b.join();
        MimeMessage[] mail = SMTP.received();
        assertEquals(20, mail.length);
        Set<String> ids = new HashSet<>();
        for (MimeMessage m : mail) {
            assertTrue(ids.add(m.getMessageID()), "sent twice: " + m.getMessageID());
        }
    }

    // ---------------------------------------------------------------- helpers

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    CxNotification confirmationOf(Order order) {
        return fixtures.inTransaction(() -> dao.readByDedupeKey("ORDER_CONFIRMED:order:" + order.getId()));
    }

    long countRows(Order order) {
        return fixtures.inTransaction(() -> (Long) em.createQuery("SELECT COUNT(n) FROM dev.cxplugin.notify.domain.CxNotificationImpl n WHERE n.orderId = :id")
                .setParameter("id", order.getId()).getSingleResult());
    }

    void makeDueNow(List<Order> orders) {
        fixtures.inTransaction(() -> {
            for (Order o : orders) {
                CxNotification n = dao.readByDedupeKey("ORDER_CONFIRMED:order:" + o.getId());
                n.setNextAttemptDate(new Date(System.currentTimeMillis() - 1000));
                dao.save(n);
            }
            return null;
        });
    }

    void ageRow(Long id, int minutes) {
        fixtures.inTransaction(() -> {
            CxNotification n = dao.readById(id);
            n.setCreatedDate(new Date(System.currentTimeMillis() - minutes * 60_000L));
            n.setNextAttemptDate(new Date(System.currentTimeMillis() - 1000));
            dao.save(n);
            return null;
        });
    }

    void deleteRow(Long id) {
        fixtures.inTransaction(() -> em.createQuery("DELETE FROM dev.cxplugin.notify.domain.CxNotificationImpl n WHERE n.id = :id")
                .setParameter("id", id).executeUpdate());
    }

    static MimeMessage only(MimeMessage[] mail) {
        assertEquals(1, mail.length);
        return mail[0];
    }

    String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String part(MimeMessage m, String type) throws Exception {
        MimeMultipart mp = (MimeMultipart) m.getContent();
        for (int i = 0; i < mp.getCount(); i++) {
            if (mp.getBodyPart(i).isMimeType(type)) {
                return (String) mp.getBodyPart(i).getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }
}
