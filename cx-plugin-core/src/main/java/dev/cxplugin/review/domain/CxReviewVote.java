package dev.cxplugin.review.domain;

import java.io.Serializable;
import java.util.Date;

/** One customer's helpful / not-helpful vote on one review (at most one per customer and review). */
public interface CxReviewVote extends Serializable {
    Long getId();
    void setId(Long id);
    Long getReviewId();
    void setReviewId(Long reviewId);
    Long getCustomerId();
    void setCustomerId(Long customerId);
    boolean isHelpful();
    void setHelpful(boolean helpful);
    Date getCreatedDate();
    void setCreatedDate(Date createdDate);
}
