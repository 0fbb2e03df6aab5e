package dev.cxplugin.notify.service;

/** The merchant's settings for customer emails ({@code cx.notify.*} properties; defaults in config/bc/cx/common.properties). */
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
    public int getRenderThreads() { return renderThreads; }
    public void setRenderThreads(int renderThreads) { this.renderThreads = renderThreads; }
}
