package dev.cxplugin.loyalty;

import dev.cxplugin.loyalty.domain.CxLoyaltyEntry;
import dev.cxplugin.loyalty.service.CxLoyaltyException;
import dev.cxplugin.loyalty.service.CxLoyaltyException.Code;
import dev.cxplugin.loyalty.service.CxLoyaltyOfferRules;
import dev.cxplugin.loyalty.service.CxLoyaltyService;
import dev.cxplugin.test.BroadleafExtension;
import dev.cxplugin.test.CheckoutFixtures;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.offer.service.type.OfferDiscountType;
import org.broadleafcommerce.core.offer.service.type.OfferType;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.annotation.Resource;

import static dev.cxplugin.loyalty.LoyaltyTestSupport.assertBalances;
import static dev.cxplugin.loyalty.LoyaltyTestSupport.count;
import static dev.cxplugin.loyalty.LoyaltyTestSupport.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rewards through Broadleaf's offers: redemption, concurrency, refusals, returning a code, loyal-only offers. */
@ExtendWith(BroadleafExtension.class)
class LoyaltyRedemptionTest {

    @Resource(name = "cxLoyaltyService")
    protected CxLoyaltyService loyalty;

    @Resource(name = "blOfferService")
    protected OfferService offerService;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    CheckoutFixtures fixtures;

    @BeforeEach
    void start(ApplicationContext ctx) {
        fixtures = new CheckoutFixtures(ctx);
    }

    Customer memberWith(String name, long points) throws Exception {
        Customer c = fixtures.aCustomer(name, "en_US");
        loyalty.bonus(c.getId(), points, "Test points", "BONUS:test:" + UUID.randomUUID());
        return c;
    }

    @Test
    void redeemedPointsBecomeASingleUseCodeOfThatCustomerThatPaysPartOfTheOrder() throws Exception {
        Customer c = memberWith("Redeem", 1000);
        CxLoyaltyEntry r = loyalty.redeem(c.getId(), 500, key());
        assertEquals("REDEEM", r.getKind());
        assertEquals(-500, r.getAvailableDelta());
        assertBalances(loyalty, c.getId(), 0, 500);
        OfferCode code = fixtures.inTransaction(() -> {
            OfferCode oc = offerService.lookupOfferCodeByCode(r.getOfferCode());
            oc.getOffer().getOfferMatchRules().get("CUSTOMER").getMatchRule();
            return oc;
        });
        assertEquals(1, code.getMaxUses());
        assertEquals(0, new BigDecimal("5.00").compareTo(code.getOffer().getValue()), "500 points at 0.01");
        assertEquals(OfferDiscountType.AMOUNT_OFF, code.getOffer().getDiscountType());

        Product p = fixtures.aProduct("Reward mug", "20.00");
        Order order = fixtures.withOpenEntityManager(() -> {
            Order cart = fixtures.cartWith(c, p, 1);
            cart = loyalty.applyToCart(cart, r.getOfferCode());
            assertEquals(0, new BigDecimal("5.00").compareTo(cart.getOrderAdjustmentsValue().getAmount()), "5.00 off");
            return fixtures.aSubmittedOrderFromCart(cart, c);
        });
        assertEquals(0, new BigDecimal("15.00").compareTo(order.getTotal().getAmount()));
        CxLoyaltyEntry earned = loyalty.earnForOrder(order.getId());
        assertEquals(15, earned.getPendingDelta(), "no points on the part the reward paid");
        CxLoyaltyException used = assertThrows(CxLoyaltyException.class, () -> loyalty.returnReward(c.getId(), r.getOfferCode()));
        assertEquals(Code.USED, used.getCode());
        assertBalances(loyalty, c.getId(), 15, 500);
    }

    @Test
    void theSameRequestRedeemsOnce() throws Exception {
        Customer c = memberWith("Twice", 1000);
        String k = key();
        CxLoyaltyEntry first = loyalty.redeem(c.getId(), 300, k);
        CxLoyaltyEntry again = loyalty.redeem(c.getId(), 300, k);
        assertEquals(first.getId(), again.getId());
        assertEquals(first.getOfferCode(), again.getOfferCode());
        assertBalances(loyalty, c.getId(), 0, 700);
    }

