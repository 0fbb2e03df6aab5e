package dev.cxplugin.loyalty.service;

import dev.cxplugin.common.event.CxEvent;
import dev.cxplugin.common.event.CxOrderFulfilmentEvent;
import dev.cxplugin.common.event.CxReviewEvent;
import dev.cxplugin.notify.type.CxFulfilmentEventType;
import org.springframework.context.ApplicationListener;

import javax.annotation.Resource;

/**
 * Loyalty's reactions, inside the transaction that recorded the cause: a fulfilment event makes sure the order
 * has earned (a delivery then starts its return window); a cancellation or a received return takes points back;
 * an approved review earns a bonus once.
 */
public class CxLoyaltyEventListener implements ApplicationListener<CxEvent> {

    @Resource(name = "cxLoyaltyService")
    protected CxLoyaltyService loyaltyService;

    @Resource(name = "cxLoyaltySettingsService")
    protected CxLoyaltySettingsService settings;

    protected boolean enabled = true;

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public void onApplicationEvent(CxEvent event) {
        if (!enabled) {
            return;
        }
        if (event instanceof CxOrderFulfilmentEvent) {
            onFulfilment((CxOrderFulfilmentEvent) event);
        } else if (event instanceof CxReviewEvent) {
            onReview((CxReviewEvent) event);
        }
    }

    protected void onFulfilment(CxOrderFulfilmentEvent event) {
        if (event.getOrderId() == null) {
            return;
        }
        String type = event.getEventType();
        if (!CxFulfilmentEventType.CANCELLED.getType().equals(type)) {
            // the earning job may not have seen the order yet: the ledger must know it before a return
            loyaltyService.earnForOrder(event.getOrderId());
        }
        if (CxFulfilmentEventType.CANCELLED.getType().equals(type) || CxFulfilmentEventType.RETURN_RECEIVED.getType().equals(type)) {
            loyaltyService.reverseForFulfilmentEvent(event.getOrderId(), event.getFulfilmentEventId());
        }
    }

    protected void onReview(CxReviewEvent event) {
        if (!CxReviewEvent.APPROVED.equals(event.getWhat()) || event.getCustomerId() == null || event.getReviewId() == null) {
            return;
        }
        long points = settings.current().getReviewBonusPoints();
        if (points <= 0) {
            return;
        }
        try {
            loyaltyService.bonus(event.getCustomerId(), points, "Review approved", "BONUS:review:" + event.getReviewId());
        } catch (CxLoyaltyException e) {
            throw new IllegalStateException(e);
        }
    }
}
