package dev.cxplugin.complaint.domain;

import java.io.Serializable;
import java.util.Date;

/** A complaint ticket. Customers see its reference, never its id. */
public interface CxComplaint extends Serializable {

    Long getId();

    void setId(Long id);

    String getReference();

    void setReference(String reference);

    String getStatus();

    void setStatus(String status);

    String getPriority();

    void setPriority(String priority);

    String getCategory();

    void setCategory(String category);

    String getSource();

    void setSource(String source);

    String getSourceKey();

    void setSourceKey(String sourceKey);

    Long getCustomerId();

    void setCustomerId(Long customerId);

    String getEmail();

    void setEmail(String email);

    String getCustomerName();

    void setCustomerName(String customerName);

    String getLocale();

    void setLocale(String locale);

    Long getOrderId();

    void setOrderId(Long orderId);

    String getOrderNumber();

    void setOrderNumber(String orderNumber);

    String getOrderItemIds();

    void setOrderItemIds(String orderItemIds);

    String getSubject();

    void setSubject(String subject);

    String getDescription();

    void setDescription(String description);

    Long getAssigneeId();

    void setAssigneeId(Long assigneeId);

    String getAssigneeName();

    void setAssigneeName(String assigneeName);

    Long getOpenedByAdminId();

    void setOpenedByAdminId(Long openedByAdminId);

    Long getResolvedByAdminId();

    void setResolvedByAdminId(Long resolvedByAdminId);

    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    Date getUpdatedAt();

    void setUpdatedAt(Date updatedAt);

    Date getFirstResponseAt();

    void setFirstResponseAt(Date firstResponseAt);

    Date getResolvedAt();

    void setResolvedAt(Date resolvedAt);

    Date getClosedAt();

    void setClosedAt(Date closedAt);

    Date getClockRunningSince();

    void setClockRunningSince(Date clockRunningSince);

    long getElapsedBusinessSeconds();

    void setElapsedBusinessSeconds(long elapsedBusinessSeconds);

    Long getFirstResponseSeconds();

    void setFirstResponseSeconds(Long firstResponseSeconds);

    Long getResolutionSeconds();

    void setResolutionSeconds(Long resolutionSeconds);

    long getFirstResponseTargetMinutes();

    void setFirstResponseTargetMinutes(long firstResponseTargetMinutes);

    long getResolutionTargetMinutes();

    void setResolutionTargetMinutes(long resolutionTargetMinutes);

    Date getFirstResponseBreachedAt();

    void setFirstResponseBreachedAt(Date firstResponseBreachedAt);

    Date getResolutionBreachedAt();

    void setResolutionBreachedAt(Date resolutionBreachedAt);

    String getCompensationCode();

    void setCompensationCode(String compensationCode);

    String getCompensationValue();

    void setCompensationValue(String compensationValue);

    Integer getCsatScore();

    void setCsatScore(Integer csatScore);

}
