package dev.cxplugin.review.domain;

import java.io.Serializable;

/** A product's approved reviews in numbers: count, sum of stars and how many gave each star (1-5). */
public interface CxRatingSummary extends Serializable {
    Long getProductId();
    void setProductId(Long productId);
    int getApprovedCount();
    void setApprovedCount(int approvedCount);
    long getRatingSum();
    void setRatingSum(long ratingSum);
    /** How many approved reviews gave {@code stars} (1-5). */
    int getStarCount(int stars);
    void setStarCount(int stars, int count);
    /**
     * Goes up with every change the product page's review widgets show (a review approved or withdrawn, a reply,
     * a vote, the incentivised flag), in the transaction of that change: a page cache on any store node compares
     * it to decide whether what it holds is still current.
     */
    long getVersion();
    void setVersion(long version);
    /** Average of the approved ratings, 0 when there are none. */
    double getAverage();
}
