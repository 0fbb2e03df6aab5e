package dev.cxplugin.review.service;

/** What a shopper sends: the review and who and where it comes from (checked by the service, never trusted). */
public class CxReviewInput {

    protected Long customerId;
    protected Long productId;
    protected Long orderId;
    protected Integer rating;
    protected String title;
    protected String body;
    protected String locale;
    protected String clientIp;

    public CxReviewInput() {
    }

    public CxReviewInput(Long customerId, Long productId, Integer rating, String title, String body) {
        this.customerId = customerId;
        this.productId = productId;
        this.rating = rating;
        this.title = title;
        this.body = body;
    }

    public Long getCustomerId() { return customerId; }
    public CxReviewInput setCustomerId(Long customerId) { this.customerId = customerId; return this; }
    public Long getProductId() { return productId; }
    public CxReviewInput setProductId(Long productId) { this.productId = productId; return this; }
    public Long getOrderId() { return orderId; }
    public CxReviewInput setOrderId(Long orderId) { this.orderId = orderId; return this; }
    public Integer getRating() { return rating; }
    public CxReviewInput setRating(Integer rating) { this.rating = rating; return this; }
    public String getTitle() { return title; }
    public CxReviewInput setTitle(String title) { this.title = title; return this; }
    public String getBody() { return body; }
    public CxReviewInput setBody(String body) { this.body = body; return this; }
    public String getLocale() { return locale; }
    public CxReviewInput setLocale(String locale) { this.locale = locale; return this; }
    public String getClientIp() { return clientIp; }
    public CxReviewInput setClientIp(String clientIp) { this.clientIp = clientIp; return this; }
}
