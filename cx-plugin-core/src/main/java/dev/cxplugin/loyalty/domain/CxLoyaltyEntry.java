package dev.cxplugin.loyalty.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;

/**
 * One line of the append-only points ledger. It is written once and never changed: a correction is a new line.
 * Each line moves points in the PENDING and/or AVAILABLE bucket; an account's balances are the sums of its lines.
 * {@link #getEntryKey()} is unique: the same business event (an order's earning, a redemption request, a return)
 * can be written only once.
 */
public interface CxLoyaltyEntry extends Serializable {

    Long getId();

    String getEntryKey();

    void setEntryKey(String entryKey);

    Long getCustomerId();

    void setCustomerId(Long customerId);

    String getKind();

    void setKind(String kind);

    long getPendingDelta();

    void setPendingDelta(long pendingDelta);

    long getAvailableDelta();

    void setAvailableDelta(long availableDelta);

    /** The order concerned (EARN, RELEASE, REVERSE), or null. */
    Long getOrderId();

    void setOrderId(Long orderId);

    /** Spend counted for tiers: the order's merchandise after discounts (EARN), minus what came back (REVERSE). */
    BigDecimal getSpendAmount();

    void setSpendAmount(BigDecimal spendAmount);

    /** The reward's offer code (REDEEM, REFUND). */
    String getOfferCode();

    void setOfferCode(String offerCode);

    String getReason();

    void setReason(String reason);

    /** Who: the admin user of an ADJUST, "system" for jobs. */
    String getActor();

    void setActor(String actor);

    Date getCreatedDate();

    void setCreatedDate(Date createdDate);

    /**
     * What the shopper's history calls this line, as a message key suffix: the kind, or {@code BONUS.<source>} for
     * a bonus of a known source (see CxLoyaltyBonus). Derived from the kind and the key, not stored.
     */
    String getLabel();
}
