package dev.cxplugin.common.event;

/**
 * A product review was submitted (new or edited), approved or rejected. Complaints open a ticket for a low
 * rating on SUBMITTED; loyalty grants its bonus on APPROVED.
 */
public class CxReviewEvent extends CxEvent {

    private static final long serialVersionUID = 1L;

    public static final String SUBMITTED = "SUBMITTED";
    public static final String APPROVED = "APPROVED";
    public static final String REJECTED = "REJECTED";

    private final String what;
    private final Long reviewId;
    private final Long productId;
    private final int rating;
    private final boolean verifiedBuyer;

    public CxReviewEvent(Object source, String what, Long customerId, Long orderId, Long reviewId, Long productId,
            int rating, boolean verifiedBuyer) {
        super(source, customerId, orderId);
        this.what = what;
        this.reviewId = reviewId;
        this.productId = productId;
        this.rating = rating;
        this.verifiedBuyer = verifiedBuyer;
    }

    /** SUBMITTED, APPROVED or REJECTED. */
    public String getWhat() {
        return what;
    }

    public Long getReviewId() {
        return reviewId;
    }

    public Long getProductId() {
        return productId;
    }

    /** 1 to 5 stars. */
    public int getRating() {
        return rating;
    }

    public boolean isVerifiedBuyer() {
        return verifiedBuyer;
    }
}
