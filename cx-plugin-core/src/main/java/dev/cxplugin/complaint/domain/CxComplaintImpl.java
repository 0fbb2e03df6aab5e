package dev.cxplugin.complaint.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;
import org.hibernate.annotations.Type;

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
@Table(name = "CX_COMPLAINT", uniqueConstraints = {@UniqueConstraint(name = "CX_COMPLAINT_REF", columnNames = {"REFERENCE"}), @UniqueConstraint(name = "CX_COMPLAINT_SOURCE", columnNames = {"SOURCE_KEY"})})
@org.hibernate.annotations.Table(appliesTo = "CX_COMPLAINT", indexes = {@org.hibernate.annotations.Index(name = "CX_COMPLAINT_CUSTOMER", columnNames = {"CUSTOMER_ID"}), @org.hibernate.annotations.Index(name = "CX_COMPLAINT_STATUS", columnNames = {"STATUS"}), @org.hibernate.annotations.Index(name = "CX_COMPLAINT_ORDER", columnNames = {"ORDER_ID"}), @org.hibernate.annotations.Index(name = "CX_COMPLAINT_CREATED", columnNames = {"CREATED_AT"})})
@AdminPresentationClass(friendlyName = "Complaint")
public class CxComplaintImpl implements CxComplaint {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CxComplaintId")
    @GenericGenerator(name = "CxComplaintId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "CxComplaintImpl"),
                    @Parameter(name = "entity_name", value = "dev.cxplugin.complaint.domain.CxComplaintImpl")})
    @Column(name = "ID")
    @AdminPresentation(friendlyName = "ID", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "REFERENCE", nullable = false, length = 20)
    @AdminPresentation(friendlyName = "Reference", prominent = true, gridOrder = 1, order = 1, readOnly = true)
    protected String reference;

    @Column(name = "STATUS", nullable = false, length = 30)
    @AdminPresentation(friendlyName = "Status", prominent = true, gridOrder = 2, order = 2, readOnly = true)
    protected String status;

    @Column(name = "PRIORITY", nullable = false, length = 20)
    @AdminPresentation(friendlyName = "Priority", prominent = true, gridOrder = 3, order = 3, readOnly = true)
    protected String priority;

    @Column(name = "CATEGORY", nullable = false, length = 40)
    @AdminPresentation(friendlyName = "Category", prominent = true, gridOrder = 4, order = 4, readOnly = true)
    protected String category;

    @Column(name = "SOURCE", nullable = false, length = 20)
    @AdminPresentation(friendlyName = "Source", prominent = true, gridOrder = 5, order = 5, readOnly = true)
    protected String source;

    @Column(name = "SOURCE_KEY", length = 120)
    @AdminPresentation(excluded = true)
    protected String sourceKey;

    @Column(name = "CUSTOMER_ID")
    @AdminPresentation(friendlyName = "Customer ID", prominent = true, gridOrder = 7, order = 7, readOnly = true)
    protected Long customerId;

    @Column(name = "EMAIL", length = 255)
    @AdminPresentation(friendlyName = "Email", prominent = true, gridOrder = 8, order = 8, readOnly = true)
    protected String email;

    @Column(name = "CUSTOMER_NAME", length = 255)
    @AdminPresentation(friendlyName = "Customer", prominent = true, gridOrder = 9, order = 9, readOnly = true)
    protected String customerName;

    @Column(name = "LOCALE", length = 20)
    @AdminPresentation(excluded = true)
    protected String locale;

    @Column(name = "ORDER_ID")
    @AdminPresentation(friendlyName = "Order ID", prominent = true, gridOrder = 11, order = 11, readOnly = true)
    protected Long orderId;

    @Column(name = "ORDER_NUMBER", length = 255)
    @AdminPresentation(friendlyName = "Order number", prominent = true, gridOrder = 12, order = 12, readOnly = true)
    protected String orderNumber;

    @Column(name = "ORDER_ITEM_IDS", length = 1000)
    @AdminPresentation(excluded = true)
    protected String orderItemIds;

    @Column(name = "SUBJECT", length = 200)
    @AdminPresentation(friendlyName = "Subject", prominent = true, gridOrder = 14, order = 14, readOnly = true)
    protected String subject;

    @Lob
    @Type(type = "org.hibernate.type.StringClobType")
    @Column(name = "DESCRIPTION", length = Integer.MAX_VALUE - 1)
    @AdminPresentation(excluded = true)
    protected String description;

    @Column(name = "ASSIGNEE_ID")
    @AdminPresentation(excluded = true)
    protected Long assigneeId;

    @Column(name = "ASSIGNEE_NAME", length = 255)
    @AdminPresentation(friendlyName = "Assignee", prominent = true, gridOrder = 17, order = 17, readOnly = true)
    protected String assigneeName;

    @Column(name = "OPENED_BY_ADMIN_ID")
    @AdminPresentation(excluded = true)
    protected Long openedByAdminId;

    @Column(name = "RESOLVED_BY_ADMIN_ID")
    @AdminPresentation(excluded = true)
    protected Long resolvedByAdminId;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false)
    @AdminPresentation(friendlyName = "Created", prominent = true, gridOrder = 20, order = 20, readOnly = true)
    protected Date createdAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "UPDATED_AT")
    @AdminPresentation(excluded = true)
    protected Date updatedAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "FIRST_RESPONSE_AT")
    @AdminPresentation(excluded = true)
    protected Date firstResponseAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "RESOLVED_AT")
    @AdminPresentation(excluded = true)
    protected Date resolvedAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CLOSED_AT")
    @AdminPresentation(excluded = true)
    protected Date closedAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CLOCK_RUNNING_SINCE")
    @AdminPresentation(excluded = true)
    protected Date clockRunningSince;

    @Column(name = "ELAPSED_BUSINESS_SECONDS", nullable = false)
    @AdminPresentation(excluded = true)
    protected long elapsedBusinessSeconds;

    @Column(name = "FIRST_RESPONSE_SECONDS")
    @AdminPresentation(excluded = true)
    protected Long firstResponseSeconds;

    @Column(name = "RESOLUTION_SECONDS")
    @AdminPresentation(excluded = true)
    protected Long resolutionSeconds;

    @Column(name = "FIRST_RESPONSE_TARGET_MIN", nullable = false)
    @AdminPresentation(excluded = true)
    protected long firstResponseTargetMinutes;

    @Column(name = "RESOLUTION_TARGET_MIN", nullable = false)
    @AdminPresentation(excluded = true)
    protected long resolutionTargetMinutes;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "FIRST_RESPONSE_BREACHED_AT")
    @AdminPresentation(excluded = true)
    protected Date firstResponseBreachedAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "RESOLUTION_BREACHED_AT")
    @AdminPresentation(excluded = true)
    protected Date resolutionBreachedAt;

    @Column(name = "COMPENSATION_CODE", length = 100)
    @AdminPresentation(friendlyName = "Compensation code", prominent = true, gridOrder = 33, order = 33, readOnly = true)
    protected String compensationCode;

    @Column(name = "COMPENSATION_VALUE", length = 40)
    @AdminPresentation(excluded = true)
    protected String compensationValue;

    @Column(name = "CSAT_SCORE")
    @AdminPresentation(friendlyName = "CSAT", prominent = true, gridOrder = 35, order = 35, readOnly = true)
    protected Integer csatScore;

    @Version
    @Column(name = "VERSION")
    @AdminPresentation(excluded = true)
    protected Integer version;

    @Override
    public Long getId() { return id; }

    @Override
    public void setId(Long id) { this.id = id; }

    @Override
    public String getReference() { return reference; }

    @Override
    public void setReference(String reference) { this.reference = reference; }

    @Override
    public String getStatus() { return status; }

    @Override
    public void setStatus(String status) { this.status = status; }

    @Override
    public String getPriority() { return priority; }

    @Override
    public void setPriority(String priority) { this.priority = priority; }

    @Override
    public String getCategory() { return category; }

    @Override
    public void setCategory(String category) { this.category = category; }

    @Override
    public String getSource() { return source; }

    @Override
    public void setSource(String source) { this.source = source; }

    @Override
    public String getSourceKey() { return sourceKey; }

    @Override
    public void setSourceKey(String sourceKey) { this.sourceKey = sourceKey; }

    @Override
    public Long getCustomerId() { return customerId; }

    @Override
    public void setCustomerId(Long customerId) { this.customerId = customerId; }

    @Override
    public String getEmail() { return email; }

    @Override
    public void setEmail(String email) { this.email = email; }

    @Override
    public String getCustomerName() { return customerName; }

    @Override
    public void setCustomerName(String customerName) { this.customerName = customerName; }

    @Override
    public String getLocale() { return locale; }

    @Override
    public void setLocale(String locale) { this.locale = locale; }

    @Override
    public Long getOrderId() { return orderId; }

    @Override
    public void setOrderId(Long orderId) { this.orderId = orderId; }

    @Override
    public String getOrderNumber() { return orderNumber; }

    @Override
    public void setOrderNumber(String orderNumber) { this.orderNumber = orderNumber; }

    @Override
    public String getOrderItemIds() { return orderItemIds; }

    @Override
    public void setOrderItemIds(String orderItemIds) { this.orderItemIds = orderItemIds; }

    @Override
    public String getSubject() { return subject; }

    @Override
    public void setSubject(String subject) { this.subject = subject; }

    @Override
    public String getDescription() { return description; }

    @Override
    public void setDescription(String description) { this.description = description; }

    @Override
    public Long getAssigneeId() { return assigneeId; }

    @Override
    public void setAssigneeId(Long assigneeId) { this.assigneeId = assigneeId; }

    @Override
    public String getAssigneeName() { return assigneeName; }

    @Override
    public void setAssigneeName(String assigneeName) { this.assigneeName = assigneeName; }

    @Override
    public Long getOpenedByAdminId() { return openedByAdminId; }

    @Override
    public void setOpenedByAdminId(Long openedByAdminId) { this.openedByAdminId = openedByAdminId; }

    @Override
    public Long getResolvedByAdminId() { return resolvedByAdminId; }

    @Override
    public void setResolvedByAdminId(Long resolvedByAdminId) { this.resolvedByAdminId = resolvedByAdminId; }

    @Override
    public Date getCreatedAt() { return createdAt; }

    @Override
    public void setCreatedAt(Date createdAt) { this.createdAt = createdAt; }

    @Override
    public Date getUpdatedAt() { return updatedAt; }

    @Override
    public void setUpdatedAt(Date updatedAt) { this.updatedAt = updatedAt; }

    @Override
    public Date getFirstResponseAt() { return firstResponseAt; }

    @Override
    public void setFirstResponseAt(Date firstResponseAt) { this.firstResponseAt = firstResponseAt; }

    @Override
    public Date getResolvedAt() { return resolvedAt; }

    @Override
    public void setResolvedAt(Date resolvedAt) { this.resolvedAt = resolvedAt; }

    @Override
    public Date getClosedAt() { return closedAt; }

    @Override
    public void setClosedAt(Date closedAt) { this.closedAt = closedAt; }

    @Override
    public Date getClockRunningSince() { return clockRunningSince; }

    @Override
    public void setClockRunningSince(Date clockRunningSince) { this.clockRunningSince = clockRunningSince; }

    @Override
    public long getElapsedBusinessSeconds() { return elapsedBusinessSeconds; }

    @Override
    public void setElapsedBusinessSeconds(long elapsedBusinessSeconds) { this.elapsedBusinessSeconds = elapsedBusinessSeconds; }

    @Override
    public Long getFirstResponseSeconds() { return firstResponseSeconds; }

    @Override
    public void setFirstResponseSeconds(Long firstResponseSeconds) { this.firstResponseSeconds = firstResponseSeconds; }

    @Override
    public Long getResolutionSeconds() { return resolutionSeconds; }

    @Override
    public void setResolutionSeconds(Long resolutionSeconds) { this.resolutionSeconds = resolutionSeconds; }

    @Override
    public long getFirstResponseTargetMinutes() { return firstResponseTargetMinutes; }

    @Override
    public void setFirstResponseTargetMinutes(long firstResponseTargetMinutes) { this.firstResponseTargetMinutes = firstResponseTargetMinutes; }

    @Override
    public long getResolutionTargetMinutes() { return resolutionTargetMinutes; }

    @Override
    public void setResolutionTargetMinutes(long resolutionTargetMinutes) { this.resolutionTargetMinutes = resolutionTargetMinutes; }

    @Override
    public Date getFirstResponseBreachedAt() { return firstResponseBreachedAt; }

    @Override
    public void setFirstResponseBreachedAt(Date firstResponseBreachedAt) { this.firstResponseBreachedAt = firstResponseBreachedAt; }

    @Override
    public Date getResolutionBreachedAt() { return resolutionBreachedAt; }

    @Override
    public void setResolutionBreachedAt(Date resolutionBreachedAt) { this.resolutionBreachedAt = resolutionBreachedAt; }

    @Override
    public String getCompensationCode() { return compensationCode; }

    @Override
    public void setCompensationCode(String compensationCode) { this.compensationCode = compensationCode; }

    @Override
    public String getCompensationValue() { return compensationValue; }

    @Override
    public void setCompensationValue(String compensationValue) { this.compensationValue = compensationValue; }

    @Override
    public Integer getCsatScore() { return csatScore; }

    @Override
    public void setCsatScore(Integer csatScore) { this.csatScore = csatScore; }

}
