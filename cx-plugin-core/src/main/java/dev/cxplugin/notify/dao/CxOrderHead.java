package dev.cxplugin.notify.dao;

import java.util.Date;

/** The few columns of an order the dispatcher needs when the email is rendered from a snapshot. */
public class CxOrderHead {

    protected final Long orderId;
    protected final String status;
    protected final String orderNumber;
    protected final Date submitDate;

    public CxOrderHead(Long orderId, String status, String orderNumber, Date submitDate) {
        this.orderId = orderId;
        this.status = status;
        this.orderNumber = orderNumber;
        this.submitDate = submitDate;
    }

    public Long getOrderId() { return orderId; }
    public String getStatus() { return status; }
    public String getOrderNumber() { return orderNumber; }
    public Date getSubmitDate() { return submitDate; }
}
