package dev.cxplugin.loyalty.service;

import dev.cxplugin.loyalty.domain.CxLoyaltyAccount;
import dev.cxplugin.loyalty.domain.CxLoyaltyEntry;
import org.broadleafcommerce.core.order.domain.Order;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;

/**
 * The loyalty programme. Every change is one ledger line plus one conditional update of the account row, in one
 * transaction; every line has a unique key, so a replayed event or a retried request changes nothing more.
 */
public interface CxLoyaltyService {

    /** Points for an order's merchandise after discounts (shipping and tax excluded) at the customer's tier. */
    long pointsForOrder(Order order, Long customerId);

    /** Points a product bought at this price would earn at the customer's tier (null customer: the base tier). */
    long pointsForAmount(BigDecimal amount, Long customerId);

    /** Earns an order's points (pending) once: null when the order earns nothing (not submitted, guest). */
    CxLoyaltyEntry earnForOrder(Long orderId);

    /** The earning job: SUBMITTED orders of the last days without an EARN line. Returns how many were earned. */
    int earnSubmittedOrders(Date now);

    /** Closes return windows that ended by {@code now}: the orders' pending points become available. */
    int releaseDue(Date now);

    /** A cancellation or a received return (a CX_FULFILMENT_EVENT row) takes back the points of what came back. */
    CxLoyaltyEntry reverseForFulfilmentEvent(Long orderId, Long fulfilmentEventId);

    /**
     * Exchanges points for a single-use offer code bound to the customer, once per request key.
     *
     * @throws CxLoyaltyException INVALID (amount, key), INSUFFICIENT
     */
    CxLoyaltyEntry redeem(Long customerId, long points, String requestKey) throws CxLoyaltyException;

    /** Adds a redeemed code to the customer's cart (Broadleaf's addOfferCode); returns the repriced cart. */
    Order applyToCart(Order cart, String offerCode) throws CxLoyaltyException;

    /**
     * Gives an unused reward code back: the code stops working and its points return.
     *
     * @throws CxLoyaltyException NOT_FOUND (not this customer's), USED
     */
    CxLoyaltyEntry returnReward(Long customerId, String offerCode) throws CxLoyaltyException;

    /**
     * An admin's correction (positive or negative), with the reason and the admin user recorded.
     *
     * @throws CxLoyaltyException INVALID (no reason, no admin, zero or huge), INSUFFICIENT
     */
    CxLoyaltyEntry adjust(Long customerId, long points, String reason, String adminUser, String requestKey)
            throws CxLoyaltyException;

    /** A gift of available points, once per key (signup, birthday, approved review, complaint compensation). */
    CxLoyaltyEntry bonus(Long customerId, long points, String reason, String key) throws CxLoyaltyException;

    /** Expires the points of accounts without a purchase for the configured months; warns the days before. */
    int expire(Date now);

    /** Re-evaluates the customer's tier from the trailing 12 months' spend; returns the tier now held. */
    String evaluateTier(Long customerId, Date now);

    /** The daily pass: every account not evaluated since a day before {@code now}. */
    int evaluateTiers(Date now);

    CxLoyaltyAccount readAccount(Long customerId);

    /**
     * The customer's account, created empty if there is none, in the caller's transaction (so it commits or rolls
     * back with, say, the registration that opened it). Accounts of customers who existed before the plugin are
     * still created lazily by the first operation that needs one.
     */
    CxLoyaltyAccount openAccount(Long customerId);

    CxLoyaltySummary summary(Long customerId, int historySize);

    List<CxLoyaltyEntry> readEntries(Long customerId, int first, int max);

    /** {pending, available} as the ledger sums them (for reconciliation with the account row). */
    long[] ledgerBalance(Long customerId);
}
