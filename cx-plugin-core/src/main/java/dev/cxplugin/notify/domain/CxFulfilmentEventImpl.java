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
@Table(name = "CX_FULFILMENT_EVENT", uniqueConstraints = @UniqueConstraint(name = "CX_FULFILMENT_EVENT_KEY", columnNames = {"SOURCE", "EVENT_ID"}))
@org.hibernate.annotations.Table(appliesTo = "CX_FULFILMENT_EVENT", indexes = {
        @org.hibernate.annotations.Index(name = "CX_FULFILMENT_EVENT_ORDER", columnNames = {"ORDER_ID"})})
@AdminPresentationClass(friendlyName = "Fulfilment event", populateToOneFields = PopulateToOneFieldsEnum.TRUE)
public class CxFulfilmentEventImpl implements CxFulfilmentEvent {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CxFulfilmentEventId")
    @GenericGenerator(name = "CxFulfilmentEventId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "CxFulfilmentEventImpl"),
                    @Parameter(name = "entity_name", value = "dev.cxplugin.notify.domain.CxFulfilmentEventImpl")})
    @Column(name = "FULFILMENT_EVENT_ID")
    @AdminPresentation(friendlyName = "ID", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "SOURCE", nullable = false, length = 40)
    @AdminPresentation(friendlyName = "Source", prominent = true, gridOrder = 4, order = 1, readOnly = true)
    protected String source;

    @Column(name = "EVENT_ID", nullable = false, length = 120)
    @AdminPresentation(friendlyName = "Event ID", order = 2, readOnly = true)
    protected String eventId;

    @Column(name = "ORDER_ID", nullable = false)
    @AdminPresentation(friendlyName = "Order ID", prominent = true, gridOrder = 2, order = 3, readOnly = true)
    protected Long orderId;

    @Column(name = "EVENT_TYPE", nullable = false, length = 40)
    @AdminPresentation(friendlyName = "Event", prominent = true, gridOrder = 1, order = 4, readOnly = true)
    protected String type;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "OCCURRED_AT")
    @AdminPresentation(friendlyName = "Occurred", prominent = true, gridOrder = 3, order = 5, readOnly = true)
    protected Date occurredAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "RECORDED_AT", nullable = false)
    @AdminPresentation(friendlyName = "Recorded", order = 6, readOnly = true)
    protected Date recordedAt;

    @Column(name = "ACTOR", length = 100)
    @AdminPresentation(friendlyName = "By", order = 7, readOnly = true)
    protected String actor;

    @Column(name = "CARRIER", length = 100)
    @AdminPresentation(friendlyName = "Carrier", order = 8, readOnly = true)
    protected String carrier;

    @Column(name = "TRACKING_NUMBER", length = 100)
    @AdminPresentation(friendlyName = "Tracking number", order = 9, readOnly = true)
    protected String trackingNumber;

    @Column(name = "TRACKING_URL", length = 500)
    @AdminPresentation(friendlyName = "Tracking link", order = 10, readOnly = true)
    protected String trackingUrl;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "PROMISED_DATE")
    @AdminPresentation(friendlyName = "Promised date", order = 11, readOnly = true)
    protected Date promisedDate;

    @Column(name = "REASON", length = 1000)
    @AdminPresentation(friendlyName = "Reason", order = 12, readOnly = true, largeEntry = true)
    protected String reason;

    @Column(name = "RETURN_REFERENCE", length = 60)
    @AdminPresentation(friendlyName = "Return reference", order = 13, readOnly = true)
    protected String returnReference;

    @Column(name = "REFUND_AMOUNT", precision = 19, scale = 5)
    @AdminPresentation(friendlyName = "Refund amount", order = 14, readOnly = true)
    protected BigDecimal refundAmount;

    @Column(name = "ITEMS", length = 1000)
    @AdminPresentation(friendlyName = "Items (order item id=quantity)", order = 15, readOnly = true)
    protected String items;

    @Column(name = "NOTIFICATION_ID")
    @AdminPresentation(friendlyName = "Notification ID", order = 16, readOnly = true)
    protected Long notificationId;

    @Column(name = "COMPENSATION_CODE", length = 100)
    @AdminPresentation(friendlyName = "Compensation code", order = 17, readOnly = true)
    protected String compensationCode;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    @Override
    public String getSource() {
        return source;
    }

    @Override
    public void setSource(String source) {
        this.source = source;
    }

    @Override
    public String getEventId() {
        return eventId;
    }

    @Override
    public void setEventId(String eventId) {
        this.eventId = eventId;
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
    public String getType() {
        return type;
    }

    @Override
    public void setType(String type) {
        this.type = type;
    }

    @Override
    public Date getOccurredAt() {
        return occurredAt;
    }

    @Override
    public void setOccurredAt(Date occurredAt) {
        this.occurredAt = occurredAt;
    }

    @Override
    public Date getRecordedAt() {
        return recordedAt;
    }

    @Override
    public void setRecordedAt(Date recordedAt) {
        this.recordedAt = recordedAt;
    }

    @Override
    public String getActor() {
        return actor;
    }

    @Override
    public void setActor(String actor) {
        this.actor = actor;
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
    public Date getPromisedDate() {
        return promisedDate;
    }

    @Override
    public void setPromisedDate(Date promisedDate) {
        this.promisedDate = promisedDate;
    }

    @Override
    public String getReason() {
        return reason;
    }

    @Override
    public void setReason(String reason) {
        this.reason = reason;
    }

    @Override
    public String getReturnReference() {
        return returnReference;
    }

    @Override
    public void setReturnReference(String returnReference) {
        this.returnReference = returnReference;
    }

    @Override
    public BigDecimal getRefundAmount() {
        return refundAmount;
    }

    @Override
    public void setRefundAmount(BigDecimal refundAmount) {
        this.refundAmount = refundAmount;
    }

    @Override
    public String getItems() {
        return items;
    }

    @Override
    public void setItems(String items) {
        this.items = items;
    }

    @Override
    public Long getNotificationId() {
        return notificationId;
    }

    @Override
    public void setNotificationId(Long notificationId) {
        this.notificationId = notificationId;
    }

    @Override
    public String getCompensationCode() {
        return compensationCode;
    }

    @Override
    public void setCompensationCode(String compensationCode) {
        this.compensationCode = compensationCode;
    }
}
