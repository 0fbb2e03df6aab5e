package dev.cxplugin.loyalty;

import dev.cxplugin.loyalty.domain.CxLoyaltyEntry;
import dev.cxplugin.loyalty.service.CxLoyaltyService;
import dev.cxplugin.test.BroadleafExtension;
import dev.cxplugin.test.CheckoutFixtures;
import dev.cxplugin.test.LoyaltyRace;
import dev.cxplugin.test.StoreProcess;
import dev.cxplugin.test.TestDatabase;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.annotation.Resource;

import static dev.cxplugin.loyalty.LoyaltyTestSupport.assertBalances;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two store nodes on one database: this test JVM and a second, independent store JVM (its own Spring/Broadleaf
 * context, connection pool and Hibernate caches) redeem from the same account at the same moment. The balance
 * never goes below zero, the ledger sums to the account row, and every accepted redemption has its own offer
 * code. On HSQLDB the second JVM reaches the test's in-memory database through an HSQLDB server in this JVM.
 */
@ExtendWith(BroadleafExtension.class)
class TwoNodeRedemptionTest {

    static final Duration BOOT = Duration.ofMinutes(5);
    static final int THREADS = 4;
    static final int ATTEMPTS = 10;
    static final long POINTS = 100;
    static final long BALANCE = 3000;

    @Resource(name = "cxLoyaltyService")
    protected CxLoyaltyService loyalty;

    @Resource(name = "blOfferService")
    protected OfferService offerService;

    StoreProcess otherNode;

    @AfterEach
    void stopOtherNode() throws Exception {
        if (otherNode != null) {
            otherNode.close();
        }
    }

    @Test
    void twoNodesRedeemingFromOneAccountNeverTakeItBelowZeroAndEveryAcceptedRedemptionHasItsCode(ApplicationContext ctx)
            throws Exception {
        CheckoutFixtures fixtures = new CheckoutFixtures(ctx);
        Customer c = fixtures.aCustomer("TwoNodes", "en_US");
        loyalty.bonus(c.getId(), BALANCE, "Test points", "BONUS:test:" + UUID.randomUUID());

        otherNode = StoreProcess.named("loyalty-node-b").setting("cx.loyalty.jobs.enabled", false)
                .start("redeem", String.valueOf(c.getId()), String.valueOf(THREADS), String.valueOf(ATTEMPTS),
                        String.valueOf(POINTS));
        otherNode.await("READY", BOOT);
        LoyaltyRace here = new LoyaltyRace(loyalty, c.getId(), POINTS);
        long t0 = System.nanoTime();
        otherNode.go();
        // node A starts once node B has redeemed once: otherwise a fast database lets A's warm JVM take the whole
        // balance before B's cold one makes its first attempt (seen on MariaDB: 30 + 0), and no race is tested
        otherNode.await("REDEEMED", Duration.ofMinutes(1));
        here.run(THREADS, ATTEMPTS, e -> { });
        String[] done = otherNode.await("DONE", Duration.ofMinutes(4)).split(" ");
        long millis = (System.nanoTime() - t0) / 1_000_000;
        int acceptedThere = Integer.parseInt(done[0]);
        int refusedThere = Integer.parseInt(done[1]);
        List<String> failuresThere = otherNode.progress().stream().filter(l -> l.startsWith("FAILURE"))
                .collect(Collectors.toList());
        assertEquals(0, otherNode.awaitExit(Duration.ofSeconds(30)), "node B failed: " + failuresThere);
        assertEquals(List.of(), here.failures(), "node A: every attempt was accepted or refused for want of points");
        assertEquals("0", done[3], "node B: every attempt was accepted or refused for want of points");
        assertFalse(here.negativeSeen(), "node A never read a negative balance");
        assertEquals("false", done[2], "node B never read a negative balance");

        int accepted = here.accepted() + acceptedThere;
        assertEquals(2 * THREADS * ATTEMPTS, accepted + here.refused() + refusedThere, "every attempt was answered");
        assertEquals(BALANCE / POINTS, accepted, "exactly the balance was redeemed, not a point more");
        assertTrue(here.accepted() > 0 && acceptedThere > 0,
                "both nodes redeemed: " + here.accepted() + " + " + acceptedThere);
        assertBalances(loyalty, c.getId(), 0, 0);

        // the ledger has one REDEEM per accepted request, each with its own code bound to the customer's reward
        Map<Long, String> reported = new HashMap<>();
        for (CxLoyaltyEntry e : here.acceptedEntries()) {
            reported.put(e.getId(), e.getOfferCode());
        }
        for (String line : otherNode.progress()) {
            if (line.startsWith("REDEEMED ")) {
                String[] f = line.split(" ");
                reported.put(Long.valueOf(f[1]), f[2]);
            }
        }
        List<CxLoyaltyEntry> redeemed = loyalty.readEntries(c.getId(), 0, 500).stream()
                .filter(e -> "REDEEM".equals(e.getKind())).collect(Collectors.toList());
        assertEquals(accepted, redeemed.size());
        assertEquals(accepted, reported.size(), "each node reported distinct ledger lines");
        assertEquals(accepted, redeemed.stream().map(CxLoyaltyEntry::getOfferCode).distinct().count(), "one code each");
        for (CxLoyaltyEntry e : redeemed) {
            assertEquals(reported.get(e.getId()), e.getOfferCode(), "the code the node was given is the ledger's");
            assertEquals(-POINTS, e.getAvailableDelta());
            String rule = fixtures.inTransaction(() -> {
                OfferCode code = offerService.lookupOfferCodeByCode(e.getOfferCode());
                assertNotNull(code, "the offer code exists: " + e.getOfferCode());
                assertEquals(1, code.getMaxUses());
                assertEquals(0, new BigDecimal("1.00").compareTo(code.getOffer().getValue()), "100 points at 0.01");
                return code.getOffer().getOfferMatchRules().get("CUSTOMER").getMatchRule();
            });
            assertEquals("customer.id == " + c.getId() + "L", rule, "only this customer can use it");
        }
        System.out.printf("[two-nodes] %s: %d redemptions of %d points accepted (node A %d, node B %d), %d refused, "
                + "balance 0, ledger = account, %d ms%n", TestDatabase.current(), accepted, POINTS, here.accepted(),
                acceptedThere, here.refused() + refusedThere, millis);
    }
}
