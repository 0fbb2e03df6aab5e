package dev.cxplugin.insight.service;

import dev.cxplugin.survey.domain.CxSurveyResponseImpl;

import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * Figures from survey answers, by the day a question was answered: {@code survey.answers} split by
 * {@code <survey>|<score>|<topic kind>} (e.g. {@code NPS|9|}, {@code CSAT|5|complaint}), total = the score.
 * A changed answer (another score clicked, a comment added) marks its day through the insight listener.
 */
public class CxSurveyRollupSource implements CxRollupSource {

    public static final String NAME = "survey";
    protected static final String[] SURVEYS = {"NPS", "CSAT", "CES"};

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getSettlingDays() {
        return 0;
    }

    @Override
    public Date firstDay() {
        return em.createQuery("SELECT MIN(r.createdDate) FROM " + CxSurveyResponseImpl.class.getName() + " r", Date.class)
                .getSingleResult();
    }

    @Override
    public List<CxRollupRow> compute(Date from, Date to) {
        CxInsightDays.Buckets buckets = new CxInsightDays.Buckets();
        // one query per kind, so the (SURVEY, CREATED_DATE) index serves each: a day costs its answers, not all of them
        for (String survey : SURVEYS) {
            List<Object[]> rows = em.createQuery("SELECT r.createdDate, r.score, r.topic FROM " + CxSurveyResponseImpl.class.getName()
                    + " r WHERE r.survey = :survey AND r.createdDate >= :from AND r.createdDate < :to", Object[].class)
                    .setParameter("survey", survey)
                    .setParameter("from", from)
                    .setParameter("to", to)
                    .getResultList();
            for (Object[] row : rows) {
                int score = ((Number) row[1]).intValue();
                buckets.row((Date) row[0], "survey.answers", dim(survey, score, (String) row[2]))
                        .add(1, java.math.BigDecimal.valueOf(score));
            }
        }
        return buckets.list();
    }

    public static String dim(String survey, int score, String topic) {
        String kind = topic == null ? "" : (topic.indexOf(':') >= 0 ? topic.substring(0, topic.indexOf(':')) : topic);
        return survey + "|" + score + "|" + kind;
    }
}
