package dev.cxplugin.notify.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;

/** One recorded event about an order after checkout (shipped, delayed, delivered, cancelled, returns, refund), kept as it came. */
public interface CxFulfilmentEvent extends Serializable {

    Long getId();

    void setId(Long id);

    String getSource();

    void setSource(String source);

    String getEventId();

    void setEventId(String eventId);

    Long getOrderId();

    void setOrderId(Long orderId);

    String getType();

    void setType(String type);

    Date getOccurredAt();

    void setOccurredAt(Date occurredAt);

    Date getRecordedAt();

    void setRecordedAt(Date recordedAt);

    String getActor();

    void setActor(String actor);

    String getCarrier();

    void setCarrier(String carrier);

    String getTrackingNumber();

    void setTrackingNumber(String trackingNumber);

    String getTrackingUrl();

    void setTrackingUrl(String trackingUrl);

    Date getPromisedDate();

    void setPromisedDate(Date promisedDate);

    String getReason();

    void setReason(String reason);

    String getReturnReference();

    void setReturnReference(String returnReference);

    BigDecimal getRefundAmount();

    void setRefundAmount(BigDecimal refundAmount);

    String getItems();

    void setItems(String items);

    Long getNotificationId();

    void setNotificationId(Long notificationId);

    String getCompensationCode();

    void setCompensationCode(String compensationCode);
}
