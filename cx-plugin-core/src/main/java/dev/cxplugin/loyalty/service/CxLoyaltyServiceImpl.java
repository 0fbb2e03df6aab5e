package dev.cxplugin.loyalty.service;

import dev.cxplugin.common.offer.CxOfferCodeService;
import dev.cxplugin.loyalty.dao.CxLoyaltyDao;
import dev.cxplugin.loyalty.domain.CxLoyaltyAccount;
import dev.cxplugin.loyalty.domain.CxLoyaltyEntry;
import dev.cxplugin.loyalty.service.CxLoyaltyException.Code;
import dev.cxplugin.loyalty.type.CxLoyaltyEntryKind;
import dev.cxplugin.notify.dao.CxFulfilmentDao;
import dev.cxplugin.notify.domain.CxFulfilmentEvent;
import dev.cxplugin.notify.domain.CxOrderFulfilment;
import dev.cxplugin.notify.service.CxFulfilmentEventServiceImpl;
import dev.cxplugin.notify.service.CxNotificationRequest;
import dev.cxplugin.notify.service.CxNotificationService;
import dev.cxplugin.notify.type.CxFulfilmentEventType;
import dev.cxplugin.notify.type.CxNotificationKind;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.OfferAuditService;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.offer.service.exception.OfferMaxUseExceededException;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerAttribute;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.SimpleDateFormat;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import javax.annotation.Resource;
import javax.persistence.PersistenceException;

public class CxLoyaltyServiceImpl implements CxLoyaltyService {

    private static final Log LOG = LogFactory.getLog(CxLoyaltyServiceImpl.class);

    /** Customer attributes kept in sync, so an offer's customer rule can test them (see CxLoyaltyOfferRules). */
    public static final String ATTR_TIER = "cxLoyaltyTier";
    public static final String ATTR_TIER_RANK = "cxLoyaltyTierRank";
    public static final String ATTR_ORDERS = "cxLoyaltyOrders";

    public static final CxNotificationKind TIER_UP = new CxNotificationKind("LOYALTY_TIER_UP", "Loyalty tier promotion",
            true, "cx/loyalty/tier-up", null);
    public static final CxNotificationKind EXPIRY_WARNING = new CxNotificationKind("LOYALTY_EXPIRY_WARNING",
            "Loyalty points expiry warning", true, "cx/loyalty/expiry-warning", null);

    protected static final String SYSTEM = "system";
    protected static final long MAX_ADJUST = 10_000_000L;

    @Resource(name = "cxLoyaltyDao")
    protected CxLoyaltyDao dao;

    @Resource(name = "cxLoyaltySettingsService")
    protected CxLoyaltySettingsService settings;

    @Resource(name = "cxLoyaltyExtensionManager")
    protected CxLoyaltyExtensionManager extensionManager;

    @Resource(name = "cxOfferCodeService")
    protected CxOfferCodeService offerCodeService;

    @Resource(name = "cxNotificationService")
    protected CxNotificationService notificationService;

