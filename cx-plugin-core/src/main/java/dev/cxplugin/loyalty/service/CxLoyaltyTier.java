package dev.cxplugin.loyalty.service;

import java.io.Serializable;
import java.math.BigDecimal;

/** A tier: reached by spending at least {@code threshold} in the trailing 12 months; earns points times {@code multiplier}. */
public class CxLoyaltyTier implements Serializable {

    private static final long serialVersionUID = 1L;

    protected final String code;
    protected final int rank;
    protected final BigDecimal threshold;
    protected final BigDecimal multiplier;

    public CxLoyaltyTier(String code, int rank, BigDecimal threshold, BigDecimal multiplier) {
        this.code = code;
        this.rank = rank;
        this.threshold = threshold;
        this.multiplier = multiplier;
    }

    public String getCode() { return code; }
    /** 1 for the lowest tier, rising. */
    public int getRank() { return rank; }
    public BigDecimal getThreshold() { return threshold; }
    public BigDecimal getMultiplier() { return multiplier; }

    @Override
    public String toString() {
        return code + ":" + threshold.stripTrailingZeros().toPlainString() + ":" + multiplier.stripTrailingZeros().toPlainString();
    }
}
