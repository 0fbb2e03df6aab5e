package dev.cxplugin.loyalty.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;

/**
 * A customer's points account. The balances are running sums of the ledger, changed only by a conditional update
 * on this row in the same transaction as the ledger line (the row lock serialises concurrent changes, also across
 * store nodes, and the condition keeps both balances from going negative). Saving the entity never writes them.
 */
public interface CxLoyaltyAccount extends Serializable {

    Long getId();

    Long getCustomerId();

    void setCustomerId(Long customerId);

    long getAvailable();

    long getPending();

    String getTier();

    void setTier(String tier);

    /** Spend in the trailing 12 months at the last evaluation. */
    BigDecimal getTrailingSpend();

    void setTrailingSpend(BigDecimal trailingSpend);

    Date getLastPurchaseDate();

    void setLastPurchaseDate(Date lastPurchaseDate);

    Date getTierEvaluatedDate();

    void setTierEvaluatedDate(Date tierEvaluatedDate);

    Date getCreatedDate();

    void setCreatedDate(Date createdDate);
}
