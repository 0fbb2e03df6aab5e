package dev.cxplugin.complaint.service;

import dev.cxplugin.common.event.CxEvent;
import dev.cxplugin.common.event.CxOrderFulfilmentEvent;
import dev.cxplugin.common.event.CxReviewEvent;
import dev.cxplugin.common.event.CxSurveyAnsweredEvent;
import dev.cxplugin.complaint.type.CxComplaintCategory;
import dev.cxplugin.complaint.type.CxComplaintPriority;
import org.springframework.context.ApplicationListener;

import javax.annotation.Resource;

/**
 * Opens tickets from other capabilities' events, in the transaction that published them (each kind can be
 * switched off): an NPS detractor who left a comment, a 1-2 star review, an announced delivery delay. Also
 * records the CSAT answer to a resolved ticket's question (topic complaint:&lt;id&gt;).
 */
public class CxComplaintEventListener implements ApplicationListener<CxEvent> {

    @Resource(name = "cxComplaintService")
    protected CxComplaintService complaintService;

    @Resource(name = "cxComplaintSettings")
    protected CxComplaintSettings settings;

    @Override
    public void onApplicationEvent(CxEvent event) {
        if (event instanceof CxSurveyAnsweredEvent) {
            onSurvey((CxSurveyAnsweredEvent) event);
        } else if (event instanceof CxReviewEvent) {
            onReview((CxReviewEvent) event);
        } else if (event instanceof CxOrderFulfilmentEvent) {
            onFulfilment((CxOrderFulfilmentEvent) event);
        }
    }

    protected void onSurvey(CxSurveyAnsweredEvent e) {
        String topic = e.getTopic();
        if ("CSAT".equals(e.getSurvey()) && topic != null && topic.startsWith("complaint:")) {
            try {
                complaintService.recordCsat(Long.valueOf(topic.substring("complaint:".length())), e.getScore());
            } catch (NumberFormatException ignored) {
                // not one of ours
            }
            return;
        }
        if (settings.isTicketFromNpsDetractor() && e.isNpsDetractor() && e.getComment() != null
                && !e.getComment().trim().isEmpty() && e.getResponseId() != null) {
            complaintService.openAutomatic("nps:" + e.getResponseId(), CxComplaintCategory.NPS_DETRACTOR.name(),
                    CxComplaintPriority.HIGH.name(), e.getCustomerId(), e.getOrderId(),
                    "NPS " + e.getScore() + "/10: " + e.getComment().trim());
        }
    }

    protected void onReview(CxReviewEvent e) {
        if (settings.isTicketFromLowReview() && CxReviewEvent.SUBMITTED.equals(e.getWhat()) && e.getRating() <= 2
                && e.getRating() >= 1 && e.getReviewId() != null) {
            complaintService.openAutomatic("review:" + e.getReviewId(), CxComplaintCategory.LOW_RATING_REVIEW.name(),
                    CxComplaintPriority.NORMAL.name(), e.getCustomerId(), e.getOrderId(),
                    e.getRating() + "-star review " + e.getReviewId() + " of product " + e.getProductId()
                            + (e.isVerifiedBuyer() ? " (verified buyer)" : ""));
        }
    }

    protected void onFulfilment(CxOrderFulfilmentEvent e) {
        if (settings.isTicketFromDelay() && e.isDelayAnnounced() && e.getOrderId() != null) {
            // one ticket per delayed order: a second delay finds the first ticket
            complaintService.openAutomatic("delay:order:" + e.getOrderId(), CxComplaintCategory.DELIVERY_DELAY.name(),
                    CxComplaintPriority.NORMAL.name(), e.getCustomerId(), e.getOrderId(),
                    "Delivery delay announced to the customer (fulfilment event " + e.getFulfilmentEventId() + ")");
        }
    }
}
