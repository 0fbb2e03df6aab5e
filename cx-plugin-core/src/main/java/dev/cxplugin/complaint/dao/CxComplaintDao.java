package dev.cxplugin.complaint.dao;

import dev.cxplugin.complaint.domain.CxComplaint;
import dev.cxplugin.complaint.domain.CxComplaintAudit;
import dev.cxplugin.complaint.domain.CxComplaintMessage;
import dev.cxplugin.complaint.domain.CxComplaintSlaPolicy;

import java.util.Date;
import java.util.List;

public interface CxComplaintDao {

    CxComplaint create();

    CxComplaint save(CxComplaint complaint);

    CxComplaint readById(Long id);

    /** Locks the row (SELECT ... FOR UPDATE) so concurrent changes to one ticket queue up. */
    CxComplaint readForUpdate(Long id);

    CxComplaint readByReference(String reference);

    CxComplaint readBySourceKey(String sourceKey);

    List<CxComplaint> readForCustomer(Long customerId);

    List<CxComplaint> readForEmail(String email);

    /** The queue: every filter may be null. */
    List<CxComplaint> search(CxComplaintQuery query);

    List<CxComplaint> readOpenWork();

    List<CxComplaint> readResolvedBefore(Date resolvedBefore);

    List<CxComplaint> readCreatedBetween(Date from, Date to);

    CxComplaintMessage addMessage(CxComplaintMessage message);

    CxComplaintMessage createMessage();

    List<CxComplaintMessage> readMessages(Long complaintId, boolean publicOnly);

    CxComplaintAudit createAudit();

    CxComplaintAudit addAudit(CxComplaintAudit audit);

    List<CxComplaintAudit> readAudit(Long complaintId);

    List<CxComplaintSlaPolicy> readPolicies();

    CxComplaintSlaPolicy readPolicy(String priority);

    CxComplaintSlaPolicy savePolicy(CxComplaintSlaPolicy policy);

    CxComplaintSlaPolicy createPolicy();
}
