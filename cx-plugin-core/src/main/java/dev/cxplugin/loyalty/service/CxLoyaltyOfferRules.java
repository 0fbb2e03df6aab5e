package dev.cxplugin.loyalty.service;

import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferRule;
import org.broadleafcommerce.core.offer.service.type.OfferRuleType;

/**
 * Loyal-only offers: Broadleaf customer rules (MVEL) over the attributes loyalty keeps in sync on each customer
 * ({@code cxLoyaltyTierRank}: 1 for the first tier, rising; {@code cxLoyaltyOrders}: submitted orders). A merchant
 * pastes the rule into an offer's customer rule in the admin, or calls {@link #restrict} from code.
 */
public final class CxLoyaltyOfferRules {

    private CxLoyaltyOfferRules() {
    }

    /** Customers of this tier rank or higher (see the programme's tier list: 1, 2, 3...). */
    public static String minTierRank(int rank) {
        return attributeAtLeast(CxLoyaltyServiceImpl.ATTR_TIER_RANK, rank);
    }

    /** Customers with at least this many earlier (submitted) orders. */
    public static String minOrders(int orders) {
        return attributeAtLeast(CxLoyaltyServiceImpl.ATTR_ORDERS, orders);
    }

    protected static String attributeAtLeast(String name, int min) {
        String a = "customer.customerAttributes[\"" + name + "\"]";
        return a + " != null && Integer.parseInt(" + a + ".value) >= " + min;
    }

    /** Puts the rule in the offer's customer rule (replacing one there). */
    public static Offer restrict(Offer offer, String rule, EntityConfiguration entityConfiguration) {
        OfferRule r = offer.getOfferMatchRules().get(OfferRuleType.CUSTOMER.getType());
        if (r == null) {
            r = (OfferRule) entityConfiguration.createEntityInstance(OfferRule.class.getName());
            offer.getOfferMatchRules().put(OfferRuleType.CUSTOMER.getType(), r);
        }
        r.setMatchRule(rule);
        return offer;
    }
}
