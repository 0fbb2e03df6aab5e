package dev.cxplugin.notify.service;

import org.broadleafcommerce.common.extension.ExtensionManager;

/** Bean {@code cxFulfilmentExtensionManager}: register a {@link CxFulfilmentExtensionHandler} with it. */
public class CxFulfilmentExtensionManager extends ExtensionManager<CxFulfilmentExtensionHandler> {

    public CxFulfilmentExtensionManager() {
        super(CxFulfilmentExtensionHandler.class);
    }

    @Override
    public boolean continueOnHandled() {
        return true;
    }
}
