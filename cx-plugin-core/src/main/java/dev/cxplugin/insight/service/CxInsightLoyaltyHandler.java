package dev.cxplugin.insight.service;

import dev.cxplugin.loyalty.domain.CxLoyaltyAccount;
import dev.cxplugin.loyalty.domain.CxLoyaltyEntry;
import dev.cxplugin.loyalty.service.CxLoyaltyExtensionHandler;
import dev.cxplugin.loyalty.service.CxLoyaltyExtensionManager;
import org.broadleafcommerce.common.extension.AbstractExtensionHandler;
import org.broadleafcommerce.common.extension.ExtensionResultStatusType;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/** Marks the loyalty figures of the day a ledger line was written, in the line's transaction. */
public class CxInsightLoyaltyHandler extends AbstractExtensionHandler implements CxLoyaltyExtensionHandler {

    @Resource(name = "cxLoyaltyExtensionManager")
    protected CxLoyaltyExtensionManager extensionManager;

    @Resource(name = "cxInsightRollups")
    protected CxInsightRollups rollups;

    @PostConstruct
    public void register() {
        extensionManager.registerHandler(this);
    }

    @Override
    public ExtensionResultStatusType entryWritten(CxLoyaltyEntry entry) {
        rollups.markDirty(CxLoyaltyRollupSource.NAME, entry.getCreatedDate() == null ? new java.util.Date() : entry.getCreatedDate());
        return ExtensionResultStatusType.HANDLED_CONTINUE;
    }

    @Override
    public ExtensionResultStatusType pointsEarned(CxLoyaltyEntry entry) {
        return ExtensionResultStatusType.NOT_HANDLED;
    }

    @Override
    public ExtensionResultStatusType pointsRedeemed(CxLoyaltyEntry entry) {
        return ExtensionResultStatusType.NOT_HANDLED;
    }

    @Override
    public ExtensionResultStatusType tierChanged(CxLoyaltyAccount account, String previousTier, String newTier) {
        return ExtensionResultStatusType.NOT_HANDLED;
    }
}
