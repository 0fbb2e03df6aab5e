package dev.cxplugin.insight.service;

import dev.cxplugin.common.event.CxComplaintChangedEvent;
import dev.cxplugin.common.event.CxEvent;
import dev.cxplugin.common.event.CxOrderFulfilmentEvent;
import dev.cxplugin.common.event.CxReviewEvent;
import dev.cxplugin.common.event.CxSurveyAnsweredEvent;
import dev.cxplugin.notify.domain.CxFulfilmentEventImpl;
import dev.cxplugin.review.domain.CxReviewImpl;
import dev.cxplugin.survey.domain.CxSurveyResponseImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.springframework.context.ApplicationListener;

import java.util.Date;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * Marks the days whose figures an event changed, in the event's transaction: an answer or a review counts on the
 * day it was first given (a changed score or a moderation changes that day), a delivery on the day it happened,
 * a complaint changes the day it was created and today,
 * and a cancellation changes the revenue of the day its order was placed, which may be long before the settling days.
 */
public class CxInsightListener implements ApplicationListener<CxEvent> {

    @Resource(name = "cxInsightRollups")
    protected CxInsightRollups rollups;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public void onApplicationEvent(CxEvent event) {
        if (event instanceof CxOrderFulfilmentEvent) {
            onFulfilment((CxOrderFulfilmentEvent) event);
        } else if (event instanceof CxSurveyAnsweredEvent) {
            rollups.markDirty(CxSurveyRollupSource.NAME, dateOf("SELECT r.createdDate FROM " + CxSurveyResponseImpl.class.getName()
                    + " r WHERE r.id = :id", ((CxSurveyAnsweredEvent) event).getResponseId()));
        } else if (event instanceof CxComplaintChangedEvent) {
            onComplaint((CxComplaintChangedEvent) event);
        } else if (event instanceof CxReviewEvent) {
            rollups.markDirty(CxReviewRollupSource.NAME, dateOf("SELECT r.createdDate FROM " + CxReviewImpl.class.getName()
                    + " r WHERE r.id = :id", ((CxReviewEvent) event).getReviewId()));
        }
    }

    /**
     * A ticket's figures count on the day it was created; the resolutions and the backlog snapshot on the day of the
     * change, which is today.
     */
    protected void onComplaint(CxComplaintChangedEvent event) {
        Date today = new Date();
        if (event.getCreatedAt() != null && !CxInsightDays.startOfDay(event.getCreatedAt()).equals(CxInsightDays.startOfDay(today))) {
            rollups.markDirty(CxComplaintRollupSource.NAME, event.getCreatedAt());
        }
        rollups.markDirty(CxComplaintRollupSource.NAME, today);
    }

    protected void onFulfilment(CxOrderFulfilmentEvent event) {
        if ("DELIVERED".equals(event.getEventType())) {
            // the review rate counts deliveries on the day they happened, which a warehouse may report late
            rollups.markDirty(CxReviewRollupSource.NAME, dateOf("SELECT e.occurredAt FROM " + CxFulfilmentEventImpl.class.getName()
                    + " e WHERE e.id = :id", event.getFulfilmentEventId()));
        }
        if ("CANCELLED".equals(event.getEventType()) && event.getOrderId() != null) {
            Order order = orderService.findOrderById(event.getOrderId());
            if (order != null && order.getSubmitDate() != null) {
                rollups.markDirty(CxOrderRollupSource.NAME, order.getSubmitDate());
            }
        }
    }

    /** The date a query finds for an id, or now when there is none. */
    protected Date dateOf(String query, Long id) {
        if (id == null) {
            return new Date();
        }
        List<Date> found = em.createQuery(query, Date.class).setParameter("id", id).setMaxResults(1).getResultList();
        return found.isEmpty() || found.get(0) == null ? new Date() : found.get(0);
    }
}
