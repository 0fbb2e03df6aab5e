package dev.cxplugin.review.domain;

import java.io.Serializable;
import java.util.Date;

/** A review written or edited, by whom and from where: what the hourly limits count. */
public interface CxReviewAttempt extends Serializable {
    Long getId();
    Long getCustomerId();
    void setCustomerId(Long customerId);
    /** SHA-256 of the client address (the address itself is not kept). */
    String getIpHash();
    void setIpHash(String ipHash);
    Date getCreatedDate();
    void setCreatedDate(Date createdDate);
}
