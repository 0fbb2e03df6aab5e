package dev.cxplugin.review.service;

/** {@code cx.review.*} properties. */
public class CxReviewSettings {

    /** Reviews with at least this many stars are published at once; 0 (the default) means every review waits. */
    protected int autoApproveMinStars = 0;
    protected int maxPerCustomerPerHour = 5;
    protected int maxPerIpPerHour = 20;
    protected int titleMaxLength = 150;
    protected int bodyMaxLength = 5000;
    protected int replyMaxLength = 2000;
    protected int pageSize = 5;
    protected int linkValidityDays = 60;
    protected String siteBaseUrl = "http://localhost:8080";
    protected String writePath = "/cx/review";

    public int getAutoApproveMinStars() { return autoApproveMinStars; }
    public void setAutoApproveMinStars(int v) { this.autoApproveMinStars = v; }
    public int getMaxPerCustomerPerHour() { return maxPerCustomerPerHour; }
    public void setMaxPerCustomerPerHour(int v) { this.maxPerCustomerPerHour = v; }
    public int getMaxPerIpPerHour() { return maxPerIpPerHour; }
    public void setMaxPerIpPerHour(int v) { this.maxPerIpPerHour = v; }
    public int getTitleMaxLength() { return titleMaxLength; }
    public void setTitleMaxLength(int v) { this.titleMaxLength = v; }
    public int getBodyMaxLength() { return bodyMaxLength; }
    public void setBodyMaxLength(int v) { this.bodyMaxLength = v; }
    public int getReplyMaxLength() { return replyMaxLength; }
    public void setReplyMaxLength(int v) { this.replyMaxLength = v; }
    public int getPageSize() { return pageSize; }
    public void setPageSize(int v) { this.pageSize = v; }
    public int getLinkValidityDays() { return linkValidityDays; }
    public void setLinkValidityDays(int v) { this.linkValidityDays = v; }
    public String getSiteBaseUrl() { return siteBaseUrl; }
    public void setSiteBaseUrl(String v) { this.siteBaseUrl = v; }
    public String getWritePath() { return writePath; }
    public void setWritePath(String v) { this.writePath = v; }
}
