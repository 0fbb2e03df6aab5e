package dev.cxplugin.notify.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;

/** Where an order stands after checkout: shipped with which carrier, promised for when, delivered, returned, refunded. */
public interface CxOrderFulfilment extends Serializable {

    Long getId();

    void setId(Long id);

    Long getOrderId();

    void setOrderId(Long orderId);

    String getStatus();

    void setStatus(String status);

    String getCarrier();

    void setCarrier(String carrier);

    String getTrackingNumber();

    void setTrackingNumber(String trackingNumber);

    String getTrackingUrl();

    void setTrackingUrl(String trackingUrl);

    Date getOriginalPromisedDate();

    void setOriginalPromisedDate(Date originalPromisedDate);

    Date getPromisedDate();

    void setPromisedDate(Date promisedDate);

    Integer getDelayCount();

    void setDelayCount(Integer delayCount);

    Date getShippedDate();

    void setShippedDate(Date shippedDate);

    Date getDeliveredDate();

    void setDeliveredDate(Date deliveredDate);

    Date getCancelledDate();

    void setCancelledDate(Date cancelledDate);

    String getReturnedItems();

    void setReturnedItems(String returnedItems);

    BigDecimal getRefundedAmount();

    void setRefundedAmount(BigDecimal refundedAmount);

    Integer getVersion();

    void setVersion(Integer version);
}
