package dev.cxplugin.notify.service;

/** The merchant's settings for customer emails ({@code cx.notify.*} properties; defaults in config/bc/cx/common-shared.properties). */
public class CxNotificationSettings {

    protected String storeName = "Our store";
    protected String fromAddress = "store@example.com";
    protected String supportEmail = "support@example.com";
    protected String siteBaseUrl = "http://localhost:8080";
    protected String messageIdDomain = "cx.localhost";
    protected int maxAttempts = 8;
    protected int backoffBaseSeconds = 30;
    protected int backoffMaxSeconds = 6 * 3600;
    protected int batchSize = 50;
    protected int leaseSeconds = 120;
    /** How long an order confirmation waits for its order to become SUBMITTED before it is cancelled. */
    protected int confirmationGraceMinutes = 15;
    protected int deliveryMinDays = 3;
    protected int deliveryMaxDays = 5;
    /** Threads that render a batch while the dispatcher sends over one connection (1: render on the dispatcher's thread). */
    protected int renderThreads = 2;

    /** days after delivery the follow-up (review + NPS) goes */
    protected int followUpDays = 7;
    /** how long after delivery a return is accepted (said in the delivered email) */
    protected int returnWindowDays = 14;
    /** days a refund takes to reach the customer (said in cancel/return emails) */
    protected int refundDays = 7;
    /** a delay notice carries a single-use compensation code (first delay of an order) */
    protected boolean delayCompensationEnabled = false;
    /** percent off (true) or an amount off (false) */
    protected boolean delayCompensationPercent = true;
    protected java.math.BigDecimal delayCompensationValue = new java.math.BigDecimal("10");
    protected int delayCompensationValidDays = 60;
    /** the birthday greeting carries a single-use offer code */
    protected boolean birthdayOfferEnabled = true;
    protected boolean birthdayOfferPercent = true;
    protected java.math.BigDecimal birthdayOfferValue = new java.math.BigDecimal("15");
    protected int birthdayOfferValidDays = 30;
    /** shared secret of the fulfilment HTTP endpoint; the endpoint is off while it is empty */
    protected String webhookSecret = null;

    public String getStoreName() { return storeName; }
    public void setStoreName(String storeName) { this.storeName = storeName; }
    public String getFromAddress() { return fromAddress; }
    public void setFromAddress(String fromAddress) { this.fromAddress = fromAddress; }
    public String getSupportEmail() { return supportEmail; }
    public void setSupportEmail(String supportEmail) { this.supportEmail = supportEmail; }
    public String getSiteBaseUrl() { return siteBaseUrl; }
    public void setSiteBaseUrl(String siteBaseUrl) { this.siteBaseUrl = siteBaseUrl; }
    public String getMessageIdDomain() { return messageIdDomain; }
    public void setMessageIdDomain(String messageIdDomain) { this.messageIdDomain = messageIdDomain; }
    public int getMaxAttempts() { return maxAttempts; }
    public void setMaxAttempts(int maxAttempts) { this.maxAttempts = maxAttempts; }
    public int getBackoffBaseSeconds() { return backoffBaseSeconds; }
    public void setBackoffBaseSeconds(int backoffBaseSeconds) { this.backoffBaseSeconds = backoffBaseSeconds; }
    public int getBackoffMaxSeconds() { return backoffMaxSeconds; }
    public void setBackoffMaxSeconds(int backoffMaxSeconds) { this.backoffMaxSeconds = backoffMaxSeconds; }
    public int getBatchSize() { return batchSize; }
    public void setBatchSize(int batchSize) { this.batchSize = batchSize; }
    public int getLeaseSeconds() { return leaseSeconds; }
    public void setLeaseSeconds(int leaseSeconds) { this.leaseSeconds = leaseSeconds; }
    public int getConfirmationGraceMinutes() { return confirmationGraceMinutes; }
    public void setConfirmationGraceMinutes(int confirmationGraceMinutes) { this.confirmationGraceMinutes = confirmationGraceMinutes; }
    public int getDeliveryMinDays() { return deliveryMinDays; }
    public void setDeliveryMinDays(int deliveryMinDays) { this.deliveryMinDays = deliveryMinDays; }
    public int getDeliveryMaxDays() { return deliveryMaxDays; }
    public void setDeliveryMaxDays(int deliveryMaxDays) { this.deliveryMaxDays = deliveryMaxDays; }
    public int getFollowUpDays() { return followUpDays; }
    public void setFollowUpDays(int followUpDays) { this.followUpDays = followUpDays; }
    public int getReturnWindowDays() { return returnWindowDays; }
    public void setReturnWindowDays(int returnWindowDays) { this.returnWindowDays = returnWindowDays; }
    public int getRefundDays() { return refundDays; }
    public void setRefundDays(int refundDays) { this.refundDays = refundDays; }
    public boolean isDelayCompensationEnabled() { return delayCompensationEnabled; }
    public void setDelayCompensationEnabled(boolean delayCompensationEnabled) { this.delayCompensationEnabled = delayCompensationEnabled; }
    public boolean isDelayCompensationPercent() { return delayCompensationPercent; }
    public void setDelayCompensationPercent(boolean delayCompensationPercent) { this.delayCompensationPercent = delayCompensationPercent; }
    public java.math.BigDecimal getDelayCompensationValue() { return delayCompensationValue; }
    public void setDelayCompensationValue(java.math.BigDecimal delayCompensationValue) { this.delayCompensationValue = delayCompensationValue; }
    public int getDelayCompensationValidDays() { return delayCompensationValidDays; }
    public void setDelayCompensationValidDays(int delayCompensationValidDays) { this.delayCompensationValidDays = delayCompensationValidDays; }
    public boolean isBirthdayOfferEnabled() { return birthdayOfferEnabled; }
    public void setBirthdayOfferEnabled(boolean birthdayOfferEnabled) { this.birthdayOfferEnabled = birthdayOfferEnabled; }
    public boolean isBirthdayOfferPercent() { return birthdayOfferPercent; }
    public void setBirthdayOfferPercent(boolean birthdayOfferPercent) { this.birthdayOfferPercent = birthdayOfferPercent; }
    public java.math.BigDecimal getBirthdayOfferValue() { return birthdayOfferValue; }
    public void setBirthdayOfferValue(java.math.BigDecimal birthdayOfferValue) { this.birthdayOfferValue = birthdayOfferValue; }
    public int getBirthdayOfferValidDays() { return birthdayOfferValidDays; }
    public void setBirthdayOfferValidDays(int birthdayOfferValidDays) { this.birthdayOfferValidDays = birthdayOfferValidDays; }
    public String getWebhookSecret() { return webhookSecret; }
    public void setWebhookSecret(String webhookSecret) { this.webhookSecret = webhookSecret; }
    public int getRenderThreads() { return renderThreads; }
    public void setRenderThreads(int renderThreads) { this.renderThreads = renderThreads; }
}
