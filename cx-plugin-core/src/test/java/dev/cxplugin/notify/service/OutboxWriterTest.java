package dev.cxplugin.notify.service;

import dev.cxplugin.notify.dao.CxNotificationDao;
import dev.cxplugin.notify.domain.CxNotification;
import dev.cxplugin.notify.type.CxNotificationKind;
import dev.cxplugin.notify.type.CxNotificationStatus;
import dev.cxplugin.test.BroadleafExtension;
import dev.cxplugin.test.CheckoutFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.aop.framework.Advised;
import org.springframework.context.ApplicationContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outbox writer's batches on the real database: checkout records its confirmation without looking for an
 * earlier row, so a batch must still write each row once when a reconciler (on another node) got there first.
 */
@ExtendWith(BroadleafExtension.class)
class OutboxWriterTest {

    @Resource(name = "cxNotificationService")
    protected CxNotificationService notificationService;

    @Resource(name = "cxNotificationDao")
    protected CxNotificationDao dao;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    CheckoutFixtures fixtures;
    CxNotificationServiceImpl service;
    final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void start(ApplicationContext ctx) throws Exception {
        fixtures = new CheckoutFixtures(ctx);
        service = (CxNotificationServiceImpl) ((Advised) notificationService).getTargetSource().getTarget();
    }

    @Test
    void aBatchHoldingARowRecordedFirstElsewhereWritesEveryRowOnceAndKeepsTheFirst() {
        List<CxNotificationRequest> batch = Arrays.asList(request(1), request(2), request(3));
        CxNotification first = notificationService.enqueueIndependently(request(2)); // as another node's reconciler

        service.insertAll(batch);

        for (int i = 1; i <= 3; i++) {
            assertEquals(1L, rowsWithKey(key(i)), "one row for " + key(i));
        }
        CxNotification kept = fixtures.inTransaction(() -> dao.readByDedupeKey(key(2)));
        assertEquals(first.getId(), kept.getId());
        assertEquals(first.getMessageId(), kept.getMessageId(), "the first row, and its Message-ID, stand");
        CxNotification written = fixtures.inTransaction(() -> dao.readByDedupeKey(key(1)));
        assertEquals(CxNotificationStatus.PENDING, written.getStatus());
        assertEquals(CxNotificationKind.ORDER_CONFIRMED.getType(), written.getKind());
        assertEquals("fa", written.getLocale());
        assertEquals("shopper" + run + "@example.com", written.getRecipient());
        assertEquals(Long.valueOf(77), written.getCustomerId());
        assertEquals(0, written.getAttempts());
        assertNotNull(written.getCreatedDate());
        assertTrue(written.getNextAttemptDate().after(new Date(System.currentTimeMillis() + 300L * 24 * 3600 * 1000)),
                "due when the request said, not now: " + written.getNextAttemptDate());
        assertTrue(written.getMessageId().startsWith("<cx-"), written.getMessageId());
        assertNull(written.getSentDate());
    }

    @Test
    void aBatchOfNewRowsIsWrittenWithTheirDetailsAndEachItsOwnMessageId() {
        List<CxNotificationRequest> batch = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            batch.add(request(i).detail("note", "row " + i));
        }
        service.insertAll(batch);

        List<String> messageIds = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            int n = i;
            CxNotification each = fixtures.inTransaction(() -> dao.readByDedupeKey(key(n)));
            assertNotNull(each);
            assertEquals("note=row " + n + "\n", each.getPayload());
            messageIds.add(each.getMessageId());
        }
        assertEquals(20L, messageIds.stream().distinct().count());
    }

    @Test
    void aWithdrawnRequestIsNotWritten() {
        CxNotificationRequest withdrawn = request(1);
        withdrawn.withdraw();
        service.insertAll(Arrays.asList(withdrawn, request(2)));

        assertNull(fixtures.inTransaction(() -> dao.readByDedupeKey(key(1))));
        assertEquals(1L, rowsWithKey(key(2)));
    }

    @Test
    void whatCheckoutHandsOverIsInTheOutboxOnceTheWriterIsAwaited() {
        List<CxNotificationRequest> requests = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            requests.add(request(i));
        }
        CxOutboxWriter writer = service.outboxWriter();
        for (CxNotificationRequest r : requests) {
            writer.submit(r);
        }
        assertTrue(notificationService.awaitRecorded(30000));
        for (int i = 1; i <= 30; i++) {
            assertEquals(1L, rowsWithKey(key(i)));
        }
    }

    /** Due in a year: the dispatcher of other tests in this JVM leaves these rows alone. */
    CxNotificationRequest request(int i) {
        return new CxNotificationRequest(CxNotificationKind.ORDER_CONFIRMED, key(i))
                .customer(77L)
                .recipient("shopper" + run + "@example.com")
                .locale("fa")
                .notBefore(new Date(System.currentTimeMillis() + 365L * 24 * 3600 * 1000));
    }

    String key(int i) {
        return "TEST:outbox-writer:" + run + ":" + i;
    }

    long rowsWithKey(String key) {
        return fixtures.inTransaction(() -> em.createQuery("SELECT COUNT(n) FROM " + dev.cxplugin.notify.domain.CxNotificationImpl.class.getName()
                + " n WHERE n.dedupeKey = :key", Long.class).setParameter("key", key).getSingleResult());
    }
}
