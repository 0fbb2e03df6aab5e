package dev.cxplugin.notify.service;

import dev.cxplugin.notify.dao.CxNotificationDao;
import dev.cxplugin.notify.dao.CxNotificationDaoImpl;
import dev.cxplugin.notify.domain.CxNotification;
import dev.cxplugin.notify.domain.CxNotificationImpl;
import dev.cxplugin.notify.type.CxNotificationKind;
import dev.cxplugin.notify.type.CxNotificationStatus;
import dev.cxplugin.test.BroadleafExtension;
import dev.cxplugin.test.CheckoutFixtures;
import dev.cxplugin.test.TestDatabase;
import dev.cxplugin.test.TestMailServer;
import org.broadleafcommerce.core.order.domain.Order;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.annotation.Resource;
import javax.mail.internet.MimeMessage;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The outbox under failure inside one store: a long SMTP outage, concurrent claims, leases. */
@ExtendWith(BroadleafExtension.class)
class OutboxFailureTest {

    @Resource(name = "cxNotificationDispatcher")
    protected CxNotificationDispatcher dispatcher;

    @Resource(name = "cxNotificationDao")
    protected CxNotificationDao dao;

    @Resource(name = "cxNotificationService")
    protected CxNotificationService notificationService;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

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

    @Test
    void smtpDownWhileAThousandOrdersArePlacedThenBackDeliversEveryConfirmationExactlyOnce() throws Exception {
        int count = Integer.getInteger("cx.test.outageOrders", 1000);
        SMTP.stop();
        // the store keeps dispatching (and failing) while the orders come in, as its background job would
        ExecutorService background = Executors.newSingleThreadExecutor();
        CountDownLatch placing = new CountDownLatch(1);
        Future<Integer> duringOutage = background.submit(() -> {
            int sent = 0;
            while (!placing.await(200, TimeUnit.MILLISECONDS)) {
                sent += dispatcher.dispatchOnce();
            }
            return sent;
        });
        long t0 = System.nanoTime();
        List<Order> orders;
        try {
            orders = fixtures.submittedOrders(count, 4, fixtures.aProduct("Outage tea", "5.00"), "Outage");
        } finally {
            placing.countDown();
            background.shutdown();
        }
        long placedMillis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(0, (int) duringOutage.get(), "nothing can be sent while SMTP is down");
        dispatcher.dispatchAll();

        Map<Long, CxNotification> rows = confirmationsOf(orders);
        assertEquals(count, rows.size(), "every order recorded exactly one confirmation");
        long failedAttempts = rows.values().stream().filter(n -> n.getAttempts() > 0).count();
        for (CxNotification n : rows.values()) {
            assertEquals(CxNotificationStatus.PENDING, n.getStatus(), "nothing given up on, nothing marked sent");
        }
        assertTrue(failedAttempts > 0, "the dispatcher did try during the outage");

        SMTP.start();
        makeDue(rows.keySet());
        long t1 = System.nanoTime();
        assertEquals(count, dispatcher.dispatchAll());
        long sentMillis = (System.nanoTime() - t1) / 1_000_000;
        assertEquals(0, dispatcher.dispatchAll(), "nothing is sent twice");

        MimeMessage[] mail = SMTP.received();
        Map<String, Long> perMessageId = new HashMap<>();
        for (MimeMessage m : mail) {
            perMessageId.merge(m.getMessageID(), 1L, Long::sum);
        }
        Set<String> recorded = confirmationsOf(orders).values().stream().map(CxNotification::getMessageId).collect(Collectors.toSet());
        assertEquals(count, mail.length, "0 lost, 0 duplicated");
        assertEquals(recorded, perMessageId.keySet(), "each recorded confirmation arrived, under its own Message-ID");
        for (CxNotification n : confirmationsOf(orders).values()) {
            assertEquals(CxNotificationStatus.SENT, n.getStatus());
        }
        System.out.printf("[outage] %s: %d orders placed in %d ms (4 threads), %d rows tried during the outage, "
                + "%d sent in %d ms after SMTP came back%n", TestDatabase.current(), count, placedMillis, failedAttempts, count, sentMillis);
    }

    @Test
    void theClaimUsesSkipLockedExactlyWhereTheDatabaseHasIt() {
        boolean expected = TestDatabase.current() != TestDatabase.HSQLDB;
        assertEquals(expected, fixtures.inTransaction(() -> ((CxNotificationDaoImpl) unwrapped()).supportsSkipLocked()));
    }

