package dev.cxplugin.loyalty.service;

import dev.cxplugin.common.event.CxBirthdayEvent;
import dev.cxplugin.common.event.CxComplaintCompensatedEvent;
import dev.cxplugin.common.event.CxEvent;
import dev.cxplugin.common.event.CxOrderFulfilmentEvent;
import dev.cxplugin.common.event.CxReviewEvent;
import dev.cxplugin.loyalty.type.CxLoyaltyBonus;
import dev.cxplugin.notify.type.CxFulfilmentEventType;
import org.springframework.context.ApplicationListener;

import javax.annotation.Resource;

/**
 * Loyalty's reactions, inside the transaction that recorded the cause: a fulfilment event makes sure the order
 * has earned (a delivery then starts its return window); a cancellation or a received return takes points back;
 * an approved review, a birthday greeting and a compensated complaint each earn a bonus once (see
 * {@link CxLoyaltyBonus} for the keys).
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
        } else if (event instanceof CxBirthdayEvent) {
            onBirthday((CxBirthdayEvent) event);
        } else if (event instanceof CxComplaintCompensatedEvent) {
            onComplaintCompensated((CxComplaintCompensatedEvent) event);
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
        if (!CxReviewEvent.APPROVED.equals(event.getWhat()) || event.getReviewId() == null) {
            return;
        }
        grant(event.getCustomerId(), settings.current().getReviewBonusPoints(), "Review approved",
                CxLoyaltyBonus.REVIEW.key(event.getReviewId()));
    }

    protected void onBirthday(CxBirthdayEvent event) {
        grant(event.getCustomerId(), settings.current().getBirthdayBonusPoints(), "Happy birthday " + event.getYear(),
                CxLoyaltyBonus.BIRTHDAY.key(event.getCustomerId() + ":" + event.getYear()));
    }

    protected void onComplaintCompensated(CxComplaintCompensatedEvent event) {
        if (event.getComplaintId() == null) {
            return;
        }
        grant(event.getCustomerId(), settings.current().getComplaintBonusPoints(), "Apology for complaint "
                + event.getComplaintId(), CxLoyaltyBonus.COMPLAINT.key(event.getComplaintId()));
    }

    /** A bonus of {@code points} (0: switched off), once per key. */
    protected void grant(Long customerId, long points, String reason, String key) {
        if (customerId == null || points <= 0) {
            return;
        }
        try {
            loyaltyService.bonus(customerId, points, reason, key);
        } catch (CxLoyaltyException e) {
            throw new IllegalStateException(e);
        }
    }
}
