package dev.cxplugin.notify.service;

import dev.cxplugin.notify.domain.CxFulfilmentEvent;
import dev.cxplugin.notify.domain.CxOrderFulfilment;
import org.broadleafcommerce.common.extension.ExtensionHandler;
import org.broadleafcommerce.common.extension.ExtensionResultStatusType;
import org.broadleafcommerce.core.order.domain.Order;

/**
 * Lets other modules react to an order's fulfilment events (loyalty reverses points on a return, a
 * complaints desk opens a ticket on a delay), inside the transaction that records the event.
 */
public interface CxFulfilmentExtensionHandler extends ExtensionHandler {

    ExtensionResultStatusType eventRecorded(CxFulfilmentEvent event, CxOrderFulfilment state, Order order);
}
