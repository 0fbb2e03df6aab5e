package dev.cxplugin.common.link;

import dev.cxplugin.common.link.CxInvalidLinkException.Reason;
import dev.cxplugin.common.link.dao.CxSignedLinkDao;
import dev.cxplugin.common.link.domain.CxSecret;
import dev.cxplugin.test.BroadleafExtension;
import dev.cxplugin.test.CheckoutFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signed links on the real database: the stored key, single use, and two requests racing for one link. */
@ExtendWith(BroadleafExtension.class)
class SignedLinkDatabaseTest {

    @Resource(name = "cxSignedLinkService")
    protected CxSignedLinkService links;

    @Resource(name = "cxSignedLinkDao")
    protected CxSignedLinkDao linkDao;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    CxLinkClaims reviewClaims() {
        CxLinkClaims c = new CxLinkClaims("review", ThreadLocalRandom.current().nextLong(1, 1_000_000),
                new Date(System.currentTimeMillis() + 3_600_000L));
        c.setOrderId(ThreadLocalRandom.current().nextLong(1, 1_000_000));
        c.setProductId(5L);
        return c;
    }

    long usedRows(ApplicationContext ctx, Long customerId) {
        return new CheckoutFixtures(ctx).inTransaction(() -> em.createQuery(
                "SELECT COUNT(u) FROM dev.cxplugin.common.link.domain.CxUsedLink u WHERE u.customerId = :c", Long.class)
                .setParameter("c", customerId).getSingleResult());
    }

    @Test
    void withoutAConfiguredSecretAKeyIsGeneratedOnceAndSharedThroughTheDatabase(ApplicationContext ctx) throws Exception {
        String token = links.sign(reviewClaims());
        CxSecret stored = new CheckoutFixtures(ctx).inTransaction(() -> linkDao.readSecret(CxSignedLinkServiceImpl.SECRET_NAME));
        assertNotNull(stored, "the generated key is kept in CX_SECRET");
        assertEquals(32, Base64.getDecoder().decode(stored.getSecretValue()).length, "256 random bits");

        // another store node (or this one after a restart): a fresh service with no key in memory
        CxSignedLinkServiceImpl otherNode = new CxSignedLinkServiceImpl();
        ctx.getAutowireCapableBeanFactory().autowireBean(otherNode);
        otherNode.setConfiguredSecret("");
        otherNode.init();
        assertEquals("review", otherNode.verify(token, "review").getPurpose(), "the other node accepts the link");
        assertTrue(otherNode.sign(reviewClaims()).length() > 0);
        assertEquals("review", links.verify(otherNode.sign(reviewClaims()), "review").getPurpose(), "and the other way round");
    }

    @Test
    void aSingleUseLinkWorksOnceAndIsRecorded(ApplicationContext ctx) throws Exception {
        CxLinkClaims claims = reviewClaims();
        String token = links.sign(claims);
        assertEquals(claims.getOrderId(), links.consume(token, "review").getOrderId());
        assertEquals(Reason.USED, assertThrows(CxInvalidLinkException.class, () -> links.consume(token, "review")).getReason());
        assertEquals(1, usedRows(ctx, claims.getCustomerId()));
        assertEquals("review", links.verify(token, "review").getPurpose(), "verify does not use a link up");
    }

    @Test
    void invalidLinksAreNotRecordedAsUsed(ApplicationContext ctx) {
        CxLinkClaims expired = reviewClaims();
        expired.setExpiresAt(new Date(System.currentTimeMillis() - 1000));
        assertEquals(Reason.EXPIRED, assertThrows(CxInvalidLinkException.class,
                () -> links.consume(links.sign(expired), "review")).getReason());
        CxLinkClaims other = reviewClaims();
        assertEquals(Reason.WRONG_PURPOSE, assertThrows(CxInvalidLinkException.class,
                () -> links.consume(links.sign(other), "survey")).getReason());
        assertEquals(Reason.MALFORMED, assertThrows(CxInvalidLinkException.class,
                () -> links.consume("not-a-link", "review")).getReason());
        assertEquals(0, usedRows(ctx, expired.getCustomerId()));
        assertEquals(0, usedRows(ctx, other.getCustomerId()));
    }

    @Test
    void ofConcurrentUsesOfOneLinkExactlyOneWins(ApplicationContext ctx) throws Exception {
        int threads = 8;
        for (int round = 0; round < 5; round++) {
            CxLinkClaims claims = reviewClaims();
            String token = links.sign(claims);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<Boolean>> results = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    results.add(pool.submit((Callable<Boolean>) () -> {
                        start.await();
                        try {
                            links.consume(token, "review");
                            return true;
                        } catch (CxInvalidLinkException e) {
                            assertEquals(Reason.USED, e.getReason());
                            return false;
                        }
                    }));
                }
                start.countDown();
                int winners = 0;
                for (Future<Boolean> f : results) {
                    if (f.get(60, TimeUnit.SECONDS)) {
                        winners++;
                    }
                }
                assertEquals(1, winners, "round " + round + ": exactly one request uses the link");
                assertEquals(1, usedRows(ctx, claims.getCustomerId()));
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
