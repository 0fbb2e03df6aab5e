package dev.cxplugin.loyalty.service;

import dev.cxplugin.loyalty.domain.CxLoyaltyEntry;

import java.math.BigDecimal;
import java.util.List;

/** What "My rewards" shows: balances, tier and the way to the next one, recent history. */
public class CxLoyaltySummary {

    protected final long available;
    protected final long pending;
    protected final CxLoyaltyTier tier;
    protected final CxLoyaltyTier nextTier;
    protected final BigDecimal trailingSpend;
    protected final BigDecimal availableValue;
    protected final List<CxLoyaltyEntry> history;
    protected final long historyCount;

    public CxLoyaltySummary(long available, long pending, CxLoyaltyTier tier, CxLoyaltyTier nextTier,
            BigDecimal trailingSpend, BigDecimal availableValue, List<CxLoyaltyEntry> history, long historyCount) {
        this.available = available;
        this.pending = pending;
        this.tier = tier;
        this.nextTier = nextTier;
        this.trailingSpend = trailingSpend;
        this.availableValue = availableValue;
        this.history = history;
        this.historyCount = historyCount;
    }

    public long getAvailable() { return available; }
    public long getPending() { return pending; }
    public CxLoyaltyTier getTier() { return tier; }
    public CxLoyaltyTier getNextTier() { return nextTier; }
    public BigDecimal getTrailingSpend() { return trailingSpend; }
    public BigDecimal getAvailableValue() { return availableValue; }
    public List<CxLoyaltyEntry> getHistory() { return history; }
    public long getHistoryCount() { return historyCount; }

    /** Still to spend for the next tier (0 at the top). */
    public BigDecimal getSpendToNextTier() {
        if (nextTier == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal left = nextTier.getThreshold().subtract(trailingSpend);
        return left.signum() < 0 ? BigDecimal.ZERO : left;
    }

    /** 0..100: how far from this tier's threshold to the next one. */
    public int getProgressPercent() {
        if (nextTier == null) {
            return 100;
        }
        BigDecimal span = nextTier.getThreshold().subtract(tier.getThreshold());
        BigDecimal done = trailingSpend.subtract(tier.getThreshold());
        if (span.signum() <= 0 || done.signum() <= 0) {
            return 0;
        }
        return Math.min(100, done.multiply(new BigDecimal(100)).divide(span, 0, java.math.RoundingMode.DOWN).intValue());
    }
}
