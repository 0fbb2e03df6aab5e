package dev.cxplugin.common.offer;

import java.math.BigDecimal;
import java.util.Date;

/**
 * Makes the single-use Broadleaf offer codes the plugin gives customers (a delay's compensation, a
 * birthday offer, a complaint's apology, a loyalty reward): an order-level Broadleaf offer that only that
 * customer can use, once, until it expires. Redeemed at checkout by Broadleaf itself.
 */
public interface CxOfferCodeService {

    /**
     * Creates the offer and its code in the caller's transaction and returns the code.
     *
     * @param percent true for percent off the order, false for an amount off (in the store's currency)
     * @param purpose a short label shown in Broadleaf's offer screen, e.g. "Delay apology, order 1042"
     */
    String createSingleUseCode(Long customerId, boolean percent, BigDecimal value, Date expires, String purpose,
            String codePrefix);
}
