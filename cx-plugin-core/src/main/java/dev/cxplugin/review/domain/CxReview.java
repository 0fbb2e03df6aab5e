package dev.cxplugin.review.domain;

import java.io.Serializable;
import java.util.Date;

/** One customer's review of one product (at most one per customer and product). Texts are plain text. */
public interface CxReview extends Serializable {

    Long getId();
    void setId(Long id);
    Long getCustomerId();
    void setCustomerId(Long customerId);
    Long getProductId();
    void setProductId(Long productId);
    /** The order the review was invited for (signed link), or null when written on the site. */
    Long getOrderId();
    void setOrderId(Long orderId);
    int getRating();
    void setRating(int rating);
    String getTitle();
    void setTitle(String title);
    String getBody();
    void setBody(String body);
    /** PENDING, APPROVED or REJECTED ({@link dev.cxplugin.review.type.CxReviewStatus}). */
    String getStatus();
    void setStatus(String status);
    /** Why the merchant rejected it; kept (also after an edit) so no review is suppressed silently. */
    String getRejectReason();
    void setRejectReason(String rejectReason);
    /** What shoppers see as the author: first name and initial, never an email address. */
    String getDisplayName();
    void setDisplayName(String displayName);
    boolean isVerifiedBuyer();
    void setVerifiedBuyer(boolean verifiedBuyer);
    boolean isIncentivised();
    void setIncentivised(boolean incentivised);
    String getLocale();
    void setLocale(String locale);
    int getHelpfulCount();
    void setHelpfulCount(int helpfulCount);
    int getNotHelpfulCount();
    void setNotHelpfulCount(int notHelpfulCount);
    /** The merchant's public reply, or null. */
    String getReply();
    void setReply(String reply);
    Date getReplyDate();
    void setReplyDate(Date replyDate);
    String getModeratedBy();
    void setModeratedBy(String moderatedBy);
    Date getModeratedDate();
    void setModeratedDate(Date moderatedDate);
    Date getCreatedDate();
    void setCreatedDate(Date createdDate);
    Date getUpdatedDate();
    void setUpdatedDate(Date updatedDate);
}
