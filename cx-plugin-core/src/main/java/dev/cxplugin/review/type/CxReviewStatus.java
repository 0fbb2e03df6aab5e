package dev.cxplugin.review.type;

/** Where a review stands in moderation. Only APPROVED reviews are shown and counted in the rating summary. */
public final class CxReviewStatus {

    public static final String PENDING = "PENDING";
    public static final String APPROVED = "APPROVED";
    public static final String REJECTED = "REJECTED";

    private CxReviewStatus() {
    }

    public static boolean isKnown(String status) {
        return PENDING.equals(status) || APPROVED.equals(status) || REJECTED.equals(status);
    }
}
