package dev.cxplugin.insight.service;

import dev.cxplugin.common.event.CxEvent;
import dev.cxplugin.common.event.CxOrderFulfilmentEvent;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.springframework.context.ApplicationListener;

import javax.annotation.Resource;

/**
 * Marks the days whose figures an event changed, in the event's transaction. A cancellation changes the
 * revenue of the day its order was placed, which may be long before the settling days.
 */
public class CxInsightListener implements ApplicationListener<CxEvent> {

    @Resource(name = "cxInsightRollups")
    protected CxInsightRollups rollups;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Override
    public void onApplicationEvent(CxEvent event) {
        if (event instanceof CxOrderFulfilmentEvent) {
            onFulfilment((CxOrderFulfilmentEvent) event);
        }
    }

    protected void onFulfilment(CxOrderFulfilmentEvent event) {
        if (!"CANCELLED".equals(event.getEventType()) || event.getOrderId() == null) {
            return;
        }
        Order order = orderService.findOrderById(event.getOrderId());
        if (order != null && order.getSubmitDate() != null) {
            rollups.markDirty(CxOrderRollupSource.NAME, order.getSubmitDate());
        }
    }
}
