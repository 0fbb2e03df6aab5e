package dev.cxplugin.insight.timeline;

import dev.cxplugin.survey.domain.CxSurveyResponseImpl;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * The customer's survey answers (NPS, CSAT, CES) with score, channel and comment. Answers have no page of their own:
 * the link opens the survey list filtered to this customer, that survey and that day.
 */
public class CxSurveyTimelineSource implements CxTimelineSource {

    protected static final int MAX_COMMENT = 200;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public List<CxTimelineEntry> entries(Long customerId, int max) {
        List<Object[]> rows = em.createQuery("SELECT r.id, r.createdDate, r.survey, r.score, r.channel, r.comment, r.topic FROM "
                + CxSurveyResponseImpl.class.getName() + " r WHERE r.customerId = :customer ORDER BY r.createdDate DESC", Object[].class)
                .setParameter("customer", customerId)
                .setMaxResults(max)
                .getResultList();
        List<CxTimelineEntry> entries = new ArrayList<CxTimelineEntry>();
        SimpleDateFormat iso = new SimpleDateFormat("yyyy-MM-dd");
        for (Object[] row : rows) {
            Date when = (Date) row[1];
            String comment = row[5] == null ? "" : (String) row[5];
            if (comment.length() > MAX_COMMENT) {
                comment = comment.substring(0, MAX_COMMENT) + "...";
            }
            String about = row[6] == null ? "" : " about " + row[6];
            String day = iso.format(when);
            entries.add(new CxTimelineEntry(when, "SURVEY", "Survey answer: " + row[2] + " " + row[3] + about
                    + " (" + String.valueOf(row[4]).toLowerCase() + ")", comment,
                    "/cx-survey?customer=" + customerId + "&survey=" + row[2] + "&from=" + day + "&to=" + day));
        }
        return entries;
    }
}
