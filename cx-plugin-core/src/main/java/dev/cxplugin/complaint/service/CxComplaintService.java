package dev.cxplugin.complaint.service;

import dev.cxplugin.complaint.domain.CxComplaint;
import dev.cxplugin.complaint.domain.CxComplaintAudit;
import dev.cxplugin.complaint.domain.CxComplaintMessage;
import dev.cxplugin.complaint.domain.CxComplaintSlaPolicy;
import dev.cxplugin.complaint.dao.CxComplaintQuery;

import java.util.Date;
import java.util.List;

/**
 * The complaints desk. Every change is one transaction that also writes its audit rows and the emails it
 * announces (through notify's outbox). Refusals throw {@link CxComplaintException} and change nothing.
 */
public interface CxComplaintService {

    /** A shopper's complaint (signed-in or guest); acknowledged by email with the expected response time. */
    CxComplaint file(CxComplaintFiling filing);

    /**
     * A ticket raised from another capability's event; idempotent by {@code sourceKey} (returns the existing one).
     */
    CxComplaint openAutomatic(String sourceKey, String category, String priority, Long customerId, Long orderId,
            String description);

    /** Staff records a complaint received by phone or chat; it is theirs (assigned) and acknowledged by email. */
    CxComplaint openByStaff(CxComplaintActor actor, Long customerId, Long orderId, String category, String priority,
            String description);

    CxComplaint read(Long id);

    CxComplaint readByReference(String reference);

    /** The customer's own ticket, or null when it is not theirs (the faces answer 404). */
    CxComplaint readForCustomer(Long complaintId, Long customerId);

    List<CxComplaint> readForCustomer(Long customerId);

    List<CxComplaintMessage> readThread(Long complaintId, boolean publicOnly);

    List<CxComplaintAudit> readAudit(Long complaintId);

    /** The customer writes back: a waiting or resolved ticket reopens. Not theirs: NOT_FOUND. */
    CxComplaintMessage customerReply(Long complaintId, Long customerId, String body);

    /** A public reply, emailed; the first one stops the first-response clock. {@code newStatus} may be null. */
    CxComplaintMessage staffReply(Long complaintId, CxComplaintActor actor, String body, String newStatus);

    CxComplaintMessage note(Long complaintId, CxComplaintActor actor, String body);

    CxComplaint assign(Long complaintId, CxComplaintActor actor, Long adminUserId, String adminName);

    CxComplaint changeStatus(Long complaintId, CxComplaintActor actor, String status);

    CxComplaint changePriority(Long complaintId, CxComplaintActor actor, String priority);

    /** Resolves and emails the customer, with the CSAT question unless the agent opened and solved it alone. */
    CxComplaint resolve(Long complaintId, CxComplaintActor actor, String message);

    /** An apology code (single-use Broadleaf offer code for the customer), recorded and emailed; limited by role. */
    String compensate(Long complaintId, CxComplaintActor actor, CxComplaintCompensation compensation);

    /** Job: closes tickets resolved {@code cx.complaint.autoCloseDays} days before {@code now}. Returns how many. */
    int closeResolved(Date now);

    /** Job: records breaches of the SLA targets reached by {@code now}. Returns how many were recorded. */
    int recordBreaches(Date now);

    /** A customer's CSAT answer for a ticket (from the surveys capability's event). */
    void recordCsat(Long complaintId, int score);

    CxComplaintClock clock(CxComplaint complaint, Date now);

    List<CxComplaint> search(CxComplaintQuery query);

    CxComplaintFigures figures(Date from, Date to, Date now);

    /** The SLA policy of each priority, created from cx.complaint.sla.defaults on first use. */
    List<CxComplaintSlaPolicy> readPolicies();

    CxComplaintSlaPolicy savePolicy(String priority, int firstResponseHours, int resolutionHours, CxComplaintActor actor);

    CxComplaintSettings getSettings();
}
