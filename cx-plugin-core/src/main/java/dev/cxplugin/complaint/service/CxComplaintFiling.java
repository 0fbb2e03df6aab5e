package dev.cxplugin.complaint.service;

import java.util.ArrayList;
import java.util.List;

/**
 * A complaint as a shopper files it: a signed-in customer names one of their orders by id or number; a guest
 * names the order number and the email the order was placed with.
 */
public class CxComplaintFiling {

    protected Long customerId;
    protected String guestEmail;
    protected Long orderId;
    protected String orderNumber;
    protected List<Long> orderItemIds = new ArrayList<Long>();
    protected String category;
    protected String description;
    protected String locale;

    public static CxComplaintFiling byCustomer(Long customerId) {
        CxComplaintFiling f = new CxComplaintFiling();
        f.customerId = customerId;
        return f;
    }

    public static CxComplaintFiling byGuest(String email, String orderNumber) {
        CxComplaintFiling f = new CxComplaintFiling();
        f.guestEmail = email;
        f.orderNumber = orderNumber;
        return f;
    }

    public CxComplaintFiling order(Long orderId) { this.orderId = orderId; return this; }
    public CxComplaintFiling orderNumber(String orderNumber) { this.orderNumber = orderNumber; return this; }
    public CxComplaintFiling items(List<Long> ids) { this.orderItemIds = ids == null ? new ArrayList<Long>() : ids; return this; }
    public CxComplaintFiling category(String category) { this.category = category; return this; }
    public CxComplaintFiling description(String description) { this.description = description; return this; }
    public CxComplaintFiling locale(String locale) { this.locale = locale; return this; }

    public Long getCustomerId() { return customerId; }
    public String getGuestEmail() { return guestEmail; }
    public Long getOrderId() { return orderId; }
    public String getOrderNumber() { return orderNumber; }
    public List<Long> getOrderItemIds() { return orderItemIds; }
    public String getCategory() { return category; }
    public String getDescription() { return description; }
    public String getLocale() { return locale; }
}
