package dev.cxplugin.common.link;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a signed link says: what it is for, for whom, about what, until when. */
public class CxLinkClaims {

    protected String purpose;
    protected Long customerId;
    protected Long orderId;
    protected Long productId;
    protected Date expiresAt;
    /** Further short values a purpose needs (e.g. a survey score); keys and values without '|' or '='. */
    protected final Map<String, String> extra = new LinkedHashMap<String, String>();

    public CxLinkClaims() {
    }

    public CxLinkClaims(String purpose, Long customerId, Date expiresAt) {
        this.purpose = purpose;
        this.customerId = customerId;
        this.expiresAt = expiresAt;
    }

    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public Long getCustomerId() { return customerId; }
    public void setCustomerId(Long customerId) { this.customerId = customerId; }
    public Long getOrderId() { return orderId; }
    public void setOrderId(Long orderId) { this.orderId = orderId; }
    public Long getProductId() { return productId; }
    public void setProductId(Long productId) { this.productId = productId; }
    public Date getExpiresAt() { return expiresAt; }
    public void setExpiresAt(Date expiresAt) { this.expiresAt = expiresAt; }
    public Map<String, String> getExtra() { return extra; }
}
