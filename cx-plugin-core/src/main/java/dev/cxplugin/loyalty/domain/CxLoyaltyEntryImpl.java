package dev.cxplugin.loyalty.domain;

import dev.cxplugin.loyalty.type.CxLoyaltyBonus;
import dev.cxplugin.loyalty.type.CxLoyaltyEntryKind;
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
@Table(name = "CX_LOYALTY_ENTRY", uniqueConstraints = @UniqueConstraint(name = "CX_LOYALTY_ENTRY_KEY", columnNames = {"ENTRY_KEY"}))
@org.hibernate.annotations.Table(appliesTo = "CX_LOYALTY_ENTRY", indexes = {
        @org.hibernate.annotations.Index(name = "CX_LOYALTY_ENTRY_CUST", columnNames = {"CUSTOMER_ID", "CREATED_DATE"}),
        @org.hibernate.annotations.Index(name = "CX_LOYALTY_ENTRY_ORDER", columnNames = {"ORDER_ID"}),
        // the dashboard's daily figures read the ledger a few days at a time
        @org.hibernate.annotations.Index(name = "CX_LOYALTY_ENTRY_DATE", columnNames = {"CREATED_DATE"})})
@AdminPresentationClass(friendlyName = "Loyalty ledger entry")
public class CxLoyaltyEntryImpl implements CxLoyaltyEntry {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CxLoyaltyEntryId")
    @GenericGenerator(name = "CxLoyaltyEntryId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "CxLoyaltyEntryImpl"),
                    @Parameter(name = "entity_name", value = "dev.cxplugin.loyalty.domain.CxLoyaltyEntryImpl")})
    @Column(name = "LOYALTY_ENTRY_ID")
    @AdminPresentation(friendlyName = "ID", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "ENTRY_KEY", nullable = false, length = 190, updatable = false)
    @AdminPresentation(friendlyName = "Key", readOnly = true)
    protected String entryKey;

    @Column(name = "CUSTOMER_ID", nullable = false, updatable = false)
    @AdminPresentation(friendlyName = "Customer ID", prominent = true, gridOrder = 1, readOnly = true)
    protected Long customerId;

    @Column(name = "KIND", nullable = false, length = 20, updatable = false)
    @AdminPresentation(friendlyName = "Kind", prominent = true, gridOrder = 2, readOnly = true)
    protected String kind;

    @Column(name = "PENDING_DELTA", nullable = false, updatable = false)
    @AdminPresentation(friendlyName = "Pending points", prominent = true, gridOrder = 3, readOnly = true)
    protected long pendingDelta;

    @Column(name = "AVAILABLE_DELTA", nullable = false, updatable = false)
    @AdminPresentation(friendlyName = "Available points", prominent = true, gridOrder = 4, readOnly = true)
    protected long availableDelta;

    @Column(name = "ORDER_ID", updatable = false)
    @AdminPresentation(friendlyName = "Order ID", readOnly = true)
    protected Long orderId;

    @Column(name = "SPEND_AMOUNT", precision = 19, scale = 5, updatable = false)
    @AdminPresentation(friendlyName = "Spend", readOnly = true)
    protected BigDecimal spendAmount;

    @Column(name = "OFFER_CODE", length = 60, updatable = false)
    @AdminPresentation(friendlyName = "Offer code", readOnly = true)
    protected String offerCode;

    @Column(name = "REASON", length = 1000, updatable = false)
    @AdminPresentation(friendlyName = "Reason", readOnly = true)
    protected String reason;

    @Column(name = "ACTOR", length = 100, updatable = false)
    @AdminPresentation(friendlyName = "By", readOnly = true)
    protected String actor;

    @Column(name = "CREATED_DATE", nullable = false, updatable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "Date", prominent = true, gridOrder = 5, readOnly = true)
    protected Date createdDate;

    @Override public Long getId() { return id; }
    @Override public String getEntryKey() { return entryKey; }
    @Override public void setEntryKey(String entryKey) { this.entryKey = entryKey; }
    @Override public Long getCustomerId() { return customerId; }
    @Override public void setCustomerId(Long customerId) { this.customerId = customerId; }
    @Override public String getKind() { return kind; }
    @Override public void setKind(String kind) { this.kind = kind; }
    @Override public long getPendingDelta() { return pendingDelta; }
    @Override public void setPendingDelta(long pendingDelta) { this.pendingDelta = pendingDelta; }
    @Override public long getAvailableDelta() { return availableDelta; }
    @Override public void setAvailableDelta(long availableDelta) { this.availableDelta = availableDelta; }
    @Override public Long getOrderId() { return orderId; }
    @Override public void setOrderId(Long orderId) { this.orderId = orderId; }
    @Override public BigDecimal getSpendAmount() { return spendAmount; }
    @Override public void setSpendAmount(BigDecimal spendAmount) { this.spendAmount = spendAmount; }
    @Override public String getOfferCode() { return offerCode; }
    @Override public void setOfferCode(String offerCode) { this.offerCode = offerCode; }
    @Override public String getReason() { return reason; }
    @Override public void setReason(String reason) { this.reason = reason; }
    @Override public String getActor() { return actor; }
    @Override public void setActor(String actor) { this.actor = actor; }
    @Override public Date getCreatedDate() { return createdDate; }
    @Override public void setCreatedDate(Date createdDate) { this.createdDate = createdDate; }

    @Override
    public String getLabel() {
        CxLoyaltyBonus bonus = CxLoyaltyEntryKind.BONUS.getType().equals(kind) ? CxLoyaltyBonus.ofKey(entryKey) : null;
        return bonus == null ? kind : kind + "." + bonus.getSource();
    }
}