    @Test
    void skipLockedIsRecognisedFromTheJdbcMetadata() {
        assertTrue(CxNotificationDaoImpl.supportsSkipLocked("PostgreSQL", "15.8", 15, 8));
        assertTrue(CxNotificationDaoImpl.supportsSkipLocked("PostgreSQL", "9.5.0", 9, 5));
        assertFalse(CxNotificationDaoImpl.supportsSkipLocked("PostgreSQL", "9.4.26", 9, 4));
        assertTrue(CxNotificationDaoImpl.supportsSkipLocked("MariaDB", "10.11.6-MariaDB-0+deb12u1", 10, 11));
        assertTrue(CxNotificationDaoImpl.supportsSkipLocked("MySQL", "5.5.5-10.6.12-MariaDB", 5, 5), "old drivers call MariaDB MySQL");
        assertFalse(CxNotificationDaoImpl.supportsSkipLocked("MariaDB", "10.5.23-MariaDB", 10, 5));
        assertTrue(CxNotificationDaoImpl.supportsSkipLocked("MySQL", "8.0.36", 8, 0));
        assertFalse(CxNotificationDaoImpl.supportsSkipLocked("MySQL", "5.7.44", 5, 7));
        assertFalse(CxNotificationDaoImpl.supportsSkipLocked("HSQL Database Engine", "2.3.6", 2, 3));
        assertFalse(CxNotificationDaoImpl.supportsSkipLocked(null, null, 0, 0));
    }