    @Resource(name = "cxFulfilmentDao")
    protected CxFulfilmentDao fulfilmentDao;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "blOfferService")
    protected OfferService offerService;

    @Resource(name = "blOfferAuditService")
    protected OfferAuditService offerAuditService;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    // ------------------------------------------------------------------ earning

    @Override
    public long pointsForOrder(Order order, Long customerId) {
        CxLoyaltyProgramme p = settings.current();
        return p.pointsFor(merchandise(order), tierOf(customerId));
    }

    @Override
    public long pointsForAmount(BigDecimal amount, Long customerId) {
        return settings.current().pointsFor(amount, tierOf(customerId));
    }

    protected String tierOf(final Long customerId) {
        if (customerId == null) {
            return null;
        }
        CxLoyaltyAccount a = readAccount(customerId);
        return a == null ? null : a.getTier();
    }

    /** The order's merchandise after item and order discounts; shipping and tax are not in it. */
    protected BigDecimal merchandise(Order order) {
        BigDecimal sub = order.getSubTotal() == null ? BigDecimal.ZERO : order.getSubTotal().getAmount();
        BigDecimal adjustments = order.getOrderAdjustmentsValue() == null ? BigDecimal.ZERO
                : order.getOrderAdjustmentsValue().getAmount();
        BigDecimal base = sub.subtract(adjustments);
        return base.signum() < 0 ? BigDecimal.ZERO : base;
    }

    protected boolean eligible(Order order) {
        return order != null && OrderStatus.SUBMITTED.equals(order.getStatus()) && order.getCustomer() != null
                && order.getCustomer().isRegistered();
    }

    @Override
    public CxLoyaltyEntry earnForOrder(final Long orderId) {
        final String key = "EARN:order:" + orderId;
        final Long customerId = tx().execute(new TransactionCallback<Long>() {
            @Override
            public Long doInTransaction(org.springframework.transaction.TransactionStatus s) {
                Order o = orderService.findOrderById(orderId);
                return eligible(o) ? o.getCustomer().getId() : null;
            }
        });
        if (customerId == null) {
            return tx().execute(s -> dao.readEntryByKey(key));
        }
        ensureAccount(customerId);
        return writeOnce(key, () -> {
            Order order = orderService.findOrderById(orderId);
            if (!eligible(order)) {
                return null;
            }
            CxLoyaltyProgramme p = settings.current();
            CxLoyaltyAccount account = dao.readAccount(customerId);
            if (account == null) {
                // made by its own transaction after this one's snapshot (MariaDB, inside a fulfilment event):
                // the earning job, which runs in transactions of its own, earns the order a moment later
                return null;
            }
            BigDecimal base = merchandise(order);
            long points = p.pointsFor(base, account.getTier());
            move(customerId, points, 0);
            CxLoyaltyEntry entry = newEntry(key, customerId, CxLoyaltyEntryKind.EARN, points, 0);
            entry.setOrderId(orderId);
            entry.setSpendAmount(base);
            entry.setReason("Order " + order.getOrderNumber());
            insert(entry);
            Date purchase = order.getSubmitDate() != null ? order.getSubmitDate() : now();
            account = dao.readAccount(customerId);
            if (account.getLastPurchaseDate() == null || purchase.after(account.getLastPurchaseDate())) {
                account.setLastPurchaseDate(purchase);
            }
            reevaluate(account, p, now(), true);
            extensionManager.getProxy().pointsEarned(entry);
            return entry;
        });
    }

    @Override
    public int earnSubmittedOrders(Date now) {
        CxLoyaltyProgramme p = settings.current();
        final Date since = addDays(now, -p.getEarnLookbackDays());
        List<Long> ids = tx().execute(s -> dao.readOrderIdsToEarn(since, 200));
        int earned = 0;
        for (Long id : ids) {
            try {
                if (earnForOrder(id) != null) {
                    earned++;
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not earn the points of order " + id + "; the next pass retries", e);
            }
        }
        return earned;
    }

    @Override
    public int releaseDue(final Date now) {
        int released = 0;
        Long after = 0L;
        while (true) {
            final Long from = after;
            List<Object[]> page = tx().execute(s -> dao.readOrderIdsPendingRelease(from, 500));
            if (page.isEmpty()) {
                return released;
            }
            for (Object[] row : page) {
                after = (Long) row[0];
                Long orderId = (Long) row[1];
                try {
                    if (release(orderId, now) != null) {
                        released++;
                    }
                } catch (RuntimeException e) {
                    LOG.warn("Could not release the points of order " + orderId + "; the next pass retries", e);
                }
            }
        }
    }

    /** When the window closes: the return window after delivery, or after submission when no delivery came. */
    protected Date windowStart(Long orderId, Order order, CxLoyaltyEntry earn) {
        CxOrderFulfilment state = fulfilmentDao.readFulfilment(orderId);
        if (state != null && state.getDeliveredDate() != null) {
            return state.getDeliveredDate();
        }
        return order != null && order.getSubmitDate() != null ? order.getSubmitDate() : earn.getCreatedDate();
    }

    protected CxLoyaltyEntry release(final Long orderId, final Date now) {
        final String key = "RELEASE:order:" + orderId;
        return writeOnce(key, () -> {
            List<CxLoyaltyEntry> lines = dao.readEntriesForOrder(orderId);
            CxLoyaltyEntry earn = find(lines, CxLoyaltyEntryKind.EARN);
            if (earn == null) {
                return null;
            }
            CxLoyaltyProgramme p = settings.current();
            Date closes = addDays(windowStart(orderId, orderService.findOrderById(orderId), earn), p.getReturnWindowDays());
            if (closes.after(now)) {
                return null;
            }
            long left = 0;
            for (CxLoyaltyEntry e : lines) {
                left += e.getPendingDelta();
            }
            move(earn.getCustomerId(), -left, left);
            CxLoyaltyEntry entry = newEntry(key, earn.getCustomerId(), CxLoyaltyEntryKind.RELEASE, -left, left);
            entry.setOrderId(orderId);
            entry.setReason(earn.getReason());
            return insert(entry);
        });
    }

    @Override
    public CxLoyaltyEntry reverseForFulfilmentEvent(final Long orderId, final Long fulfilmentEventId) {
        final String key = "REVERSE:event:" + fulfilmentEventId;
        return writeOnce(key, () -> {
            List<CxLoyaltyEntry> lines = dao.readEntriesForOrder(orderId);
            CxLoyaltyEntry earn = find(lines, CxLoyaltyEntryKind.EARN);
            if (earn == null) {
                return null;
            }
            CxFulfilmentEvent event = null;
            for (CxFulfilmentEvent e : fulfilmentDao.readEventsForOrder(orderId)) {
                if (e.getId().equals(fulfilmentEventId)) {
                    event = e;
                }
            }
            if (event == null) {
                throw new IllegalArgumentException("no fulfilment event " + fulfilmentEventId + " for order " + orderId);
            }
            Order order = orderService.findOrderById(orderId);
            BigDecimal fraction;
            if (CxFulfilmentEventType.CANCELLED.getType().equals(event.getType())) {
                fraction = BigDecimal.ONE;
            } else if (CxFulfilmentEventType.RETURN_RECEIVED.getType().equals(event.getType())) {
                // everything received back so far (the order's state already counts this event)
                CxOrderFulfilment state = fulfilmentDao.readFulfilment(orderId);
                fraction = returnedFraction(order, state == null ? event.getItems() : state.getReturnedItems());
            } else {
                return null;
            }
            long earned = earn.getPendingDelta();
            long reversed = 0;
            BigDecimal spendReversed = BigDecimal.ZERO;
            boolean released = false;
            for (CxLoyaltyEntry e : lines) {
                if (CxLoyaltyEntryKind.REVERSE.getType().equals(e.getKind())) {
                    reversed -= e.getPendingDelta() + e.getAvailableDelta();
                    spendReversed = spendReversed.subtract(e.getSpendAmount() == null ? BigDecimal.ZERO : e.getSpendAmount());
                }
                released |= CxLoyaltyEntryKind.RELEASE.getType().equals(e.getKind());
            }
            long target = new BigDecimal(earned).multiply(fraction).setScale(0, RoundingMode.HALF_UP).longValue();
            long points = Math.min(earned, target) - reversed;
            BigDecimal spendTarget = earn.getSpendAmount() == null ? BigDecimal.ZERO
                    : earn.getSpendAmount().multiply(fraction).setScale(2, RoundingMode.HALF_UP);
            BigDecimal spend = spendTarget.subtract(spendReversed);
            if (points <= 0 && spend.signum() <= 0) {
                return null;
            }
            points = Math.max(points, 0);
            Long customerId = earn.getCustomerId();
            String reason = (fraction.compareTo(BigDecimal.ONE) == 0 ? "Order " : "Part of order ") + order.getOrderNumber()
                    + (CxFulfilmentEventType.CANCELLED.getType().equals(event.getType()) ? " cancelled" : " returned");
            long fromPending = released ? 0 : points;
            long fromAvailable = released ? points : 0;
            if (!dao.applyDeltas(customerId, -fromPending, -fromAvailable)) {
                // released points were partly spent already: take back what is there, never below zero
                CxLoyaltyAccount a = dao.readAccountForUpdate(customerId);
                long take = Math.min(fromAvailable, a.getAvailable());
                reason += " (" + (fromAvailable - take) + " points were already spent)";
                fromAvailable = take;
                move(customerId, -fromPending, -fromAvailable);
            }
            CxLoyaltyEntry entry = newEntry(key, customerId, CxLoyaltyEntryKind.REVERSE, -fromPending, -fromAvailable);
            entry.setOrderId(orderId);
            entry.setSpendAmount(spend.negate());
            entry.setReason(reason);
            insert(entry);
            reevaluate(dao.readAccount(customerId), settings.current(), now(), true);
            return entry;
        });
    }

    /** The share of the order's merchandise value in the returned items ("order item id=quantity" pairs). */
    protected BigDecimal returnedFraction(Order order, String items) {
        Map<Long, Integer> returned = CxFulfilmentEventServiceImpl.parseItems(items);
        BigDecimal all = BigDecimal.ZERO;
        BigDecimal back = BigDecimal.ZERO;
        for (OrderItem item : order.getOrderItems()) {
            BigDecimal value = item.getTotalPrice() == null ? BigDecimal.ZERO : item.getTotalPrice().getAmount();
            all = all.add(value);
            Integer qty = returned.get(item.getId());
            if (qty != null && item.getQuantity() > 0) {
                back = back.add(value.multiply(new BigDecimal(Math.min(qty, item.getQuantity())))
                        .divide(new BigDecimal(item.getQuantity()), 10, RoundingMode.HALF_UP));
            }
        }
        if (all.signum() <= 0) {
            return BigDecimal.ONE;
        }
        BigDecimal f = back.divide(all, 10, RoundingMode.HALF_UP);
        return f.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : f;
    }

    // ------------------------------------------------------------------ spending

    @Override
    public CxLoyaltyEntry redeem(final Long customerId, final long points, String requestKey) throws CxLoyaltyException {
        if (customerId == null) {
            throw new CxLoyaltyException(Code.INVALID, "no customer");
        }
        checkRequestKey(requestKey);
        final CxLoyaltyProgramme p = settings.current();
        if (points < p.getMinRedeemPoints() || points > p.getMaxRedeemPoints()) {
            throw new CxLoyaltyException(Code.INVALID, "redeem between " + p.getMinRedeemPoints() + " and "
                    + p.getMaxRedeemPoints() + " points");
        }
        final String key = "REDEEM:" + customerId + ":" + requestKey;
        return writeOnceChecked(key, () -> {
            if (!dao.applyDeltas(customerId, 0, -points)) {
                throw new Refused(new CxLoyaltyException(Code.INSUFFICIENT, "not enough points"));
            }
            BigDecimal value = p.valueOf(points);
            if (value.signum() <= 0) {
                throw new Refused(new CxLoyaltyException(Code.INVALID, "these points are worth nothing yet"));
            }
            String code = offerCodeService.createSingleUseCode(customerId, false, value,
                    addDays(now(), p.getRewardValidDays()), "Loyalty reward: " + points + " points", "PTS");
            CxLoyaltyEntry entry = newEntry(key, customerId, CxLoyaltyEntryKind.REDEEM, 0, -points);
            entry.setOfferCode(code);
            entry.setReason("Reward worth " + value.toPlainString());
            insert(entry);
            extensionManager.getProxy().pointsRedeemed(entry);
            return entry;
        });
    }

    @Override
    public Order applyToCart(Order cart, String offerCode) throws CxLoyaltyException {
        Long customerId = cart.getCustomer() == null ? null : cart.getCustomer().getId();
        if (customerId == null || offerCode == null || tx().execute(s -> dao.readRedemption(customerId, offerCode)) == null) {
            throw new CxLoyaltyException(Code.NOT_FOUND, "no such reward");
        }
        OfferCode code = offerService.lookupOfferCodeByCode(offerCode);
        if (code == null) {
            throw new CxLoyaltyException(Code.NOT_FOUND, "no such reward");
        }
        for (OfferCode added : cart.getAddedOfferCodes() == null ? java.util.Collections.<OfferCode>emptyList()
                : cart.getAddedOfferCodes()) {
            if (added.getId().equals(code.getId())) {
                return cart;
            }
        }
        try {
            return orderService.addOfferCode(cart, code, true);
        } catch (OfferMaxUseExceededException e) {
            throw new CxLoyaltyException(Code.USED, "this reward was used already");
        } catch (PricingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public CxLoyaltyEntry returnReward(final Long customerId, final String offerCode) throws CxLoyaltyException {
        if (customerId == null || offerCode == null || offerCode.length() > 60) {
            throw new CxLoyaltyException(Code.NOT_FOUND, "no such reward");
        }
        final String key = "REFUND:code:" + offerCode;
        CxLoyaltyEntry result = writeOnceChecked(key, () -> {
            CxLoyaltyEntry redemption = dao.readRedemption(customerId, offerCode);
            if (redemption == null) {
                throw new Refused(new CxLoyaltyException(Code.NOT_FOUND, "no such reward"));
            }
            OfferCode code = offerService.lookupOfferCodeByCode(offerCode);
            if (code == null || offerAuditService.countOfferCodeUses(code.getId()) > 0) {
                throw new Refused(new CxLoyaltyException(Code.USED, "this reward was used already"));
            }
            // the code stops working from now on; its points come back
            Date ended = new Date(now().getTime() - 1000L);
            code.setEndDate(ended);
            code.getOffer().setEndDate(ended);
            offerService.save(code.getOffer());
            offerService.saveOfferCode(code);
            long points = -redemption.getAvailableDelta();
            move(customerId, 0, points);
            CxLoyaltyEntry entry = newEntry(key, customerId, CxLoyaltyEntryKind.REFUND, 0, points);
            entry.setOfferCode(offerCode);
            entry.setReason("Unused reward returned");
            return insert(entry);
        });
        if (!customerId.equals(result.getCustomerId())) {
            throw new CxLoyaltyException(Code.NOT_FOUND, "no such reward");
        }
        return result;
    }

    @Override
    public CxLoyaltyEntry adjust(final Long customerId, final long points, final String reason, final String adminUser,
            String requestKey) throws CxLoyaltyException {
        if (reason == null || reason.trim().isEmpty()) {
            throw new CxLoyaltyException(Code.INVALID, "a reason is required");
        }
        if (reason.length() > 1000) {
            throw new CxLoyaltyException(Code.INVALID, "the reason is longer than 1000 characters");
        }
        if (adminUser == null || adminUser.trim().isEmpty()) {
            throw new CxLoyaltyException(Code.INVALID, "the admin user is required");
        }
        if (points == 0 || Math.abs(points) > MAX_ADJUST) {
            throw new CxLoyaltyException(Code.INVALID, "adjust by 1 to " + MAX_ADJUST + " points, up or down");
        }
        if (customerId == null || customerService.readCustomerById(customerId) == null) {
            throw new CxLoyaltyException(Code.NOT_FOUND, "no such customer");
        }
        checkRequestKey(requestKey);
        ensureAccount(customerId);
        final String key = "ADJUST:" + customerId + ":" + requestKey;
        return writeOnceChecked(key, () -> {
            if (!dao.applyDeltas(customerId, 0, points)) {
                throw new Refused(new CxLoyaltyException(Code.INSUFFICIENT, "the balance would go below zero"));
            }
            CxLoyaltyEntry entry = newEntry(key, customerId, CxLoyaltyEntryKind.ADJUST, 0, points);
            entry.setReason(reason.trim());
            entry.setActor(adminUser.trim().length() > 100 ? adminUser.trim().substring(0, 100) : adminUser.trim());
            return insert(entry);
        });
    }

    @Override
    public CxLoyaltyEntry bonus(final Long customerId, final long points, final String reason, final String key)
            throws CxLoyaltyException {
        if (customerId == null || points <= 0 || points > MAX_ADJUST || key == null || key.length() > 190) {
            throw new CxLoyaltyException(Code.INVALID, "a bonus needs a customer, 1 to " + MAX_ADJUST + " points and a key");
        }
        ensureAccount(customerId);
        return writeOnceChecked(key, () -> {
            move(customerId, 0, points);
            CxLoyaltyEntry entry = newEntry(key, customerId, CxLoyaltyEntryKind.BONUS, 0, points);
            entry.setReason(reason);
            insert(entry);
            extensionManager.getProxy().pointsEarned(entry);
            return entry;
        });
    }

    // ------------------------------------------------------------------ expiry and tiers

    @Override
    public int expire(final Date now) {
        final CxLoyaltyProgramme p = settings.current();
        final Date cutoff = addMonths(now, -p.getExpiryMonths());
        int expired = 0;
        for (Long customerId : tx().execute(s -> dao.readCustomerIdsInactiveSince(cutoff, null, 500))) {
            try {
                if (expireAccount(customerId, cutoff) != null) {
                    expired++;
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not expire the points of customer " + customerId, e);
            }
        }
        final Date warnFrom = addDays(cutoff, p.getExpiryWarningDays());
        if (p.getExpiryWarningDays() > 0) {
            for (Long customerId : tx().execute(s -> dao.readCustomerIdsInactiveSince(warnFrom, cutoff, 500))) {
                try {
                    warn(customerId, p);
                } catch (RuntimeException e) {
                    LOG.warn("Could not warn customer " + customerId + " of expiring points", e);
                }
            }
        }
        return expired;
    }

    protected CxLoyaltyEntry expireAccount(final Long customerId, final Date cutoff) {
        CxLoyaltyAccount seen = readAccount(customerId);
        final Date lastActivity = lastActivity(seen);
        final String key = "EXPIRE:" + customerId + ":" + lastActivity.getTime();
        return writeOnce(key, () -> {
            CxLoyaltyAccount a = dao.readAccountForUpdate(customerId);
            if (a.getAvailable() <= 0 || !lastActivity(a).before(cutoff)) {
                return null;
            }
            long points = a.getAvailable();
            move(customerId, 0, -points);
            CxLoyaltyEntry entry = newEntry(key, customerId, CxLoyaltyEntryKind.EXPIRE, 0, -points);
            entry.setReason("No purchase since " + iso(lastActivity));
            return insert(entry);
        });
    }

    protected void warn(final Long customerId, final CxLoyaltyProgramme p) {
        tx().execute(s -> {
            CxLoyaltyAccount a = dao.readAccount(customerId);
            Customer c = customerService.readCustomerById(customerId);
            if (a == null || c == null || a.getAvailable() <= 0 || c.getEmailAddress() == null) {
                return null;
            }
            Date expires = addMonths(lastActivity(a), p.getExpiryMonths());
            notificationService.enqueue(emailTo(EXPIRY_WARNING, c, EXPIRY_WARNING.getType() + ":cust:" + customerId + ":"
                    + lastActivity(a).getTime())
                    .detail("points", String.valueOf(a.getAvailable()))
                    .detail("valueAmount", p.valueOf(a.getAvailable()).toPlainString())
                    .detail("expiryDate", iso(expires)));
            return null;
        });
    }

    protected Date lastActivity(CxLoyaltyAccount a) {
        return a.getLastPurchaseDate() != null ? a.getLastPurchaseDate() : a.getCreatedDate();
    }

    @Override
    public String evaluateTier(final Long customerId, final Date now) {
        return tx().execute(s -> {
            CxLoyaltyAccount a = dao.readAccount(customerId);
            return a == null ? null : reevaluate(a, settings.current(), now, true);
        });
    }

    @Override
    public int evaluateTiers(Date now) {
        final Date before = addDays(now, -1);
        int n = 0;
        for (Long customerId : tx().execute(s -> dao.readCustomerIdsEvaluatedBefore(before, 1000))) {
            try {
                evaluateTier(customerId, now);
                n++;
            } catch (RuntimeException e) {
                LOG.warn("Could not evaluate the tier of customer " + customerId, e);
            }
        }
        return n;
    }

    /** Sets the tier the trailing 12 months' spend reaches; on a change tells the hooks, and emails a promotion. */
    protected String reevaluate(CxLoyaltyAccount account, CxLoyaltyProgramme p, Date now, boolean email) {
        BigDecimal spend = dao.sumSpendSince(account.getCustomerId(), addMonths(now, -12));
        CxLoyaltyTier tier = p.tierFor(spend);
        String previous = account.getTier();
        account.setTrailingSpend(spend);
        account.setTierEvaluatedDate(now);
        account.setTier(tier.getCode());
        account = dao.saveAccount(account);
        if (!tier.getCode().equals(previous)) {
            extensionManager.getProxy().tierChanged(account, previous, tier.getCode());
            boolean promoted = tier.getRank() > (previous == null ? 1 : p.tier(previous).getRank());
            Customer c = customerService.readCustomerById(account.getCustomerId());
            if (promoted && email && c != null && c.getEmailAddress() != null) {
                CxLoyaltyTier next = p.nextTier(tier.getCode());
                CxNotificationRequest r = emailTo(TIER_UP, c, TIER_UP.getType() + ":cust:" + c.getId() + ":" + tier.getCode()
                        + ":" + iso(now))
                        .detail("tier", tier.getCode())
                        .detail("multiplier", tier.getMultiplier().stripTrailingZeros().toPlainString())
                        .detail("points", String.valueOf(account.getAvailable() + account.getPending()));
                if (next != null) {
                    r.detail("nextTier", next.getCode()).detail("toNextAmount", next.getThreshold().subtract(spend).toPlainString());
                }
                notificationService.enqueue(r);
            }
            syncAttributes(c, tier);
        } else {
            syncAttributes(customerService.readCustomerById(account.getCustomerId()), tier);
        }
        return tier.getCode();
    }

    /** Keeps the customer attributes an offer's customer rule tests (tier, rank, number of submitted orders). */
    protected void syncAttributes(Customer c, CxLoyaltyTier tier) {
        if (c == null) {
            return;
        }
        boolean changed = attribute(c, ATTR_TIER, tier.getCode());
        changed |= attribute(c, ATTR_TIER_RANK, String.valueOf(tier.getRank()));
        changed |= attribute(c, ATTR_ORDERS, String.valueOf(dao.countSubmittedOrders(c.getId())));
        if (changed) {
            customerService.saveCustomer(c, false);
        }
    }

    protected boolean attribute(Customer c, String name, String value) {
        Map<String, CustomerAttribute> attrs = c.getCustomerAttributes();
        CustomerAttribute a = attrs.get(name);
        if (a != null && value.equals(a.getValue())) {
            return false;
        }
        if (a == null) {
            a = (CustomerAttribute) entityConfiguration.createEntityInstance(CustomerAttribute.class.getName());
            a.setName(name);
            a.setCustomer(c);
            attrs.put(name, a);
        }
        a.setValue(value);
        return true;
    }

    // ------------------------------------------------------------------ reading

    @Override
    public CxLoyaltyAccount readAccount(final Long customerId) {
        return tx().execute(s -> dao.readAccount(customerId));
    }

    @Override
    public CxLoyaltyAccount openAccount(final Long customerId) {
        if (customerId == null) {
            throw new IllegalArgumentException("no customer");
        }
        return tx().execute(s -> {
            CxLoyaltyAccount a = dao.readAccount(customerId);
            return a != null ? a : dao.createAccount(customerId);
        });
    }

    @Override
    public CxLoyaltySummary summary(final Long customerId, final int historySize) {
        final CxLoyaltyProgramme p = settings.current();
        return tx().execute(s -> {
            CxLoyaltyAccount a = dao.readAccount(customerId);
            CxLoyaltyTier tier = p.tier(a == null ? null : a.getTier());
            BigDecimal spend = a == null || a.getTrailingSpend() == null ? BigDecimal.ZERO : a.getTrailingSpend();
            long available = a == null ? 0 : a.getAvailable();
            return new CxLoyaltySummary(available, a == null ? 0 : a.getPending(), tier, p.nextTier(tier.getCode()), spend,
                    p.valueOf(available), dao.readEntries(customerId, 0, historySize), dao.countEntries(customerId));
        });
    }

    @Override
    public List<CxLoyaltyEntry> readEntries(final Long customerId, final int first, final int max) {
        return tx().execute(s -> dao.readEntries(customerId, first, Math.min(max, 500)));
    }

    @Override
    public long[] ledgerBalance(final Long customerId) {
        return tx().execute(s -> dao.sumLedger(customerId));
    }

    // ------------------------------------------------------------------ plumbing

    protected void ensureAccount(final Long customerId) {
        if (tx().execute(s -> dao.readAccount(customerId)) == null) {
            dao.createAccountIfMissing(customerId);
        }
    }

    protected void move(Long customerId, long pendingDelta, long availableDelta) {
        if (!dao.applyDeltas(customerId, pendingDelta, availableDelta)) {
            throw new IllegalStateException("the points account of customer " + customerId + " cannot move by "
                    + pendingDelta + " pending, " + availableDelta + " available");
        }
    }

    /** The ledger's clock: Broadleaf's {@link SystemTime}, so sample data can date lines in the past (thread-local). */
    protected Date now() {
        return SystemTime.asDate();
    }

    protected CxLoyaltyEntry newEntry(String key, Long customerId, CxLoyaltyEntryKind kind, long pendingDelta,
            long availableDelta) {
        CxLoyaltyEntry e = dao.createEntry();
        e.setEntryKey(key);
        e.setCustomerId(customerId);
        e.setKind(kind.getType());
        e.setPendingDelta(pendingDelta);
        e.setAvailableDelta(availableDelta);
        e.setActor(SYSTEM);
        e.setCreatedDate(now());
        return e;
    }

    /** Writes a ledger line and tells the handlers (the dashboard's figures follow every line). */
    protected CxLoyaltyEntry insert(CxLoyaltyEntry entry) {
        CxLoyaltyEntry written = dao.insertEntry(entry);
        extensionManager.getProxy().entryWritten(written);
        return written;
    }

    protected CxLoyaltyEntry find(List<CxLoyaltyEntry> lines, CxLoyaltyEntryKind kind) {
        for (CxLoyaltyEntry e : lines) {
            if (kind.getType().equals(e.getKind())) {
                return e;
            }
        }
        return null;
    }

    protected void checkRequestKey(String requestKey) throws CxLoyaltyException {
        if (requestKey == null || !requestKey.matches("[A-Za-z0-9_-]{8,64}")) {
            throw new CxLoyaltyException(Code.INVALID, "the request key is missing or malformed");
        }
    }

    protected CxNotificationRequest emailTo(CxNotificationKind kind, Customer c, String dedupeKey) {
        return new CxNotificationRequest(kind, dedupeKey.length() > 190 ? dedupeKey.substring(0, 190) : dedupeKey)
                .customer(c.getId()).recipient(c.getEmailAddress())
                .locale(c.getCustomerLocale() == null ? null : c.getCustomerLocale().getLocaleCode())
                .detail("firstName", c.getFirstName());
    }

    protected TransactionTemplate tx() {
        return new TransactionTemplate(transactionManager);
    }

    /** A piece of ledger work; runs in a transaction after the key was found unused. */
    protected interface LedgerWork {
        CxLoyaltyEntry run();
    }

    /** Carries a refusal out of a transaction callback (which rolls the transaction back). */
    protected static class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final CxLoyaltyException cause;

        Refused(CxLoyaltyException cause) {
            super(cause.getMessage(), null, false, false);
            this.cause = cause;
        }
    }

    protected CxLoyaltyEntry writeOnceChecked(String key, LedgerWork work) throws CxLoyaltyException {
        try {
            return writeOnce(key, work);
        } catch (Refused r) {
            throw r.cause;
        }
    }

    /**
     * Writes a ledger line unless its key is taken: the existing line is returned then. A race lost on the unique
     * key rolls the whole change back (balance included) and returns the winner's line, when this method owns the
     * transaction; inside a caller's transaction the failure goes to the caller, whose retry finds the line.
     */
    protected CxLoyaltyEntry writeOnce(final String key, final LedgerWork work) {
        boolean joined = TransactionSynchronizationManager.isActualTransactionActive();
        try {
            return tx().execute(s -> {
                CxLoyaltyEntry existing = dao.readEntryByKey(key);
                return existing != null ? existing : work.run();
            });
        } catch (PersistenceException | DataIntegrityViolationException e) {
            if (joined) {
                throw e;
            }
            CxLoyaltyEntry winner = tx().execute(s -> dao.readEntryByKey(key));
            if (winner == null) {
                throw e;
            }
            return winner;
        }
    }

    protected static Date addDays(Date d, int days) {
        Calendar c = Calendar.getInstance();
        c.setTime(d);
        c.add(Calendar.DAY_OF_MONTH, days);
        return c.getTime();
    }

    protected static Date addMonths(Date d, int months) {
        Calendar c = Calendar.getInstance();
        c.setTime(d);
        c.add(Calendar.MONTH, months);
        return c.getTime();
    }

    protected static String iso(Date d) {
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd");
        f.setTimeZone(TimeZone.getDefault());
        return f.format(d);
    }
}
