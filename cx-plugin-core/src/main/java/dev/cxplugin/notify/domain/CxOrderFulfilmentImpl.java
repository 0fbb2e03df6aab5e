package dev.cxplugin.notify.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.PopulateToOneFieldsEnum;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.math.BigDecimal;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Inheritance;
import javax.persistence.InheritanceType;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;

@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@Table(name = "CX_ORDER_FULFILMENT", uniqueConstraints = @UniqueConstraint(name = "CX_ORDER_FULFILMENT_ORDER", columnNames = {"ORDER_ID"}))
@AdminPresentationClass(friendlyName = "Order fulfilment", populateToOneFields = PopulateToOneFieldsEnum.TRUE)
public class CxOrderFulfilmentImpl implements CxOrderFulfilment {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CxOrderFulfilmentId")
    @GenericGenerator(name = "CxOrderFulfilmentId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "CxOrderFulfilmentImpl"),
                    @Parameter(name = "entity_name", value = "dev.cxplugin.notify.domain.CxOrderFulfilmentImpl")})
    @Column(name = "ORDER_FULFILMENT_ID")
    @AdminPresentation(friendlyName = "ID", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "ORDER_ID", nullable = false)
    @AdminPresentation(friendlyName = "Order ID", prominent = true, gridOrder = 1, order = 1, readOnly = true)
    protected Long orderId;

    @Column(name = "STATUS", nullable = false, length = 40)
    @AdminPresentation(friendlyName = "Status", prominent = true, gridOrder = 2, order = 2, readOnly = true)
    protected String status;

    @Column(name = "CARRIER", length = 100)
    @AdminPresentation(friendlyName = "Carrier", prominent = true, gridOrder = 3, order = 3, readOnly = true)
    protected String carrier;

    @Column(name = "TRACKING_NUMBER", length = 100)
    @AdminPresentation(friendlyName = "Tracking number", prominent = true, gridOrder = 4, order = 4, readOnly = true)
    protected String trackingNumber;

    @Column(name = "TRACKING_URL", length = 500)
    @AdminPresentation(friendlyName = "Tracking link", order = 5, readOnly = true)
    protected String trackingUrl;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "ORIGINAL_PROMISED_DATE")
    @AdminPresentation(friendlyName = "First promised date", order = 6, readOnly = true)
    protected Date originalPromisedDate;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "PROMISED_DATE")
    @AdminPresentation(friendlyName = "Promised date", prominent = true, gridOrder = 5, order = 7, readOnly = true)
    protected Date promisedDate;

    @Column(name = "DELAY_COUNT", nullable = false)
    @AdminPresentation(friendlyName = "Delays", order = 8, readOnly = true)
    protected Integer delayCount;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "SHIPPED_DATE")
    @AdminPresentation(friendlyName = "Shipped", order = 9, readOnly = true)
    protected Date shippedDate;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "DELIVERED_DATE")
    @AdminPresentation(friendlyName = "Delivered", order = 10, readOnly = true)
    protected Date deliveredDate;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CANCELLED_DATE")
    @AdminPresentation(friendlyName = "Cancelled", order = 11, readOnly = true)
    protected Date cancelledDate;

    @Column(name = "RETURNED_ITEMS", length = 1000)
    @AdminPresentation(friendlyName = "Returned items (order item id=quantity)", order = 12, readOnly = true)
    protected String returnedItems;

    @Column(name = "REFUNDED_AMOUNT", precision = 19, scale = 5)
    @AdminPresentation(friendlyName = "Refunded", order = 13, readOnly = true)
    protected BigDecimal refundedAmount;

    @Version
    @Column(name = "VERSION")
    protected Integer version;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    @Override
    public Long getOrderId() {
        return orderId;
    }

    @Override
    public void setOrderId(Long orderId) {
        this.orderId = orderId;
    }

    @Override
    public String getStatus() {
        return status;
    }

    @Override
    public void setStatus(String status) {
        this.status = status;
    }

    @Override
    public String getCarrier() {
        return carrier;
    }

    @Override
    public void setCarrier(String carrier) {
        this.carrier = carrier;
    }

    @Override
    public String getTrackingNumber() {
        return trackingNumber;
    }

    @Override
    public void setTrackingNumber(String trackingNumber) {
        this.trackingNumber = trackingNumber;
    }

    @Override
    public String getTrackingUrl() {
        return trackingUrl;
    }

    @Override
    public void setTrackingUrl(String trackingUrl) {
        this.trackingUrl = trackingUrl;
    }

    @Override
    public Date getOriginalPromisedDate() {
        return originalPromisedDate;
    }

    @Override
    public void setOriginalPromisedDate(Date originalPromisedDate) {
        this.originalPromisedDate = originalPromisedDate;
    }

    @Override
    public Date getPromisedDate() {
        return promisedDate;
    }

    @Override
    public void setPromisedDate(Date promisedDate) {
        this.promisedDate = promisedDate;
    }

    @Override
    public Integer getDelayCount() {
        return delayCount;
    }

    @Override
    public void setDelayCount(Integer delayCount) {
        this.delayCount = delayCount;
    }

    @Override
    public Date getShippedDate() {
        return shippedDate;
    }

    @Override
    public void setShippedDate(Date shippedDate) {
        this.shippedDate = shippedDate;
    }

    @Override
    public Date getDeliveredDate() {
        return deliveredDate;
    }

    @Override
    public void setDeliveredDate(Date deliveredDate) {
        this.deliveredDate = deliveredDate;
    }

    @Override
    public Date getCancelledDate() {
        return cancelledDate;
    }

    @Override
    public void setCancelledDate(Date cancelledDate) {
        this.cancelledDate = cancelledDate;
    }

    @Override
    public String getReturnedItems() {
        return returnedItems;
    }

    @Override
    public void setReturnedItems(String returnedItems) {
        this.returnedItems = returnedItems;
    }

    @Override
    public BigDecimal getRefundedAmount() {
        return refundedAmount;
    }

    @Override
    public void setRefundedAmount(BigDecimal refundedAmount) {
        this.refundedAmount = refundedAmount;
    }

    @Override
    public Integer getVersion() {
        return version;
    }

    @Override
    public void setVersion(Integer version) {
        this.version = version;
    }
}
