package dev.cxplugin.loyalty.type;

import java.io.Serializable;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a ledger entry records, Broadleaf-style (an extensible set of named constants). Points move between two
 * buckets: PENDING (earned, the return window still open) and AVAILABLE (spendable).
 */
public class CxLoyaltyEntryKind implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, CxLoyaltyEntryKind> TYPES = new LinkedHashMap<String, CxLoyaltyEntryKind>();

    /** An order's points, pending; exactly one per order. */
    public static final CxLoyaltyEntryKind EARN = new CxLoyaltyEntryKind("EARN", "Earned");
    /** The return window closed: an order's remaining pending points become available. */
    public static final CxLoyaltyEntryKind RELEASE = new CxLoyaltyEntryKind("RELEASE", "Became available");
    /** A cancellation or return takes back (part of) an order's points. */
    public static final CxLoyaltyEntryKind REVERSE = new CxLoyaltyEntryKind("REVERSE", "Reversed");
    /** Points exchanged for a single-use offer code. */
    public static final CxLoyaltyEntryKind REDEEM = new CxLoyaltyEntryKind("REDEEM", "Redeemed");
    /** An unused reward code given back: its points return. */
    public static final CxLoyaltyEntryKind REFUND = new CxLoyaltyEntryKind("REFUND", "Reward returned");
    /** Points lapsed after months without a purchase. */
    public static final CxLoyaltyEntryKind EXPIRE = new CxLoyaltyEntryKind("EXPIRE", "Expired");
    /** A manual correction by an admin, with a reason. */
    public static final CxLoyaltyEntryKind ADJUST = new CxLoyaltyEntryKind("ADJUST", "Adjusted");
    /** A gift: signup, birthday, approved review, complaint compensation. */
    public static final CxLoyaltyEntryKind BONUS = new CxLoyaltyEntryKind("BONUS", "Bonus");

    private final String type;
    private final String friendlyType;

    public CxLoyaltyEntryKind(String type, String friendlyType) {
        this.type = type;
        this.friendlyType = friendlyType;
        synchronized (TYPES) {
            if (!TYPES.containsKey(type)) {
                TYPES.put(type, this);
            }
        }
    }

    public static CxLoyaltyEntryKind getInstance(String type) {
        synchronized (TYPES) {
            return TYPES.get(type);
        }
    }

    public static Collection<CxLoyaltyEntryKind> all() {
        synchronized (TYPES) {
            return Collections.unmodifiableCollection(TYPES.values());
        }
    }

    public String getType() {
        return type;
    }

    public String getFriendlyType() {
        return friendlyType;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CxLoyaltyEntryKind && ((CxLoyaltyEntryKind) o).type.equals(type);
    }

    @Override
    public int hashCode() {
        return type.hashCode();
    }

    @Override
    public String toString() {
        return type;
    }
}