    @Test
    void forgedOrOutOfRangeRequestsAreRefusedWithNothingChanged() throws Exception {
        Customer c = memberWith("Victim", 1000);
        Customer other = memberWith("Other", 1000);
        CxLoyaltyEntry theirs = loyalty.redeem(other.getId(), 200, key());
        long entries = loyalty.readEntries(c.getId(), 0, 100).size();

        for (long points : new long[] {-100, 0, 99, 100_001, Long.MAX_VALUE, Long.MIN_VALUE}) {
            CxLoyaltyException e = assertThrows(CxLoyaltyException.class, () -> loyalty.redeem(c.getId(), points, key()));
            assertEquals(Code.INVALID, e.getCode(), "points " + points);
        }
        for (String badKey : new String[] {null, "", "short", "<script>alert(1)</script>", "x".repeat(65)}) {
            assertEquals(Code.INVALID, assertThrows(CxLoyaltyException.class, () -> loyalty.redeem(c.getId(), 100, badKey)).getCode());
        }
        assertEquals(Code.INSUFFICIENT, assertThrows(CxLoyaltyException.class, () -> loyalty.redeem(c.getId(), 1001, key())).getCode());
        // another customer's reward: not found, whether returned or applied to this customer's cart
        assertEquals(Code.NOT_FOUND, assertThrows(CxLoyaltyException.class,
                () -> loyalty.returnReward(c.getId(), theirs.getOfferCode())).getCode());
        Product p = fixtures.aProduct("Forged", "30.00");
        fixtures.withOpenEntityManager(() -> {
            Order cart = fixtures.cartWith(c, p, 1);
            assertEquals(Code.NOT_FOUND, assertThrows(CxLoyaltyException.class,
                    () -> loyalty.applyToCart(cart, theirs.getOfferCode())).getCode());
            return null;
        });
        assertEquals(Code.NOT_FOUND, assertThrows(CxLoyaltyException.class, () -> loyalty.returnReward(c.getId(), "PTS-NOSUCH")).getCode());

        assertBalances(loyalty, c.getId(), 0, 1000);
        assertBalances(loyalty, other.getId(), 0, 800);
        assertEquals(entries, loyalty.readEntries(c.getId(), 0, 100).size(), "no ledger line written");
        OfferCode still = fixtures.inTransaction(() -> offerService.lookupOfferCodeByCode(theirs.getOfferCode()));
        assertTrue(still.getEndDate().after(new Date()), "the other customer's code still works");
    }

    @Test
    void anUnusedCodeGoesBackToPointsOnceAndStopsWorking() throws Exception {
        Customer c = memberWith("Return", 600);
        CxLoyaltyEntry r = loyalty.redeem(c.getId(), 400, key());
        CxLoyaltyEntry back = loyalty.returnReward(c.getId(), r.getOfferCode());
        assertEquals("REFUND", back.getKind());
        assertEquals(400, back.getAvailableDelta());
        assertEquals(back.getId(), loyalty.returnReward(c.getId(), r.getOfferCode()).getId(), "returned once");
        assertBalances(loyalty, c.getId(), 0, 600);
        OfferCode code = fixtures.inTransaction(() -> offerService.lookupOfferCodeByCode(r.getOfferCode()));
        assertTrue(code.getEndDate().before(new Date()), "the code no longer works");
        Product p = fixtures.aProduct("Returned reward", "20.00");
        fixtures.withOpenEntityManager(() -> {
            Order cart = loyalty.applyToCart(fixtures.cartWith(c, p, 1), r.getOfferCode());
            assertEquals(0, cart.getOrderAdjustmentsValue().getAmount().signum(), "a returned code takes nothing off");
            return null;
        });
    }

