package dev.cxplugin.insight.service;

import dev.cxplugin.common.event.CxEvent;
import dev.cxplugin.common.event.CxOrderFulfilmentEvent;
import dev.cxplugin.common.event.CxSurveyAnsweredEvent;
import dev.cxplugin.survey.domain.CxSurveyResponseImpl;
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

    @javax.persistence.PersistenceContext(unitName = "blPU")
    protected javax.persistence.EntityManager em;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Override
    public void onApplicationEvent(CxEvent event) {
        if (event instanceof CxOrderFulfilmentEvent) {
            onFulfilment((CxOrderFulfilmentEvent) event);
        } else if (event instanceof CxSurveyAnsweredEvent) {
            onSurveyAnswer((CxSurveyAnsweredEvent) event);
        }
    }

    /** An answer counts on the day it was first given; a changed score re-marks that day. */
    protected void onSurveyAnswer(CxSurveyAnsweredEvent event) {
        java.util.Date created = event.getResponseId() == null ? null
                : em.createQuery("SELECT r.createdDate FROM " + CxSurveyResponseImpl.class.getName() + " r WHERE r.id = :id",
                        java.util.Date.class).setParameter("id", event.getResponseId()).getResultList().stream().findFirst().orElse(null);
        rollups.markDirty(CxSurveyRollupSource.NAME, created != null ? created : new java.util.Date());
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
