package dev.cxplugin.insight.service;

import java.math.BigDecimal;

/** Reviews written, published, their average stars, the review rate per delivered order and the share verified. */
public class CxReviewsPanel extends CxAbstractInsightPanel {

    public CxReviewsPanel() {
        super("review", "Reviews", 20, "review.written", "review.delivered");
        figure("written", "Reviews", CxFigure.COUNT, "Reviews written in the period, whatever their moderation.",
                t -> BigDecimal.valueOf(t.count("review.written")));
        figure("published", "Published", CxFigure.COUNT, "Reviews written in the period that are approved and shown.",
                t -> BigDecimal.valueOf(count(t, "APPROVED", null)));
        figure("averageRating", "Average rating", CxFigure.SCORE,
                "Average stars (1 to 5) of the published reviews written in the period.",
                t -> CxFigure.average(stars(t, "APPROVED"), count(t, "APPROVED", null)));
        figure("reviewRate", "Review rate", CxFigure.PERCENT,
                "Reviews written in the period per order delivered in the period.",
                t -> CxFigure.percent(t.count("review.written"), t.count("review.delivered")));
        figure("verified", "Verified buyers", CxFigure.PERCENT,
                "Share of the period's reviews written by a customer with a submitted, not cancelled order of the product.",
                t -> CxFigure.percent(count(t, null, "V"), t.count("review.written")));
        lowerIsBetter("pending", "Waiting for moderation", CxFigure.COUNT,
                "Reviews written in the period that nobody has approved or rejected yet.",
                t -> BigDecimal.valueOf(count(t, "PENDING", null)));
    }

    protected static long count(CxInsightTotals t, String status, String verified) {
        long n = 0;
        for (String dim : t.dims("review.written")) {
            String[] parts = dim.split("\\|", -1);
            if ((status == null || status.equals(parts[0])) && (verified == null || verified.equals(parts[2]))) {
                n += t.count("review.written", dim);
            }
        }
        return n;
    }

    protected static BigDecimal stars(CxInsightTotals t, String status) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String dim : t.dims("review.written")) {
            if (dim.startsWith(status + "|")) {
                sum = sum.add(t.total("review.written", dim));
            }
        }
        return sum;
    }
}