    @Test
    void eightThreadsRedeemingFromOneAccountNeverTakeItBelowZeroAndEverySuccessHasItsCode() throws Exception {
        Customer c = memberWith("Race", 1000);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        AtomicBoolean negativeSeen = new AtomicBoolean();
        List<Future<List<CxLoyaltyEntry>>> results = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            results.add(pool.submit(() -> {
                go.await();
                List<CxLoyaltyEntry> mine = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    try {
                        mine.add(loyalty.redeem(c.getId(), 100, key()));
                    } catch (CxLoyaltyException e) {
                        assertEquals(Code.INSUFFICIENT, e.getCode());
                    }
                    if (loyalty.readAccount(c.getId()).getAvailable() < 0) {
                        negativeSeen.set(true);
                    }
                }
                return mine;
            }));
        }
        go.countDown();
        List<CxLoyaltyEntry> successes = new ArrayList<>();
        for (Future<List<CxLoyaltyEntry>> f : results) {
            successes.addAll(f.get(300, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertFalse(negativeSeen.get(), "the balance was never negative");
        assertEquals(10, successes.size(), "exactly the 1000 points were spent, 32 attempts for 10 rewards");
        assertBalances(loyalty, c.getId(), 0, 0);
        assertEquals(10, count(loyalty.readEntries(c.getId(), 0, 100), "REDEEM"));
        for (CxLoyaltyEntry e : successes) {
            OfferCode code = fixtures.inTransaction(() -> offerService.lookupOfferCodeByCode(e.getOfferCode()));
            assertNotNull(code, "every redemption has its code: " + e.getOfferCode());
        }
        assertEquals(10, successes.stream().map(CxLoyaltyEntry::getOfferCode).distinct().count());
    }

    @Test
    void aGoldOnlyOfferIsRefusedToAFirstTimeBuyerAndTakenByAGoldMember() throws Exception {
        String goldCode = loyalOffer(CxLoyaltyOfferRules.minTierRank(3), "GOLD");
        String repeatCode = loyalOffer(CxLoyaltyOfferRules.minOrders(1), "AGAIN");
        Customer gold = fixtures.aCustomer("Gold", "en_US");
        Product big = fixtures.aProduct("Sofa", "1500.00");
        loyalty.earnForOrder(fixtures.aSubmittedOrder(gold, big, 1).getId());
        assertEquals("GOLD", loyalty.readAccount(gold.getId()).getTier());
        Customer first = fixtures.aCustomer("First", "en_US");

        Product p = fixtures.aProduct("Lamp", "100.00");
        assertEquals(0, discount(first, p, goldCode).signum(), "a first-time buyer gets nothing from the Gold offer");
        assertEquals(0, discount(first, p, repeatCode).signum(), "nor from the returning-customer offer");
        assertEquals(0, new BigDecimal("10.00").compareTo(discount(gold, p, goldCode)), "the Gold member gets 10%");
        assertEquals(0, new BigDecimal("10.00").compareTo(discount(gold, p, repeatCode)), "and is a returning customer");
    }

    BigDecimal discount(Customer c, Product p, String code) {
        return fixtures.withOpenEntityManager(() -> {
            Order cart = fixtures.cartWith(c, p, 1);
            cart = orderService.addOfferCode(cart, offerService.lookupOfferCodeByCode(code), true);
            return cart.getOrderAdjustmentsValue().getAmount();
        });
    }

    String loyalOffer(String customerRule, String prefix) {
        return fixtures.inTransaction(() -> {
            Offer offer = (Offer) entityConfiguration.createEntityInstance(Offer.class.getName());
            offer.setName(prefix + " members 10%");
            offer.setType(OfferType.ORDER);
            offer.setDiscountType(OfferDiscountType.PERCENT_OFF);
            offer.setValue(new BigDecimal(10));
            offer.setStartDate(new Date(System.currentTimeMillis() - 60_000L));
            offer.setAutomaticallyAdded(false);
            offer.setCombinableWithOtherOffers(true);
            offer.setTreatAsNewFormat(true);
            CxLoyaltyOfferRules.restrict(offer, customerRule, entityConfiguration);
            offer = offerService.save(offer);
            OfferCode code = (OfferCode) entityConfiguration.createEntityInstance(OfferCode.class.getName());
            code.setOffer(offer);
            code.setOfferCode(prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
            code.setStartDate(offer.getStartDate());
            return offerService.saveOfferCode(code).getOfferCode();
        });
    }
}
