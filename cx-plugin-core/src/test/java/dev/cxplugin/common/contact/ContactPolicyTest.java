package dev.cxplugin.common.contact;

import dev.cxplugin.test.BroadleafExtension;
import dev.cxplugin.test.CheckoutFixtures;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contact policy on the real database: Broadleaf customer attributes, the shared cap, racing senders. */
@ExtendWith(BroadleafExtension.class)
class ContactPolicyTest {

    static final long DAY = 86_400_000L;

    @Resource(name = "cxContactPolicy")
    protected CxContactPolicy policy;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "cxUnsubscribeLinks")
    protected CxUnsubscribeLinks unsubscribeLinks;

    @Resource(name = "cxSignedLinkService")
    protected dev.cxplugin.common.link.CxSignedLinkService signedLinks;

    CheckoutFixtures fixtures;

    @BeforeEach
    void setUp(ApplicationContext ctx) {
        fixtures = new CheckoutFixtures(ctx);
    }

    String attribute(Long customerId, String name) {
        return fixtures.inTransaction(() -> {
            Customer c = customerService.readCustomerById(customerId);
            return c.getCustomerAttributes().containsKey(name) ? c.getCustomerAttributes().get(name).getValue() : null;
        });
    }

    static Date day(String iso) throws Exception {
        return new SimpleDateFormat("yyyy-MM-dd").parse(iso);
    }

    @Test
    void optOutIsABroadleafCustomerAttribute() {
        Long id = fixtures.aCustomer("Opal", "en_US").getId();
        assertFalse(policy.isOptedOut(id));
        assertNull(attribute(id, "cx.emailOptOut"), "nothing recorded until the customer chooses");
        policy.setOptedOut(id, true);
        assertTrue(policy.isOptedOut(id));
        assertEquals("true", attribute(id, "cx.emailOptOut"));
        policy.setOptedOut(id, false);
        assertFalse(policy.isOptedOut(id));
        assertEquals("false", attribute(id, "cx.emailOptOut"));
    }

    @Test
    void birthDateIsKeptAsAnIsoDateAndClearingItDeletesIt() throws Exception {
        Long id = fixtures.aCustomer("Bea", "en_US").getId();
        assertNull(policy.getBirthDate(id));
        policy.setBirthDate(id, day("1990-03-14"));
        assertEquals("1990-03-14", attribute(id, "cx.birthDate"));
        assertEquals(day("1990-03-14"), policy.getBirthDate(id));
        policy.setBirthDate(id, null);
        assertNull(policy.getBirthDate(id));
        assertNull(attribute(id, "cx.birthDate"), "withdrawn consent leaves no date behind");
    }

    @Test
    void birthdayListFindsExactlyTheCustomersBornThatDay() throws Exception {
        Long mar14 = fixtures.aCustomer("Pi", "en_US").getId();
        Long mar14b = fixtures.aCustomer("Pia", "fa").getId();
        Long mar15 = fixtures.aCustomer("Ides", "en_US").getId();
        Long withdrew = fixtures.aCustomer("Gone", "en_US").getId();
        policy.setBirthDate(mar14, day("1988-03-14"));
        policy.setBirthDate(mar14b, day("2001-03-14"));
        policy.setBirthDate(mar15, day("1988-03-15"));
        policy.setBirthDate(withdrew, day("1970-03-14"));
        policy.setBirthDate(withdrew, null);
        List<Long> ids = policy.readCustomerIdsWithBirthday(3, 14);
        assertTrue(ids.contains(mar14) && ids.contains(mar14b), ids.toString());
        assertFalse(ids.contains(mar15));
        assertFalse(ids.contains(withdrew));
        assertTrue(policy.readCustomerIdsWithBirthday(3, 15).contains(mar15));
    }

    @Test
    void badInputIsRefusedAndChangesNothing() throws Exception {
        Long id = fixtures.aCustomer("Val", "en_US").getId();
        policy.setBirthDate(id, day("1985-06-01"));
        assertThrows(IllegalArgumentException.class, () -> policy.setBirthDate(id, new Date(System.currentTimeMillis() + 2 * DAY)));
        assertThrows(IllegalArgumentException.class, () -> policy.setBirthDate(id, day("1850-01-01")));
        assertEquals("1985-06-01", attribute(id, "cx.birthDate"), "unchanged");
        assertThrows(IllegalArgumentException.class, () -> policy.setOptedOut(-12345L, true));
        assertThrows(IllegalArgumentException.class, () -> policy.isOptedOut(null));
        assertThrows(IllegalArgumentException.class, () -> policy.readCustomerIdsWithBirthday(13, 1));
        assertThrows(IllegalArgumentException.class, () -> policy.readCustomerIdsWithBirthday(2, 0));
        assertThrows(IllegalArgumentException.class, () -> policy.reserveContact(null, new Date()));
        assertThrows(IllegalArgumentException.class, () -> policy.reserveContact(-12345L, new Date()));
    }

    @Test
    void oneNonTransactionalEmailPerSevenDays() {
        Long id = fixtures.aCustomer("Cap", "en_US").getId();
        Date t0 = new Date();
        assertEquals(t0, policy.nextContactAllowed(id, t0), "free before any contact");
        assertTrue(policy.reserveContact(id, t0));
        assertFalse(policy.reserveContact(id, new Date(t0.getTime() + 1000)), "a second kind the same day waits");
        assertFalse(policy.reserveContact(id, new Date(t0.getTime() + 7 * DAY - 1000)), "still inside the 7 days");
        // to the second: MariaDB's DATETIME keeps no milliseconds
        assertEquals((t0.getTime() + 7 * DAY) / 1000, policy.nextContactAllowed(id, new Date(t0.getTime() + DAY)).getTime() / 1000);
        assertTrue(policy.reserveContact(id, new Date(t0.getTime() + 7 * DAY)), "free again after 7 days");
    }

    @Test
    void anOptedOutCustomerGetsNoSlot() {
        Long id = fixtures.aCustomer("Quiet", "ar").getId();
        policy.setOptedOut(id, true);
        assertFalse(policy.reserveContact(id, new Date()));
        policy.setOptedOut(id, false);
        assertTrue(policy.reserveContact(id, new Date()));
    }

    @Test
    void ofConcurrentSendersForOneCustomerExactlyOneGetsTheSlot() throws Exception {
        int threads = 8;
        for (int round = 0; round < 4; round++) {
            // a new customer each round: the first rounds race to create the slot row, too
            Long id = fixtures.aCustomer("Race" + round, "en_US").getId();
            if (round % 2 == 1) {
                assertTrue(policy.reserveContact(id, new Date(System.currentTimeMillis() - 8 * DAY)), "an old contact");
            }
            assertEquals(1, racers(threads, id), "round " + round);
        }
    }

    private int racers(int threads, Long customerId) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit((Callable<Boolean>) () -> {
                    start.await();
                    return policy.reserveContact(customerId, new Date());
                }));
            }
            start.countDown();
            int winners = 0;
            for (Future<Boolean> f : results) {
                if (f.get(60, TimeUnit.SECONDS)) {
                    winners++;
                }
            }
            return winners;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void unsubscribeUrlCarriesASignedTokenForTheCustomer() throws Exception {
        Long id = fixtures.aCustomer("Link", "en_US").getId();
        String url = unsubscribeLinks.unsubscribeUrl(id);
        assertTrue(url.matches("https?://[^?]+/cx/unsubscribe\\?t=[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"), url);
        dev.cxplugin.common.link.CxLinkClaims claims = signedLinks.verify(url.substring(url.indexOf("t=") + 2), "unsubscribe");
        assertEquals(id, claims.getCustomerId());
        assertTrue(claims.getExpiresAt().getTime() - System.currentTimeMillis() > 700 * DAY, "valid about two years");
        assertThrows(IllegalArgumentException.class, () -> unsubscribeLinks.unsubscribeUrl(null));
    }
}
