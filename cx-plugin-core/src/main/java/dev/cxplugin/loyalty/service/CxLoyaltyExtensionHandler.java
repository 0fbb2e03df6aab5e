package dev.cxplugin.loyalty.service;

import dev.cxplugin.loyalty.domain.CxLoyaltyAccount;
import dev.cxplugin.loyalty.domain.CxLoyaltyEntry;
import org.broadleafcommerce.common.extension.ExtensionHandler;
import org.broadleafcommerce.common.extension.ExtensionResultStatusType;

/**
 * Lets other modules react to the programme, inside the transaction of the ledger line: points earned (an EARN
 * or BONUS line), points redeemed (a REDEEM line, with its offer code), a tier changed (promotion or demotion).
 */
public interface CxLoyaltyExtensionHandler extends ExtensionHandler {

    ExtensionResultStatusType pointsEarned(CxLoyaltyEntry entry);

    ExtensionResultStatusType pointsRedeemed(CxLoyaltyEntry entry);

    ExtensionResultStatusType tierChanged(CxLoyaltyAccount account, String previousTier, String newTier);

    /**
     * Any ledger line was written (every kind, after {@link #pointsEarned} or {@link #pointsRedeemed} where those
     * apply): what the dashboard's figures follow. A default, so existing handlers need not implement it.
     */
    default ExtensionResultStatusType entryWritten(CxLoyaltyEntry entry) {
        return ExtensionResultStatusType.NOT_HANDLED;
    }
}
