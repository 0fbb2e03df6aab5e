package dev.cxplugin.loyalty.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The programme's rules at one moment (read from cx.loyalty.* properties, overridden by what the admin saved).
 * Immutable: parse once, use for a whole operation.
 */
public class CxLoyaltyProgramme implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Setting names, as in cx.loyalty.&lt;name&gt; and CX_LOYALTY_SETTING.NAME. */
    public static final String POINTS_PER_UNIT = "pointsPerUnit";
    public static final String POINT_VALUE = "pointValue";
    public static final String MINIMUM_ORDER = "minimumOrder";
    public static final String ROUNDING = "rounding";
    public static final String TIERS = "tiers";
    public static final String EXPIRY_MONTHS = "expiryMonths";
    public static final String EXPIRY_WARNING_DAYS = "expiryWarningDays";
    public static final String RETURN_WINDOW_DAYS = "returnWindowDays";
    public static final String MIN_REDEEM = "minRedeemPoints";
    public static final String MAX_REDEEM = "maxRedeemPoints";
    public static final String REWARD_VALID_DAYS = "rewardValidDays";
    public static final String REVIEW_BONUS = "reviewBonusPoints";
    public static final String SIGNUP_BONUS = "signupBonusPoints";
    public static final String BIRTHDAY_BONUS = "birthdayBonusPoints";
    public static final String COMPLAINT_BONUS = "complaintBonusPoints";
    public static final String EARN_LOOKBACK_DAYS = "earnLookbackDays";

    public static final List<String> NAMES = Collections.unmodifiableList(java.util.Arrays.asList(POINTS_PER_UNIT,
            POINT_VALUE, MINIMUM_ORDER, ROUNDING, TIERS, EXPIRY_MONTHS, EXPIRY_WARNING_DAYS, RETURN_WINDOW_DAYS,
            MIN_REDEEM, MAX_REDEEM, REWARD_VALID_DAYS, REVIEW_BONUS, SIGNUP_BONUS, BIRTHDAY_BONUS, COMPLAINT_BONUS,
            EARN_LOOKBACK_DAYS));

    protected final Map<String, String> values;
    protected final BigDecimal pointsPerUnit;
    protected final BigDecimal pointValue;
    protected final BigDecimal minimumOrder;
    protected final RoundingMode rounding;
    protected final List<CxLoyaltyTier> tiers;
    protected final int expiryMonths;
    protected final int expiryWarningDays;
    protected final int returnWindowDays;
    protected final long minRedeemPoints;
    protected final long maxRedeemPoints;
    protected final int rewardValidDays;
    protected final long reviewBonusPoints;
    protected final long signupBonusPoints;
    protected final long birthdayBonusPoints;
    protected final long complaintBonusPoints;
    protected final int earnLookbackDays;

    /** @throws IllegalArgumentException naming the first value that is out of range */
    public CxLoyaltyProgramme(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<String, String>(values));
        pointsPerUnit = decimal(POINTS_PER_UNIT, BigDecimal.ZERO, new BigDecimal(10000));
        pointValue = decimal(POINT_VALUE, new BigDecimal("0.0001"), new BigDecimal(1000));
        minimumOrder = decimal(MINIMUM_ORDER, BigDecimal.ZERO, new BigDecimal(1000000));
        String r = get(ROUNDING).trim().toUpperCase();
        if (!("DOWN".equals(r) || "HALF_UP".equals(r) || "UP".equals(r))) {
            throw new IllegalArgumentException(ROUNDING + " must be DOWN, HALF_UP or UP");
        }
        rounding = RoundingMode.valueOf(r);
        tiers = parseTiers(get(TIERS));
        expiryMonths = integer(EXPIRY_MONTHS, 1, 120);
        expiryWarningDays = integer(EXPIRY_WARNING_DAYS, 0, 90);
        returnWindowDays = integer(RETURN_WINDOW_DAYS, 0, 365);
        minRedeemPoints = integer(MIN_REDEEM, 1, 1000000);
        maxRedeemPoints = integer(MAX_REDEEM, (int) minRedeemPoints, 100000000);
        rewardValidDays = integer(REWARD_VALID_DAYS, 1, 3650);
        reviewBonusPoints = integer(REVIEW_BONUS, 0, 1000000);
        signupBonusPoints = integer(SIGNUP_BONUS, 0, 1000000);
        birthdayBonusPoints = integer(BIRTHDAY_BONUS, 0, 1000000);
        complaintBonusPoints = integer(COMPLAINT_BONUS, 0, 1000000);
        earnLookbackDays = integer(EARN_LOOKBACK_DAYS, 1, 3650);
    }

    /** "BRONZE:0:1, SILVER:500:1.25, GOLD:1500:1.5": code, trailing-12-month spend threshold, earn multiplier. */
    public static List<CxLoyaltyTier> parseTiers(String spec) {
        List<CxLoyaltyTier> result = new ArrayList<CxLoyaltyTier>();
        if (spec == null || spec.trim().isEmpty()) {
            throw new IllegalArgumentException(TIERS + " needs at least one tier");
        }
        BigDecimal previous = null;
        for (String part : spec.split(",")) {
            String[] f = part.trim().split(":");
            if (f.length != 3 || !f[0].trim().matches("[A-Za-z][A-Za-z0-9_]{0,39}")) {
                throw new IllegalArgumentException(TIERS + ": '" + part.trim() + "' is not CODE:threshold:multiplier");
            }
            BigDecimal threshold;
            BigDecimal multiplier;
            try {
                threshold = new BigDecimal(f[1].trim());
                multiplier = new BigDecimal(f[2].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(TIERS + ": '" + part.trim() + "' has a number that is not a number");
            }
            if (threshold.signum() < 0 || multiplier.signum() < 0 || multiplier.compareTo(new BigDecimal(100)) > 0) {
                throw new IllegalArgumentException(TIERS + ": '" + part.trim() + "' is out of range");
            }
            if (previous == null ? threshold.signum() != 0 : threshold.compareTo(previous) <= 0) {
                throw new IllegalArgumentException(TIERS + ": the first threshold is 0 and each next one is higher");
            }
            previous = threshold;
            result.add(new CxLoyaltyTier(f[0].trim().toUpperCase(), result.size() + 1, threshold, multiplier));
        }
        return Collections.unmodifiableList(result);
    }

    /** The highest tier whose threshold the spend reaches. */
    public CxLoyaltyTier tierFor(BigDecimal spend) {
        CxLoyaltyTier best = tiers.get(0);
        for (CxLoyaltyTier t : tiers) {
            if (spend != null && spend.compareTo(t.getThreshold()) >= 0) {
                best = t;
            }
        }
        return best;
    }

    public CxLoyaltyTier tier(String code) {
        for (CxLoyaltyTier t : tiers) {
            if (t.getCode().equals(code)) {
                return t;
            }
        }
        return tiers.get(0);
    }

    /** The tier after this one, or null at the top. */
    public CxLoyaltyTier nextTier(String code) {
        CxLoyaltyTier current = tier(code);
        return current.getRank() < tiers.size() ? tiers.get(current.getRank()) : null;
    }

    /** Points for a merchandise amount (after discounts) at a tier: amount x rate x multiplier, rounded. */
    public long pointsFor(BigDecimal merchandise, String tierCode) {
        if (merchandise == null || merchandise.signum() <= 0 || merchandise.compareTo(minimumOrder) < 0) {
            return 0;
        }
        return merchandise.multiply(pointsPerUnit).multiply(tier(tierCode).getMultiplier())
                .setScale(0, rounding).longValueExact();
    }

    /** What the points are worth in the store's currency. */
    public BigDecimal valueOf(long points) {
        return pointValue.multiply(BigDecimal.valueOf(points)).setScale(2, RoundingMode.DOWN);
    }

    protected String get(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("missing setting cx.loyalty." + name);
        }
        return v;
    }

    protected BigDecimal decimal(String name, BigDecimal min, BigDecimal max) {
        try {
            BigDecimal v = new BigDecimal(get(name).trim());
            if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
                throw new IllegalArgumentException(name + " must be between " + min.toPlainString() + " and " + max.toPlainString());
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number");
        }
    }

    protected int integer(String name, int min, int max) {
        try {
            int v = Integer.parseInt(get(name).trim());
            if (v < min || v > max) {
                throw new IllegalArgumentException(name + " must be between " + min + " and " + max);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number");
        }
    }

    public Map<String, String> getValues() { return values; }
    public BigDecimal getPointsPerUnit() { return pointsPerUnit; }
    public BigDecimal getPointValue() { return pointValue; }
    public BigDecimal getMinimumOrder() { return minimumOrder; }
    public RoundingMode getRounding() { return rounding; }
    public List<CxLoyaltyTier> getTiers() { return tiers; }
    public int getExpiryMonths() { return expiryMonths; }
    public int getExpiryWarningDays() { return expiryWarningDays; }
    public int getReturnWindowDays() { return returnWindowDays; }
    public long getMinRedeemPoints() { return minRedeemPoints; }
    public long getMaxRedeemPoints() { return maxRedeemPoints; }
    public int getRewardValidDays() { return rewardValidDays; }
    public long getReviewBonusPoints() { return reviewBonusPoints; }
    /** Points for registering (0: none). */
    public long getSignupBonusPoints() { return signupBonusPoints; }
    /** Points on the customer's birthday, once a year (0: none). */
    public long getBirthdayBonusPoints() { return birthdayBonusPoints; }
    /** Points when the complaints desk compensates a ticket, once per ticket (0: none). */
    public long getComplaintBonusPoints() { return complaintBonusPoints; }
    public int getEarnLookbackDays() { return earnLookbackDays; }
}
