package dev.cxplugin.complaint.dao;

import dev.cxplugin.complaint.domain.CxComplaint;
import dev.cxplugin.complaint.domain.CxComplaintAudit;
import dev.cxplugin.complaint.domain.CxComplaintMessage;
import dev.cxplugin.complaint.domain.CxComplaintSlaPolicy;
import dev.cxplugin.complaint.type.CxComplaintMessageType;
import org.broadleafcommerce.common.persistence.EntityConfiguration;

import java.util.Arrays;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;

public class CxComplaintDaoImpl implements CxComplaintDao {

    protected static final List<String> OPEN_WORK = Arrays.asList("NEW", "OPEN", "PENDING_CUSTOMER", "ON_HOLD");

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    protected String c() {
        return CxComplaint.class.getName();
    }

    /** The mapped class (a store may replace the Impl in its entity configuration). */
    @SuppressWarnings("unchecked")
    protected Class<? extends CxComplaint> entityClass() {
        return (Class<? extends CxComplaint>) entityConfiguration.lookupEntityClass(CxComplaint.class.getName());
    }

    @Override
    public CxComplaint create() {
        return (CxComplaint) entityConfiguration.createEntityInstance(CxComplaint.class.getName());
    }

    @Override
    public CxComplaint save(CxComplaint complaint) {
        if (complaint.getId() == null) {
            em.persist(complaint);
            return complaint;
        }
        return em.merge(complaint);
    }

    @Override
    public CxComplaint readById(Long id) {
        return id == null ? null : em.find(entityClass(), id);
    }

