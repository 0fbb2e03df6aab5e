package dev.cxplugin.insight.service;

import java.math.BigDecimal;

/** Customer emails: sent, failed, dead and cancelled, with a table by kind. */
public class CxNotificationsPanel extends CxAbstractInsightPanel {

    public CxNotificationsPanel() {
        super("notify", "Customer emails", 60, "notify.queued", "notify.sent", "notify.failed", "notify.dead", "notify.cancelled");
        breakdownMetric = "notify.queued";
        figure("sent", "Sent", CxFigure.COUNT, "Emails queued in the period that have been delivered to the mail server.",
                t -> BigDecimal.valueOf(t.count("notify.sent")));
        lowerIsBetter("failed", "Failed attempts", CxFigure.COUNT,
                "Emails queued in the period that needed more than one attempt or were given up.",
                t -> BigDecimal.valueOf(t.count("notify.failed")));
        lowerIsBetter("dead", "Dead", CxFigure.COUNT,
                "Emails queued in the period that were given up after the last attempt (staff can resend them).",
                t -> BigDecimal.valueOf(t.count("notify.dead")));
        figure("cancelled", "Not sent on purpose", CxFigure.COUNT,
                "Emails not sent because the customer opted out, the order was cancelled or returned, or the "
                        + "contact cap left no room.",
                t -> BigDecimal.valueOf(t.count("notify.cancelled")));
        figure("deliveryRate", "Delivered", CxFigure.PERCENT,
                "Sent as a share of the emails queued in the period that were meant to go (not cancelled).",
                t -> CxFigure.percent(t.count("notify.sent"), t.count("notify.queued") - t.count("notify.cancelled")));
    }
}
