package dev.cxplugin.loyalty.type;

import java.io.Serializable;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why a BONUS was granted, Broadleaf-style (a merchant adds a source by creating one more instance). The source
 * is part of the ledger key ({@code BONUS:<source>:<cause>}), which makes each bonus once-only, and names the
 * label the shopper reads in the rewards history ({@code rewards.kind.BONUS.<source>}).
 */
public class CxLoyaltyBonus implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, CxLoyaltyBonus> TYPES = new LinkedHashMap<String, CxLoyaltyBonus>();

    /** Registering: once per customer. */
    public static final CxLoyaltyBonus SIGNUP = new CxLoyaltyBonus("signup", "Welcome bonus");
    /** The birthday greeting: once per customer and year. */
    public static final CxLoyaltyBonus BIRTHDAY = new CxLoyaltyBonus("birthday", "Birthday bonus");
    /** An approved review: once per review. */
    public static final CxLoyaltyBonus REVIEW = new CxLoyaltyBonus("review", "Review bonus");
    /** A compensated complaint: once per complaint. */
    public static final CxLoyaltyBonus COMPLAINT = new CxLoyaltyBonus("complaint", "Apology bonus");

    private final String source;
    private final String friendlyType;

    public CxLoyaltyBonus(String source, String friendlyType) {
        if (source == null || !source.matches("[a-z][a-zA-Z0-9]{0,39}")) {
            throw new IllegalArgumentException("a bonus source is a short word: " + source);
        }
        this.source = source;
        this.friendlyType = friendlyType;
        synchronized (TYPES) {
            if (!TYPES.containsKey(source)) {
                TYPES.put(source, this);
            }
        }
    }

    public static CxLoyaltyBonus getInstance(String source) {
        synchronized (TYPES) {
            return TYPES.get(source);
        }
    }

    public static Collection<CxLoyaltyBonus> all() {
        synchronized (TYPES) {
            return Collections.unmodifiableCollection(TYPES.values());
        }
    }

    /** The bonus a ledger key belongs to, or null for a key of another shape or an unknown source. */
    public static CxLoyaltyBonus ofKey(String entryKey) {
        if (entryKey == null || !entryKey.startsWith("BONUS:")) {
            return null;
        }
        int end = entryKey.indexOf(':', "BONUS:".length());
        return end < 0 ? null : getInstance(entryKey.substring("BONUS:".length(), end));
    }

    /** The ledger key of this bonus for one cause (a customer, a customer and year, a review, a complaint). */
    public String key(Object cause) {
        return "BONUS:" + source + ":" + cause;
    }

    public String getSource() {
        return source;
    }

    public String getFriendlyType() {
        return friendlyType;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CxLoyaltyBonus && ((CxLoyaltyBonus) o).source.equals(source);
    }

    @Override
    public int hashCode() {
        return source.hashCode();
    }

    @Override
    public String toString() {
        return source;
    }
}