    @Test
    void whileOneDispatcherHoldsItsClaimAnotherTakesOtherRowsWithoutWaiting() throws Exception {
        assumeTrue(TestDatabase.current() != TestDatabase.HSQLDB, "SKIP LOCKED path: PostgreSQL and MariaDB");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(anUnsendableRow("skip-" + i).getId());
        }
        CountDownLatch firstHolds = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<Long>> first = pool.submit(() -> fixtures.inTransaction(() -> {
                List<Long> claimed = claimNow("node-1", 3);
                firstHolds.countDown();
                release.await(30, TimeUnit.SECONDS); // keeps its transaction (and row locks) open
                return claimed;
            }));
            assertTrue(firstHolds.await(30, TimeUnit.SECONDS));
            long t0 = System.nanoTime();
            Future<List<Long>> second = pool.submit(() -> fixtures.inTransaction(() -> claimNow("node-2", 3)));
            List<Long> secondClaimed = second.get(10, TimeUnit.SECONDS);
            long waitedMillis = (System.nanoTime() - t0) / 1_000_000;
            release.countDown();
            List<Long> firstClaimed = first.get(30, TimeUnit.SECONDS);
            assertEquals(3, firstClaimed.size());
            assertEquals(3, secondClaimed.size(), "the second dispatcher got rows of its own: " + secondClaimed);
            Set<Long> both = new HashSet<>(firstClaimed);
            both.addAll(secondClaimed);
            assertEquals(6, both.size(), "disjoint claims");
            assertTrue(ids.containsAll(both));
            assertTrue(waitedMillis < 5000, "did not wait for the first transaction: " + waitedMillis + " ms");
        } finally {
            release.countDown();
            pool.shutdownNow();
            cancel(ids);
        }
    }

    @Test
    void anExpiredLeaseIsTakenOverAndALiveOneIsNot() {
        CxNotification expired = anUnsendableRow("lease-expired");
        CxNotification live = anUnsendableRow("lease-live");
        try {
            lease(expired.getId(), "dead-node", -1000);
            lease(live.getId(), "busy-node", 60_000);
            List<Long> claimed = fixtures.inTransaction(() -> claimNow("node-3", 1000));
            assertTrue(claimed.contains(expired.getId()), () -> "a crashed node's rows are taken over: " + claimed
                    + " " + describe(fixtures.inTransaction(() -> dao.readById(expired.getId()))));
            assertFalse(claimed.contains(live.getId()), "a working node keeps its rows");
            CxNotification taken = fixtures.inTransaction(() -> dao.readById(expired.getId()));
            assertEquals("node-3", taken.getLeaseOwner());
            assertEquals(CxNotificationStatus.SENDING, taken.getStatus());
            assertEquals("busy-node", fixtures.inTransaction(() -> dao.readById(live.getId())).getLeaseOwner());
        } finally {
            cancel(List.of(expired.getId(), live.getId()));
        }
    }

    @Test
    void aClaimOfNoRowsIsRefusedAndChangesNothing() {
        CxNotification row = anUnsendableRow("limit-zero");
        try {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> fixtures.inTransaction(() -> dao.readDueIds(new Date(), 0)));
            assertTrue(e.getMessage().contains("limit"), e.getMessage());
            CxNotification after = fixtures.inTransaction(() -> dao.readById(row.getId()));
            assertEquals(CxNotificationStatus.PENDING, after.getStatus());
            assertEquals(null, after.getLeaseOwner());
        } finally {
            cancel(List.of(row.getId()));
        }
    }

    // ---------------------------------------------------------------- helpers

    static String describe(CxNotification n) {
        return n.getId() + " " + n.getStatus() + " owner=" + n.getLeaseOwner() + " until=" + n.getLeaseUntil()
                + " next=" + n.getNextAttemptDate() + " now=" + new Date();
    }

    private Object unwrapped() {
        return dao instanceof org.springframework.aop.framework.Advised
                ? unwrapTarget((org.springframework.aop.framework.Advised) dao) : dao;
    }

    private static Object unwrapTarget(org.springframework.aop.framework.Advised advised) {
        try {
            return advised.getTargetSource().getTarget();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the dispatcher does in its claim transaction. */
    private List<Long> claimNow(String owner, int limit) {
        Date now = new Date();
        return dao.claim(dao.readDueIds(now, limit), owner, now, new Date(now.getTime() + 60_000));
    }

    /** A due row nobody may ever send (it is cancelled when the test ends). */
    private CxNotification anUnsendableRow(String tag) {
        return notificationService.enqueue(new CxNotificationRequest(CxNotificationKind.FOLLOW_UP,
                "test:" + tag + ":" + System.nanoTime()).recipient("nobody@example.com").locale("en_US"));
    }

    private void lease(Long id, String owner, long untilFromNowMillis) {
        fixtures.inTransaction(() -> {
            CxNotification n = dao.readById(id);
            n.setStatus(CxNotificationStatus.SENDING);
            n.setLeaseOwner(owner);
            n.setLeaseUntil(new Date(System.currentTimeMillis() + untilFromNowMillis));
            return dao.save(n);
        });
    }

    private void cancel(List<Long> ids) {
        fixtures.inTransaction(() -> em.createQuery("UPDATE " + CxNotificationImpl.class.getName()
                + " n SET n.status = :cancelled, n.leaseOwner = NULL, n.leaseUntil = NULL WHERE n.id IN :ids")
                .setParameter("cancelled", CxNotificationStatus.CANCELLED).setParameter("ids", ids).executeUpdate());
    }

    Map<Long, CxNotification> confirmationsOf(List<Order> orders) {
        return fixtures.inTransaction(() -> {
            Map<Long, CxNotification> rows = new HashMap<>();
            List<Long> orderIds = orders.stream().map(Order::getId).collect(Collectors.toList());
            for (int i = 0; i < orderIds.size(); i += 200) {
                List<CxNotification> chunk = em.createQuery("SELECT n FROM " + CxNotificationImpl.class.getName()
                        + " n WHERE n.kind = :kind AND n.orderId IN :ids", CxNotification.class)
                        .setParameter("kind", CxNotificationKind.ORDER_CONFIRMED.getType())
                        .setParameter("ids", orderIds.subList(i, Math.min(i + 200, orderIds.size())))
                        .getResultList();
                for (CxNotification n : chunk) {
                    em.detach(n);
                    rows.put(n.getId(), n);
                }
            }
            return rows;
        });
    }

    void makeDue(Set<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        fixtures.inTransaction(() -> {
            for (int i = 0; i < all.size(); i += 200) {
                em.createQuery("UPDATE " + CxNotificationImpl.class.getName() + " n SET n.nextAttemptDate = :past WHERE n.id IN :ids")
                        .setParameter("past", new Date(System.currentTimeMillis() - 1000))
                        .setParameter("ids", all.subList(i, Math.min(i + 200, all.size()))).executeUpdate();
            }
            return null;
        });
    }
}
