package dev.cxplugin.notify.domain;

import java.io.Serializable;
import java.util.Date;

/**
 * One email the store owes a customer: a row of the outbox. It is written in the transaction of the
 * change it announces and sent later by the dispatcher, so a mail outage never loses it.
 */
public interface CxNotification extends Serializable {

    Long getId();

    void setId(Long id);

    /** What the email announces, e.g. ORDER_CONFIRMED (see {@code CxNotificationKind}). */
    String getKind();

    void setKind(String kind);

    /** PENDING, SENDING, SENT or DEAD (see {@code CxNotificationStatus}). */
    String getStatus();

    void setStatus(String status);

    /** Unique per event: the same key never produces a second row. */
    String getDedupeKey();

    void setDedupeKey(String dedupeKey);

    Long getCustomerId();

    void setCustomerId(Long customerId);

    Long getOrderId();

    void setOrderId(Long orderId);

    String getRecipient();

    void setRecipient(String recipient);

    String getLocale();

    void setLocale(String locale);

    /** Stable across retries so a rare duplicate after a crash can be recognised. */
    String getMessageId();

    void setMessageId(String messageId);

    String getSubject();

    void setSubject(String subject);

    int getAttempts();

    void setAttempts(int attempts);

    Date getNextAttemptDate();

    void setNextAttemptDate(Date nextAttemptDate);

    String getLastError();

    void setLastError(String lastError);

    Date getCreatedDate();

    void setCreatedDate(Date createdDate);

    Date getSentDate();

    void setSentDate(Date sentDate);

    /** Which dispatcher holds the row while sending, and until when (a crashed node's lease runs out). */
    String getLeaseOwner();

    void setLeaseOwner(String leaseOwner);

    Date getLeaseUntil();

    void setLeaseUntil(Date leaseUntil);

    /** What the email needs beyond the order itself (carrier, tracking, new date, ...), as key=value lines. */
    String getPayload();

    void setPayload(String payload);
}
