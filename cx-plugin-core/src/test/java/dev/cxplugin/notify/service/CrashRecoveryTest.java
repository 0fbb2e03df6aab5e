package dev.cxplugin.notify.service;

import dev.cxplugin.notify.dao.CxNotificationDao;
import dev.cxplugin.notify.domain.CxNotification;
import dev.cxplugin.notify.domain.CxNotificationImpl;
import dev.cxplugin.notify.type.CxNotificationKind;
import dev.cxplugin.notify.type.CxNotificationStatus;
import dev.cxplugin.test.BroadleafExtension;
import dev.cxplugin.test.CheckoutFixtures;
import dev.cxplugin.test.SlowSmtpProxy;
import dev.cxplugin.test.StoreProcess;
import dev.cxplugin.test.TestDatabase;
import dev.cxplugin.test.TestMailServer;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderImpl;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.annotation.Resource;
import javax.mail.internet.MimeMessage;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Store processes (real child JVMs on the test's database, sending to the test's SMTP server) killed with
 * SIGKILL at the worst moments: the outbox still delivers every confirmation, duplicates only ever as the
 * same Message-ID, and never a confirmation for an order that was not submitted.
 */
@ExtendWith(BroadleafExtension.class)
class CrashRecoveryTest {

    static final Duration BOOT = Duration.ofMinutes(5);

    @Resource(name = "cxNotificationDispatcher")
    protected CxNotificationDispatcher dispatcher;

    @Resource(name = "cxNotificationDao")
    protected CxNotificationDao dao;

    @Resource(name = "cxOrderConfirmationReconciler")
    protected CxOrderConfirmationReconciler reconciler;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    static final TestMailServer SMTP = new TestMailServer();
    CheckoutFixtures fixtures;
    final List<StoreProcess> stores = new ArrayList<>();

    @BeforeEach
    void start(ApplicationContext ctx) throws Exception {
        fixtures = new CheckoutFixtures(ctx);
        SMTP.start().purge();
        reconciler.reconcile(); // nothing left over from other tests
        dispatcher.dispatchAll();
        SMTP.purge();
    }

    @AfterEach
    void stopStores() throws Exception {
        for (StoreProcess s : stores) {
            s.close();
        }
        SMTP.start();
    }

    @Test
    void aStoreKilledMidDispatchDeliversEveryConfirmationAfterRestartAndADuplicateKeepsItsMessageId() throws Exception {
        int count = 150;
        int batch = 25;
        List<Order> orders = fixtures.submittedOrders(count, 4, fixtures.aProduct("Crash tea", "4.00"), "Kill");
        Map<String, CxNotification> byMessageId = confirmationsByMessageId(orders);
        assertEquals(count, byMessageId.size());

        long t0 = System.nanoTime();
        int killedAfter;
        try (SlowSmtpProxy slow = new SlowSmtpProxy(dev.cxplugin.test.BroadleafTestContext.smtpPort(), 15)) {
            StoreProcess first = launch(StoreProcess.named("dispatcher-killed").smtpPort(slow.port())
                    .setting("cx.notify.batchSize", batch).setting("cx.notify.leaseSeconds", 10), "dispatch", "300");
            first.await("READY", BOOT);
            first.go();
            // kill it once a batch and a bit are out: the second batch is half sent, its rows still leased
            assertTrue(SMTP.awaitReceived(batch + batch / 2, 120_000), "the first store never got going; see " + first.log());
            first.kill();
            killedAfter = SMTP.received().length;
        }
        long leased = countLeased();
        assertTrue(leased > 0, "the kill landed mid-batch: rows were left leased by the dead store");
        assertTrue(killedAfter < count, "the kill landed before the end: " + killedAfter);

        StoreProcess restarted = launch(StoreProcess.named("dispatcher-restarted").setting("cx.notify.batchSize", batch), "dispatch", "300");
        restarted.await("READY", BOOT);
        restarted.go();
        String done = restarted.await("DONE", Duration.ofMinutes(4));
        assertEquals(0, restarted.awaitExit(Duration.ofSeconds(30)));
        long totalMillis = (System.nanoTime() - t0) / 1_000_000;

        Map<String, List<MimeMessage>> received = receivedByMessageId();
        assertEquals(byMessageId.keySet(), received.keySet(), "every confirmation arrived, each under its recorded Message-ID");
        int duplicates = 0;
        for (Map.Entry<String, List<MimeMessage>> e : received.entrySet()) {
            if (e.getValue().size() > 1) {
                duplicates += e.getValue().size() - 1;
                for (MimeMessage twin : e.getValue()) {
                    assertEquals(byMessageId.get(e.getKey()).getRecipient(), twin.getAllRecipients()[0].toString());
                }
            }
        }
        assertTrue(duplicates <= batch, "only the batch in flight may be sent again: " + duplicates);
        for (CxNotification n : confirmationsByMessageId(orders).values()) {
            assertEquals(CxNotificationStatus.SENT, n.getStatus());
        }
        System.out.printf("[kill] %s: killed after %d of %d delivered, %d rows left leased; restarted store sent %s; "
                + "%d duplicate(s), all with their twin's Message-ID; %d ms from first store start to all sent%n",
                TestDatabase.current(), killedAfter, count, leased, done, duplicates, totalMillis);
    }

