package dev.cxplugin.loyalty.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.math.BigDecimal;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.UniqueConstraint;

@Entity
@Table(name = "CX_LOYALTY_ACCOUNT", uniqueConstraints = @UniqueConstraint(name = "CX_LOYALTY_ACCOUNT_CUST", columnNames = {"CUSTOMER_ID"}))
@AdminPresentationClass(friendlyName = "Loyalty member")
public class CxLoyaltyAccountImpl implements CxLoyaltyAccount {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CxLoyaltyAccountId")
    @GenericGenerator(name = "CxLoyaltyAccountId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "CxLoyaltyAccountImpl"),
                    @Parameter(name = "entity_name", value = "dev.cxplugin.loyalty.domain.CxLoyaltyAccountImpl")})
    @Column(name = "LOYALTY_ACCOUNT_ID")
    @AdminPresentation(friendlyName = "ID", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "CUSTOMER_ID", nullable = false, updatable = false)
    @AdminPresentation(friendlyName = "Customer ID", prominent = true, gridOrder = 1, readOnly = true)
    protected Long customerId;

    /** Written by the DAO's conditional update only (never by an entity save). */
    @Column(name = "AVAILABLE_POINTS", nullable = false, updatable = false)
    @AdminPresentation(friendlyName = "Available", prominent = true, gridOrder = 2, readOnly = true)
    protected long available;

    @Column(name = "PENDING_POINTS", nullable = false, updatable = false)
    @AdminPresentation(friendlyName = "Pending", prominent = true, gridOrder = 3, readOnly = true)
    protected long pending;

    @Column(name = "TIER", length = 40)
    @AdminPresentation(friendlyName = "Tier", prominent = true, gridOrder = 4, readOnly = true)
    protected String tier;

    @Column(name = "TRAILING_SPEND", precision = 19, scale = 5)
    @AdminPresentation(friendlyName = "Spend, 12 months", readOnly = true)
    protected BigDecimal trailingSpend;

    @Column(name = "LAST_PURCHASE_DATE")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "Last purchase", readOnly = true)
    protected Date lastPurchaseDate;

    @Column(name = "TIER_EVALUATED_DATE")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date tierEvaluatedDate;

    @Column(name = "CREATED_DATE", nullable = false, updatable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date createdDate;

    @Override public Long getId() { return id; }
    @Override public Long getCustomerId() { return customerId; }
    @Override public void setCustomerId(Long customerId) { this.customerId = customerId; }
    @Override public long getAvailable() { return available; }
    @Override public long getPending() { return pending; }
    @Override public String getTier() { return tier; }
    @Override public void setTier(String tier) { this.tier = tier; }
    @Override public BigDecimal getTrailingSpend() { return trailingSpend; }
    @Override public void setTrailingSpend(BigDecimal trailingSpend) { this.trailingSpend = trailingSpend; }
    @Override public Date getLastPurchaseDate() { return lastPurchaseDate; }
    @Override public void setLastPurchaseDate(Date lastPurchaseDate) { this.lastPurchaseDate = lastPurchaseDate; }
    @Override public Date getTierEvaluatedDate() { return tierEvaluatedDate; }
    @Override public void setTierEvaluatedDate(Date tierEvaluatedDate) { this.tierEvaluatedDate = tierEvaluatedDate; }
    @Override public Date getCreatedDate() { return createdDate; }
    @Override public void setCreatedDate(Date createdDate) { this.createdDate = createdDate; }
}
