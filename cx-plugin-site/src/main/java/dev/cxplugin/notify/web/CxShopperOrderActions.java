package dev.cxplugin.notify.web;

import dev.cxplugin.notify.domain.CxOrderFulfilment;
import dev.cxplugin.notify.service.CxFulfilmentEventService;
import dev.cxplugin.notify.service.CxFulfilmentEventServiceImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import javax.annotation.Resource;

/**
 * What a shopper may do with one of their orders from the account page, for a template:
 * {@code ${@cxShopperOrderActions.forOrder(order)}} gives {@code canCancel}, {@code canReturn}, the order's
 * fulfilment {@code state} and a fresh {@code eventId} for the form (a double submit is recorded once).
 */
public class CxShopperOrderActions {

    @Resource(name = "cxFulfilmentEventService")
    protected CxFulfilmentEventService fulfilmentEventService;

    public Map<String, Object> forOrder(Order order) {
        Map<String, Object> actions = new LinkedHashMap<String, Object>();
        CxOrderFulfilment f = order == null ? null : fulfilmentEventService.readFulfilment(order.getId());
        String state = f == null ? CxFulfilmentEventServiceImpl.PLACED : f.getStatus();
        boolean submitted = order != null && OrderStatus.SUBMITTED.equals(order.getStatus());
        actions.put("state", state);
        actions.put("canCancel", submitted && CxFulfilmentEventServiceImpl.PLACED.equals(state));
        actions.put("canReturn", submitted && CxFulfilmentEventServiceImpl.DELIVERED.equals(state));
        actions.put("trackingUrl", f == null ? null : f.getTrackingUrl());
        actions.put("promisedDate", f == null ? null : f.getPromisedDate());
        actions.put("eventId", UUID.randomUUID().toString());
        return actions;
    }
}
