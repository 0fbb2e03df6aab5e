package dev.cxplugin.insight.service;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** NPS with promoters, passives and detractors; CSAT; CSAT after a complaint; CES; number of answers. */
public class CxSurveyPanel extends CxAbstractInsightPanel {

    public CxSurveyPanel() {
        super("survey", "Surveys: NPS, CSAT, CES", 10, "survey.answers");
        figure("nps", "NPS", CxFigure.SCORE,
                "Net Promoter Score: the share of promoters (9-10) minus the share of detractors (0-6) among NPS answers, "
                        + "from -100 to 100.",
                t -> {
                    long all = count(t, "NPS", 0, 10, null);
                    return all == 0 ? null : BigDecimal.valueOf((count(t, "NPS", 9, 10, null) - count(t, "NPS", 0, 6, null)) * 100L)
                            .divide(BigDecimal.valueOf(all), 1, RoundingMode.HALF_UP);
                });
        figure("promoters", "Promoters", CxFigure.PERCENT, "Share of NPS answers of 9 or 10.",
                t -> CxFigure.percent(count(t, "NPS", 9, 10, null), count(t, "NPS", 0, 10, null)));
        figure("passives", "Passives", CxFigure.PERCENT, "Share of NPS answers of 7 or 8.",
                t -> CxFigure.percent(count(t, "NPS", 7, 8, null), count(t, "NPS", 0, 10, null)));
        lowerIsBetter("detractors", "Detractors", CxFigure.PERCENT, "Share of NPS answers of 0 to 6.",
                t -> CxFigure.percent(count(t, "NPS", 0, 6, null), count(t, "NPS", 0, 10, null)));
        figure("npsAnswers", "NPS answers", CxFigure.COUNT, "Number of NPS answers in the period.",
                t -> BigDecimal.valueOf(count(t, "NPS", 0, 10, null)));
        figure("csat", "CSAT", CxFigure.PERCENT,
                "Customer satisfaction: the share of CSAT answers of 4 or 5 (satisfied or very satisfied), all topics.",
                t -> CxFigure.percent(count(t, "CSAT", 4, 5, null), count(t, "CSAT", 1, 5, null)));
        figure("csatComplaints", "CSAT after a complaint", CxFigure.PERCENT,
                "The share of 4 or 5 among CSAT answers asked when a complaint was resolved.",
                t -> CxFigure.percent(count(t, "CSAT", 4, 5, "complaint"), count(t, "CSAT", 1, 5, "complaint")));
        figure("ces", "CES", CxFigure.SCORE,
                "Customer Effort Score: the average answer from 1 (very hard) to 7 (very easy) to \"the store made it easy\".",
                t -> CxFigure.average(sum(t, "CES"), count(t, "CES", 1, 7, null)));
        figure("answers", "Answers", CxFigure.COUNT, "Survey answers of every kind in the period.",
                t -> BigDecimal.valueOf(t.count("survey.answers")));
    }

    /** Answers of one survey with a score in [low, high], optionally only of one topic kind. */
    public static long count(CxInsightTotals t, String survey, int low, int high, String topicKind) {
        long n = 0;
        for (String dim : t.dims("survey.answers")) {
            String[] parts = dim.split("\\|", -1);
            int score = Integer.parseInt(parts[1]);
            if (parts[0].equals(survey) && score >= low && score <= high && (topicKind == null || topicKind.equals(parts[2]))) {
                n += t.count("survey.answers", dim);
            }
        }
        return n;
    }

    protected static BigDecimal sum(CxInsightTotals t, String survey) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String dim : t.dims("survey.answers")) {
            if (dim.startsWith(survey + "|")) {
                sum = sum.add(t.total("survey.answers", dim));
            }
        }
        return sum;
    }
}
