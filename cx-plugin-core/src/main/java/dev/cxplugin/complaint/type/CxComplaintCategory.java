package dev.cxplugin.complaint.type;

/**
 * What the complaint is about. The first six are offered to shoppers; the last three are raised automatically
 * from other capabilities' events.
 */
public enum CxComplaintCategory {
    LATE_DELIVERY(true), DAMAGED_ITEM(true), WRONG_ITEM(true), MISSING_ITEM(true), REFUND(true), OTHER(true),
    NPS_DETRACTOR(false), LOW_RATING_REVIEW(false), DELIVERY_DELAY(false);

    private final boolean shopperChoice;

    CxComplaintCategory(boolean shopperChoice) {
        this.shopperChoice = shopperChoice;
    }

    public boolean isShopperChoice() {
        return shopperChoice;
    }

    public static CxComplaintCategory parse(String s) {
        if (s == null) {
            return null;
        }
        try {
            return valueOf(s.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