    @Test
    void twoDispatcherProcessesOnOneDatabaseSendEveryRowExactlyOnce() throws Exception {
        int count = Integer.getInteger("cx.test.twoProcessRows", 300);
        List<Order> orders = fixtures.submittedOrders(count, 4, fixtures.aProduct("Twin tea", "3.00"), "Twin");
        Map<String, CxNotification> byMessageId = confirmationsByMessageId(orders);

        StoreProcess a = launch(StoreProcess.named("dispatcher-a").setting("cx.notify.batchSize", 10), "dispatch", "300");
        StoreProcess b = launch(StoreProcess.named("dispatcher-b").setting("cx.notify.batchSize", 10), "dispatch", "300");
        a.await("READY", BOOT);
        b.await("READY", BOOT);
        long t0 = System.nanoTime();
        a.go();
        b.go();
        int sentByA = Integer.parseInt(a.await("DONE", Duration.ofMinutes(4)));
        int sentByB = Integer.parseInt(b.await("DONE", Duration.ofMinutes(4)));
        long millis = (System.nanoTime() - t0) / 1_000_000;

        Map<String, List<MimeMessage>> received = receivedByMessageId();
        assertEquals(byMessageId.keySet(), received.keySet(), "every row was sent");
        for (Map.Entry<String, List<MimeMessage>> e : received.entrySet()) {
            assertEquals(1, e.getValue().size(), "sent twice: " + e.getKey());
        }
        assertEquals(count, sentByA + sentByB, "the two stores' own counts add up");
        assertTrue(sentByA > 0 && sentByB > 0, "both stores took part: " + sentByA + " + " + sentByB);
        List<String> retries = new ArrayList<>();
        for (StoreProcess s : List.of(a, b)) {
            s.progress().stream().filter(l -> l.startsWith("RETRY")).forEach(retries::add);
        }
        // a failed pass loses nothing (the job retries), but the claim is built so that none fails (no deadlock)
        assertEquals(List.of(), retries, "no dispatch pass failed");
        System.out.printf("[two-processes] %s: %d rows, store A sent %d, store B sent %d, 0 twice, %d ms%n",
                TestDatabase.current(), count, sentByA, sentByB, millis);
    }

    @Test
    void aCheckoutKilledBeforeItsOrderIsSavedAsSubmittedNeverSendsAConfirmation() throws Exception {
        StoreProcess store = launch(StoreProcess.named("checkout-killed-in-workflow")
                .systemProperty("cx.test.pauseAfterWorkflow", true), "checkout", "Halted");
        store.await("READY", BOOT);
        store.go();
        String[] paused = store.await("PAUSED", Duration.ofMinutes(2)).split(" ");
        store.kill();
        Long orderId = Long.valueOf(paused[0]);
        assertEquals(OrderStatus.SUBMITTED.getType(), paused[1], "every activity had run (in memory)");

        assertEquals(OrderStatus.IN_PROCESS.getType(), orderStatus(orderId), "the SUBMITTED status never reached the database");
        // the confirmation is written by the commit of Broadleaf's final save, with the SUBMITTED status: neither happened
        assertNull(confirmationOf(orderId), "no confirmation recorded for an order that was never saved as submitted");
        assertEquals(0, reconciler.reconcile(), "an unsubmitted order is not reconciled");
        dispatcher.dispatchAll();
        assertNull(confirmationOf(orderId));
        assertEquals(0, SMTP.received().length, "no confirmation for an order that was never placed");
    }

    @Test
    void aCheckoutKilledRightAfterItsOrderIsSavedStillSendsItsConfirmation() throws Exception {
        StoreProcess store = launch(StoreProcess.named("checkout-killed-after-save"), "checkout", "Saved");
        store.await("READY", BOOT);
        store.go();
        String email = store.await("CUSTOMER", Duration.ofMinutes(2)).split(" ")[1];
        Long orderId = Long.valueOf(store.await("SAVED", Duration.ofMinutes(2)).split(" ")[0]);
        store.kill();

        assertEquals(OrderStatus.SUBMITTED.getType(), orderStatus(orderId));
        assertEquals(0, reconciler.reconcile(), "its confirmation was recorded: nothing to reconcile");
        assertEquals(1, dispatcher.dispatchAll());
        MimeMessage m = only(SMTP.received());
        assertEquals(email, m.getAllRecipients()[0].toString());
        assertEquals(confirmationOf(orderId).getMessageId(), m.getMessageID());
        assertEquals(0, dispatcher.dispatchAll());
    }