    @Override
    public CxComplaint readForUpdate(Long id) {
        return id == null ? null : em.find(entityClass(), id, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public CxComplaint readByReference(String reference) {
        return single(em.createQuery("SELECT c FROM " + c() + " c WHERE c.reference = :v", CxComplaint.class)
                .setParameter("v", reference));
    }

    @Override
    public CxComplaint readBySourceKey(String sourceKey) {
        return single(em.createQuery("SELECT c FROM " + c() + " c WHERE c.sourceKey = :v", CxComplaint.class)
                .setParameter("v", sourceKey));
    }

    @Override
    public List<CxComplaint> readForCustomer(Long customerId) {
        return em.createQuery("SELECT c FROM " + c() + " c WHERE c.customerId = :v ORDER BY c.createdAt DESC, c.id DESC",
                CxComplaint.class).setParameter("v", customerId).getResultList();
    }

    @Override
    public List<CxComplaint> readForEmail(String email) {
        return em.createQuery("SELECT c FROM " + c() + " c WHERE LOWER(c.email) = :v ORDER BY c.createdAt DESC, c.id DESC",
                CxComplaint.class).setParameter("v", email.toLowerCase()).getResultList();
    }

    @Override
    public List<CxComplaint> search(CxComplaintQuery q) {
        StringBuilder jpql = new StringBuilder("SELECT c FROM " + c() + " c WHERE 1 = 1");
        if (q.status != null) {
            jpql.append(" AND c.status = :status");
        } else if (q.openWorkOnly) {
            jpql.append(" AND c.status IN (:open)");
        }
        if (q.priority != null) {
            jpql.append(" AND c.priority = :priority");
        }
        if (q.category != null) {
            jpql.append(" AND c.category = :category");
        }
        if (q.assigneeId != null) {
            jpql.append(" AND c.assigneeId = :assignee");
        }
        if (q.breachedOnly) {
            jpql.append(" AND (c.firstResponseBreachedAt IS NOT NULL OR c.resolutionBreachedAt IS NOT NULL)");
        }
        if (q.createdBefore != null) {
            jpql.append(" AND c.createdAt <= :before");
        }
        jpql.append(" ORDER BY c.createdAt ASC, c.id ASC");
        TypedQuery<CxComplaint> query = em.createQuery(jpql.toString(), CxComplaint.class);
        if (q.status != null) {
            query.setParameter("status", q.status);
        } else if (q.openWorkOnly) {
            query.setParameter("open", OPEN_WORK);
        }
        if (q.priority != null) {
            query.setParameter("priority", q.priority);
        }
        if (q.category != null) {
            query.setParameter("category", q.category);
        }
        if (q.assigneeId != null) {
            query.setParameter("assignee", q.assigneeId);
        }
        if (q.createdBefore != null) {
            query.setParameter("before", q.createdBefore);
        }
        return query.setMaxResults(q.maxResults).getResultList();
    }

    @Override
    public List<CxComplaint> readOpenWork() {
        return em.createQuery("SELECT c FROM " + c() + " c WHERE c.status IN (:open) ORDER BY c.id", CxComplaint.class)
                .setParameter("open", OPEN_WORK).getResultList();
    }

    @Override
    public List<CxComplaint> readResolvedBefore(Date resolvedBefore) {
        return em.createQuery("SELECT c FROM " + c() + " c WHERE c.status = 'RESOLVED' AND c.resolvedAt <= :t ORDER BY c.id",
                CxComplaint.class).setParameter("t", resolvedBefore).getResultList();
    }

    @Override
    public List<CxComplaint> readCreatedBetween(Date from, Date to) {
        return em.createQuery("SELECT c FROM " + c() + " c WHERE c.createdAt >= :f AND c.createdAt < :t ORDER BY c.id",
                CxComplaint.class).setParameter("f", from).setParameter("t", to).getResultList();
    }

    @Override
    public CxComplaintMessage createMessage() {
        return (CxComplaintMessage) entityConfiguration.createEntityInstance(CxComplaintMessage.class.getName());
    }

    @Override
    public CxComplaintMessage addMessage(CxComplaintMessage message) {
        em.persist(message);
        return message;
    }

    @Override
    public List<CxComplaintMessage> readMessages(Long complaintId, boolean publicOnly) {
        String jpql = "SELECT m FROM " + CxComplaintMessage.class.getName() + " m WHERE m.complaintId = :id"
                + (publicOnly ? " AND m.type <> :note" : "") + " ORDER BY m.createdAt, m.id";
        TypedQuery<CxComplaintMessage> q = em.createQuery(jpql, CxComplaintMessage.class).setParameter("id", complaintId);
        if (publicOnly) {
            q.setParameter("note", CxComplaintMessageType.NOTE.name());
        }
        return q.getResultList();
    }

    @Override
    public CxComplaintAudit createAudit() {
        return (CxComplaintAudit) entityConfiguration.createEntityInstance(CxComplaintAudit.class.getName());
    }

    @Override
    public CxComplaintAudit addAudit(CxComplaintAudit audit) {
        em.persist(audit);
        return audit;
    }

    @Override
    public List<CxComplaintAudit> readAudit(Long complaintId) {
        return em.createQuery("SELECT a FROM " + CxComplaintAudit.class.getName()
                + " a WHERE a.complaintId = :id ORDER BY a.createdAt, a.id", CxComplaintAudit.class)
                .setParameter("id", complaintId).getResultList();
    }

    @Override
    public List<CxComplaintSlaPolicy> readPolicies() {
        return em.createQuery("SELECT p FROM " + CxComplaintSlaPolicy.class.getName() + " p ORDER BY p.id",
                CxComplaintSlaPolicy.class).getResultList();
    }

    @Override
    public CxComplaintSlaPolicy readPolicy(String priority) {
        return single(em.createQuery("SELECT p FROM " + CxComplaintSlaPolicy.class.getName()
                + " p WHERE p.priority = :v", CxComplaintSlaPolicy.class).setParameter("v", priority));
    }

    @Override
    public CxComplaintSlaPolicy createPolicy() {
        return (CxComplaintSlaPolicy) entityConfiguration.createEntityInstance(CxComplaintSlaPolicy.class.getName());
    }

    @Override
    public CxComplaintSlaPolicy savePolicy(CxComplaintSlaPolicy policy) {
        if (policy.getId() == null) {
            em.persist(policy);
            return policy;
        }
        return em.merge(policy);
    }

    protected <T> T single(TypedQuery<T> q) {
        List<T> r = q.setMaxResults(1).getResultList();
        return r.isEmpty() ? null : r.get(0);
    }
}
