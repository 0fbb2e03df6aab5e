package dev.cxplugin.insight.service;

import dev.cxplugin.survey.domain.CxSurveyResponse;
import dev.cxplugin.survey.domain.CxSurveyResponseImpl;
import dev.cxplugin.survey.service.CxSurveyService;
import dev.cxplugin.survey.type.CxSurveyKind;
import dev.cxplugin.test.BroadleafExtension;
import dev.cxplugin.test.CheckoutFixtures;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static dev.cxplugin.insight.service.InsightFiguresTest.at;
import static dev.cxplugin.insight.service.InsightFiguresTest.day;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** NPS, CSAT and CES on the dashboard against answers worked out by hand, and a new answer showing at once. */
@ExtendWith(BroadleafExtension.class)
class InsightSurveyFiguresTest {

    @Resource(name = "cxSurveyService")
    protected CxSurveyService surveys;

    @Resource(name = "cxInsightDashboard")
    protected CxInsightDashboard dashboard;

    @Resource(name = "cxInsightRollups")
    protected CxInsightRollups rollups;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    static final java.util.concurrent.atomic.AtomicLong NOTIFICATION_IDS = new java.util.concurrent.atomic.AtomicLong(880_000_000L);

    CheckoutFixtures fixtures;

    @BeforeEach
    void setUp(ApplicationContext ctx) {
        fixtures = new CheckoutFixtures(ctx);
    }

    @Test
    void fivePromotersThreePassivesAndTwoDetractorsMakeAnNpsOf30() throws Exception {
        List<Long> answers = new ArrayList<Long>();
        for (int score : new int[] {9, 10, 9, 10, 9, 7, 8, 7, 0, 6}) {
            answers.add(surveys.answerOnSite(aCustomer().getId(), "NPS", String.valueOf(score), null, "en_US").getId());
        }
        answers.add(emailAnswer(CxSurveyKind.CSAT, 5, "complaint:41"));
        answers.add(emailAnswer(CxSurveyKind.CSAT, 4, "complaint:42"));
        answers.add(emailAnswer(CxSurveyKind.CSAT, 2, "complaint:43"));
        answers.add(emailAnswer(CxSurveyKind.CSAT, 5, null));
        answers.add(emailAnswer(CxSurveyKind.CES, 7, null));
        answers.add(emailAnswer(CxSurveyKind.CES, 5, null));
        answers.add(emailAnswer(CxSurveyKind.CES, 6, null));
        movedTo(answers, "1995-05-10 12:00");
        rollups.rebuild(CxSurveyRollupSource.NAME);

        CxDashboardView.Panel panel = dashboard.view(day("1995-05-08"), day("1995-05-14")).panel("survey");

        assertEquals(new BigDecimal("30.0"), panel.value("nps").getCurrent());          // 50 % - 20 %
        assertEquals(new BigDecimal("50.0"), panel.value("promoters").getCurrent());
        assertEquals(new BigDecimal("30.0"), panel.value("passives").getCurrent());
        assertEquals(new BigDecimal("20.0"), panel.value("detractors").getCurrent());
        assertEquals(BigDecimal.valueOf(10), panel.value("npsAnswers").getCurrent());
        assertEquals(new BigDecimal("75.0"), panel.value("csat").getCurrent());         // 5, 4, 5 of 5, 4, 2, 5
        assertEquals(new BigDecimal("66.7"), panel.value("csatComplaints").getCurrent()); // 5, 4 of 5, 4, 2
        assertEquals(new BigDecimal("6.00"), panel.value("ces").getCurrent());          // (7 + 5 + 6) / 3
        assertEquals(BigDecimal.valueOf(17), panel.value("answers").getCurrent());
    }

    @Test
    void aNewAnswerMovesTodaysNpsAtOnce() throws Exception {
        Date today = new Date();
        long before = dashboard.view(today, today).panel("survey").value("npsAnswers").getCurrent().longValue();

        surveys.answerOnSite(aCustomer().getId(), "NPS", "3", null, "ar");

        CxDashboardView.Panel after = dashboard.view(today, today).panel("survey");
        assertEquals(before + 1, after.value("npsAnswers").getCurrent().longValue());
        // the same figure worked out from today's answers themselves
        long[] bands = fixtures.inTransaction(() -> {
            long[] n = new long[3];
            for (Object score : em.createQuery("SELECT r.score FROM " + CxSurveyResponseImpl.class.getName()
                    + " r WHERE r.survey = 'NPS' AND r.createdDate >= :day").setParameter("day", day(new java.text.SimpleDateFormat("yyyy-MM-dd")
                    .format(today))).getResultList()) {
                int v = ((Number) score).intValue();
                n[v <= 6 ? 0 : v <= 8 ? 1 : 2]++;
            }
            return n;
        });
        long all = bands[0] + bands[1] + bands[2];
        assertEquals(BigDecimal.valueOf((bands[2] - bands[0]) * 100L).divide(BigDecimal.valueOf(all), 1, java.math.RoundingMode.HALF_UP),
                after.value("nps").getCurrent());
    }

    Customer aCustomer() {
        return fixtures.aCustomer("Answer", "en_US");
    }

    Long emailAnswer(CxSurveyKind kind, int score, String topic) throws Exception {
        Customer customer = aCustomer();
        // the question an email asked: one per (notification, survey); the notification id only has to be unique here
        String token = surveys.answerToken(customer.getId(), null, NOTIFICATION_IDS.incrementAndGet(), kind, score, topic);
        CxSurveyResponse response = surveys.answerFromEmail(token, String.valueOf(score), null, "en_US");
        return response.getId();
    }

    void movedTo(List<Long> ids, String when) {
        fixtures.inTransaction(() -> em.createQuery("UPDATE " + CxSurveyResponseImpl.class.getName()
                + " r SET r.createdDate = :at WHERE r.id IN (:ids)").setParameter("at", at(when)).setParameter("ids", ids).executeUpdate());
    }
}
