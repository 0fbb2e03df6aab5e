package dev.cxplugin.loyalty.service;

import org.broadleafcommerce.common.extension.ExtensionManager;

/** Bean {@code cxLoyaltyExtensionManager}: register a {@link CxLoyaltyExtensionHandler} with it. */
public class CxLoyaltyExtensionManager extends ExtensionManager<CxLoyaltyExtensionHandler> {

    public CxLoyaltyExtensionManager() {
        super(CxLoyaltyExtensionHandler.class);
    }

    @Override
    public boolean continueOnHandled() {
        return true;
    }
}
