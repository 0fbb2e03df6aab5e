package dev.cxplugin.notify.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.PopulateToOneFieldsEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Inheritance;
import javax.persistence.InheritanceType;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.UniqueConstraint;

@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@Table(name = "CX_NOTIFICATION",
        uniqueConstraints = @UniqueConstraint(name = "CX_NOTIFICATION_DEDUPE", columnNames = "DEDUPE_KEY"))
@org.hibernate.annotations.Table(appliesTo = "CX_NOTIFICATION", indexes = {
        @org.hibernate.annotations.Index(name = "CX_NOTIFICATION_DUE", columnNames = {"STATUS", "NEXT_ATTEMPT_DATE"}),
        @org.hibernate.annotations.Index(name = "CX_NOTIFICATION_ORDER", columnNames = {"ORDER_ID"}),
        @org.hibernate.annotations.Index(name = "CX_NOTIFICATION_CUSTOMER", columnNames = {"CUSTOMER_ID"})})
@AdminPresentationClass(friendlyName = "Notification", populateToOneFields = PopulateToOneFieldsEnum.TRUE)
public class CxNotificationImpl implements CxNotification {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CxNotificationId")
    @GenericGenerator(name = "CxNotificationId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "CxNotificationImpl"),
                    @Parameter(name = "entity_name", value = "dev.cxplugin.notify.domain.CxNotificationImpl")})
    @Column(name = "NOTIFICATION_ID")
    @AdminPresentation(friendlyName = "ID", visibility = org.broadleafcommerce.common.presentation.client.VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "KIND", nullable = false, length = 40)
    @AdminPresentation(friendlyName = "Kind", prominent = true, gridOrder = 1, order = 1, readOnly = true)
    protected String kind;

    @Column(name = "STATUS", nullable = false, length = 20)
    @AdminPresentation(friendlyName = "Status", prominent = true, gridOrder = 2, order = 2, readOnly = true)
    protected String status;

    @Column(name = "DEDUPE_KEY", nullable = false, length = 190)
    @AdminPresentation(friendlyName = "Event key", order = 20, readOnly = true)
    protected String dedupeKey;

    @Column(name = "CUSTOMER_ID")
    @AdminPresentation(friendlyName = "Customer ID", prominent = true, gridOrder = 4, order = 4, readOnly = true)
    protected Long customerId;

    @Column(name = "ORDER_ID")
    @AdminPresentation(friendlyName = "Order ID", prominent = true, gridOrder = 5, order = 5, readOnly = true)
    protected Long orderId;

    @Column(name = "RECIPIENT", length = 255)
    @AdminPresentation(friendlyName = "Recipient", prominent = true, gridOrder = 3, order = 3, readOnly = true)
    protected String recipient;

    @Column(name = "LOCALE", length = 10)
    @AdminPresentation(friendlyName = "Locale", order = 6, readOnly = true)
    protected String locale;

    @Column(name = "MESSAGE_ID", nullable = false, length = 190)
    @AdminPresentation(friendlyName = "Message-ID", order = 21, readOnly = true)
    protected String messageId;

    @Column(name = "SUBJECT", length = 255)
    @AdminPresentation(friendlyName = "Subject", order = 7, readOnly = true)
    protected String subject;

    @Column(name = "ATTEMPTS", nullable = false)
    @AdminPresentation(friendlyName = "Attempts", prominent = true, gridOrder = 6, order = 8, readOnly = true)
    protected int attempts;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "NEXT_ATTEMPT_DATE")
    @AdminPresentation(friendlyName = "Next attempt", order = 9, readOnly = true)
    protected Date nextAttemptDate;

    @Column(name = "LAST_ERROR", length = 1000)
    @AdminPresentation(friendlyName = "Last error", order = 10, readOnly = true, largeEntry = true)
    protected String lastError;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_DATE", nullable = false)
    @AdminPresentation(friendlyName = "Created", prominent = true, gridOrder = 7, order = 11, readOnly = true)
    protected Date createdDate;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "SENT_DATE")
    @AdminPresentation(friendlyName = "Sent", prominent = true, gridOrder = 8, order = 12, readOnly = true)
    protected Date sentDate;

    @Column(name = "LEASE_OWNER", length = 100)
    @AdminPresentation(friendlyName = "Lease owner", order = 22, readOnly = true)
    protected String leaseOwner;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "LEASE_UNTIL")
    @AdminPresentation(friendlyName = "Lease until", order = 23, readOnly = true)
    protected Date leaseUntil;

    // a long character column, not a LOB: a CLOB made every checkout's insert (and every dispatch's read) go
    // through the database's LOB store, most of the outbox write's cost on HSQLDB (varchar(1000000) on HSQLDB
    // and PostgreSQL, longtext on MySQL/MariaDB)
    @Column(name = "PAYLOAD", length = 1000000)
    @AdminPresentation(friendlyName = "Details", order = 24, readOnly = true, largeEntry = true)
    protected String payload;

    @Override public Long getId() { return id; }
    @Override public void setId(Long id) { this.id = id; }
    @Override public String getKind() { return kind; }
    @Override public void setKind(String kind) { this.kind = kind; }
    @Override public String getStatus() { return status; }
    @Override public void setStatus(String status) { this.status = status; }
    @Override public String getDedupeKey() { return dedupeKey; }
    @Override public void setDedupeKey(String dedupeKey) { this.dedupeKey = dedupeKey; }
    @Override public Long getCustomerId() { return customerId; }
    @Override public void setCustomerId(Long customerId) { this.customerId = customerId; }
    @Override public Long getOrderId() { return orderId; }
    @Override public void setOrderId(Long orderId) { this.orderId = orderId; }
    @Override public String getRecipient() { return recipient; }
    @Override public void setRecipient(String recipient) { this.recipient = recipient; }
    @Override public String getLocale() { return locale; }
    @Override public void setLocale(String locale) { this.locale = locale; }
    @Override public String getMessageId() { return messageId; }
    @Override public void setMessageId(String messageId) { this.messageId = messageId; }
    @Override public String getSubject() { return subject; }
    @Override public void setSubject(String subject) { this.subject = subject; }
    @Override public int getAttempts() { return attempts; }
    @Override public void setAttempts(int attempts) { this.attempts = attempts; }
    @Override public Date getNextAttemptDate() { return nextAttemptDate; }
    @Override public void setNextAttemptDate(Date nextAttemptDate) { this.nextAttemptDate = nextAttemptDate; }
    @Override public String getLastError() { return lastError; }
    @Override public void setLastError(String lastError) { this.lastError = lastError; }
    @Override public Date getCreatedDate() { return createdDate; }
    @Override public void setCreatedDate(Date createdDate) { this.createdDate = createdDate; }
    @Override public Date getSentDate() { return sentDate; }
    @Override public void setSentDate(Date sentDate) { this.sentDate = sentDate; }
    @Override public String getLeaseOwner() { return leaseOwner; }
    @Override public void setLeaseOwner(String leaseOwner) { this.leaseOwner = leaseOwner; }
    @Override public Date getLeaseUntil() { return leaseUntil; }
    @Override public void setLeaseUntil(Date leaseUntil) { this.leaseUntil = leaseUntil; }
    @Override public String getPayload() { return payload; }
    @Override public void setPayload(String payload) { this.payload = payload; }
}
