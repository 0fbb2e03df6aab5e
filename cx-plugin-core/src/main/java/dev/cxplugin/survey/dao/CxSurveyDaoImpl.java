package dev.cxplugin.survey.dao;

import dev.cxplugin.survey.domain.CxSurveyResponse;
import dev.cxplugin.survey.domain.CxSurveyResponseImpl;
import dev.cxplugin.survey.domain.CxSurveyThrottle;
import dev.cxplugin.survey.domain.CxSurveyThrottleImpl;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.core.order.domain.OrderImpl;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.Query;
import javax.persistence.TypedQuery;

public class CxSurveyDaoImpl implements CxSurveyDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    @Override
    public CxSurveyResponse createResponse() {
        return (CxSurveyResponse) entityConfiguration.createEntityInstance(CxSurveyResponse.class.getName());
    }

    @Override
    public CxSurveyResponse saveResponse(CxSurveyResponse response) {
        CxSurveyResponse saved = em.merge(response);
        // the unique question key decides races here, inside the caller's transaction
        em.flush();
        return saved;
    }

    @Override
    public CxSurveyResponse readResponse(Long id) {
        return id == null ? null : em.find(CxSurveyResponseImpl.class, id);
    }

    @Override
    public CxSurveyResponse readResponseByQuestionKey(String questionKey) {
        List<CxSurveyResponse> rows = em.createQuery("SELECT r FROM " + CxSurveyResponseImpl.class.getName()
                + " r WHERE r.questionKey = :key", CxSurveyResponse.class)
                .setParameter("key", questionKey).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    @Override
    public List<CxSurveyResponse> readResponses(CxSurveyFilter filter, int offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<String, Object>();
        String where = where(filter, params);
        TypedQuery<CxSurveyResponse> q = em.createQuery("SELECT r FROM " + CxSurveyResponseImpl.class.getName() + " r"
                + where + " ORDER BY r.createdDate DESC, r.id DESC", CxSurveyResponse.class);
        bind(q, params);
        q.setFirstResult(Math.max(0, offset));
        q.setMaxResults(Math.max(1, limit));
        return q.getResultList();
    }

    @Override
    public long countResponses(CxSurveyFilter filter) {
        Map<String, Object> params = new LinkedHashMap<String, Object>();
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(r) FROM " + CxSurveyResponseImpl.class.getName() + " r"
                + where(filter, params), Long.class);
        bind(q, params);
        return q.getSingleResult();
    }

    protected String where(CxSurveyFilter f, Map<String, Object> params) {
        StringBuilder sb = new StringBuilder();
        if (f != null) {
            add(sb, params, "r.survey = :survey", "survey", f.getSurvey());
            add(sb, params, "r.score >= :minScore", "minScore", f.getMinScore());
            add(sb, params, "r.score <= :maxScore", "maxScore", f.getMaxScore());
            add(sb, params, "r.channel = :channel", "channel", f.getChannel());
            add(sb, params, "r.createdDate >= :fromDate", "fromDate", f.getFrom());
            add(sb, params, "r.createdDate < :untilDate", "untilDate", f.getUntil());
            add(sb, params, "r.customerId = :customerId", "customerId", f.getCustomerId());
        }
        return sb.toString();
    }

    protected void add(StringBuilder sb, Map<String, Object> params, String condition, String name, Object value) {
        if (value == null) {
            return;
        }
        sb.append(sb.length() == 0 ? " WHERE " : " AND ").append(condition);
        params.put(name, value);
    }

    protected void bind(Query q, Map<String, Object> params) {
        for (Map.Entry<String, Object> e : params.entrySet()) {
            q.setParameter(e.getKey(), e.getValue());
        }
    }

    @Override
    public CxSurveyThrottle readThrottle(Long customerId, String survey) {
        return em.find(CxSurveyThrottleImpl.class, throttleKey(customerId, survey));
    }

    @Override
    public void createThrottle(Long customerId, String survey) {
        CxSurveyThrottle t = (CxSurveyThrottle) entityConfiguration.createEntityInstance(CxSurveyThrottle.class.getName());
        t.setThrottleKey(throttleKey(customerId, survey));
        t.setCustomerId(customerId);
        t.setSurvey(survey);
        em.persist(t);
        em.flush();
    }

    @Override
    public int takeThrottle(Long customerId, String survey, String questionKey, Date now, Date freeSince) {
        return em.createQuery("UPDATE " + CxSurveyThrottleImpl.class.getName() + " t SET t.lastAskedDate = :now, "
                + "t.lastQuestionKey = :question WHERE t.throttleKey = :key AND (t.lastAskedDate IS NULL "
                + "OR t.lastAskedDate <= :freeSince OR t.lastQuestionKey = :question)")
                .setParameter("now", now)
                .setParameter("question", questionKey)
                .setParameter("key", throttleKey(customerId, survey))
                .setParameter("freeSince", freeSince)
                .executeUpdate();
    }

    protected String throttleKey(Long customerId, String survey) {
        return customerId + ":" + survey;
    }

    @Override
    public Long readOrderCustomerId(Long orderId) {
        List<Long> ids = em.createQuery("SELECT o.customer.id FROM " + OrderImpl.class.getName() + " o WHERE o.id = :id",
                Long.class).setParameter("id", orderId).getResultList();
        return ids.isEmpty() ? null : ids.get(0);
    }
}