    @Test
    void aCheckoutKilledAfterTheSaveWhileTheWriterHeldItsConfirmationIsReconciledAndSentOnce() throws Exception {
        killedAfterTheSaveWithoutAConfirmationIsReconciledAndSentOnce(StoreProcess.named("checkout-killed-before-outbox-write")
                .systemProperty("cx.test.outboxNotAwaited", true)
                .setting("cx.notify.outboxLingerMillis", 600000), "the writer still held the confirmation when the process died");
    }

    @Test
    void aCheckoutKilledAfterTheSaveWhoseConfirmationWasNotRecordedIsReconciledAndSent() throws Exception {
        killedAfterTheSaveWithoutAConfirmationIsReconciledAndSentOnce(StoreProcess.named("checkout-unrecorded-killed-after-save")
                .systemProperty("cx.test.confirmationRecordingFails", true), "the outbox write had failed");
    }

    /** A store places one order and is killed after the save, its confirmation not in the outbox: reconciled, sent once. */
    void killedAfterTheSaveWithoutAConfirmationIsReconciledAndSentOnce(StoreProcess.Builder builder, String why) throws Exception {
        StoreProcess store = launch(builder, "checkout", "Unrecorded");
        store.await("READY", BOOT);
        store.go();
        String email = store.await("CUSTOMER", Duration.ofMinutes(2)).split(" ")[1];
        Long orderId = Long.valueOf(store.await("SAVED", Duration.ofMinutes(2)).split(" ")[0]);
        store.kill();

        assertEquals(OrderStatus.SUBMITTED.getType(), orderStatus(orderId));
        assertNull(confirmationOf(orderId), why);
        assertEquals(0, dispatcher.dispatchAll(), "nothing to send before reconciliation");
        assertEquals(1, reconciler.reconcile());
        assertEquals(0, reconciler.reconcile(), "recorded once");
        assertEquals(1, dispatcher.dispatchAll());
        MimeMessage m = only(SMTP.received());
        assertEquals(email, m.getAllRecipients()[0].toString());
        assertEquals(confirmationOf(orderId).getMessageId(), m.getMessageID());
        assertEquals(CxNotificationStatus.SENT, confirmationOf(orderId).getStatus());
    }

    // ---------------------------------------------------------------- helpers

    StoreProcess launch(StoreProcess.Builder builder, String... args) throws Exception {
        StoreProcess p = builder.start(args);
        stores.add(p);
        return p;
    }

    long countLeased() {
        return fixtures.inTransaction(() -> dao.countByStatus(CxNotificationStatus.SENDING));
    }

    String orderStatus(Long orderId) {
        return fixtures.inTransaction(() -> (String) em.createQuery("SELECT o.status FROM " + OrderImpl.class.getName()
                + " o WHERE o.id = :id").setParameter("id", orderId).getSingleResult());
    }

    CxNotification confirmationOf(Long orderId) {
        return fixtures.inTransaction(() -> dao.readByDedupeKey("ORDER_CONFIRMED:order:" + orderId));
    }

    Map<String, CxNotification> confirmationsByMessageId(List<Order> orders) {
        return fixtures.inTransaction(() -> {
            Map<String, CxNotification> rows = new HashMap<>();
            List<Long> ids = orders.stream().map(Order::getId).collect(Collectors.toList());
            for (int i = 0; i < ids.size(); i += 200) {
                for (CxNotification n : em.createQuery("SELECT n FROM " + CxNotificationImpl.class.getName()
                        + " n WHERE n.kind = :kind AND n.orderId IN :ids", CxNotification.class)
                        .setParameter("kind", CxNotificationKind.ORDER_CONFIRMED.getType())
                        .setParameter("ids", ids.subList(i, Math.min(i + 200, ids.size()))).getResultList()) {
                    em.detach(n);
                    rows.put(n.getMessageId(), n);
                }
            }
            return rows;
        });
    }

    Map<String, List<MimeMessage>> receivedByMessageId() throws Exception {
        Map<String, List<MimeMessage>> byId = new HashMap<>();
        for (MimeMessage m : SMTP.received()) {
            byId.computeIfAbsent(m.getMessageID(), k -> new ArrayList<>()).add(m);
        }
        return byId;
    }

    static MimeMessage only(MimeMessage[] mail) {
        assertEquals(1, mail.length, "exactly one email");
        return mail[0];
    }
}
