package dev.cxplugin.insight.service;

import dev.cxplugin.insight.domain.CxInsightDay;
import dev.cxplugin.loyalty.service.CxLoyaltySettingsService;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

/**
 * The points programme from its ledger: members active in the period, members holding points, points earned,
 * redeemed, expired and reversed, and the points outstanding at the end of the period with their value at the
 * configured point value (the store's liability).
 */
public class CxLoyaltyPanel extends CxAbstractInsightPanel {

    @Resource(name = "cxLoyaltySettingsService")
    protected CxLoyaltySettingsService settings;

    public CxLoyaltyPanel() {
        super("loyalty", "Loyalty points", 70, "loyalty.entry", "loyalty.member", "loyalty.balance");
        figure("activeMembers", "Active members", CxFigure.COUNT,
                "Members with at least one points line in the period (earned, redeemed, expired, adjusted...).",
                t -> BigDecimal.valueOf(activeMembers(t)));
        figure("membersWithPoints", "Members with points", CxFigure.COUNT,
                "Members holding points (pending or available) at the end of the period's last day.",
                t -> outstanding(t, "", true));
        figure("earned", "Points earned", CxFigure.COUNT,
                "Points given in the period: for orders (while their return window is open, pending) and as bonuses.",
                t -> points(t, "EARN").add(points(t, "BONUS")));
        figure("redeemed", "Points redeemed", CxFigure.COUNT,
                "Points exchanged for rewards in the period, less the points of unused rewards given back.",
                t -> points(t, "REDEEM").add(points(t, "REFUND")).negate());
        lowerIsBetter("expired", "Points expired", CxFigure.COUNT,
                "Points that lapsed in the period after months without a purchase.",
                t -> points(t, "EXPIRE").negate());
        lowerIsBetter("reversed", "Points reversed", CxFigure.COUNT,
                "Points taken back in the period because their order was cancelled or returned.",
                t -> points(t, "REVERSE").negate());
        lowerIsBetter("liabilityPoints", "Outstanding points", CxFigure.COUNT,
                "Points held by all members (pending and available) at the end of the period's last day.",
                t -> outstanding(t, "", false));
        lowerIsBetter("liabilityMoney", "Outstanding liability", CxFigure.MONEY,
                "What the outstanding points are worth at the point value configured now (Customer Experience > Loyalty).",
                t -> {
                    BigDecimal points = outstanding(t, "", false);
                    return points == null ? null : points.multiply(pointValue()).setScale(2, RoundingMode.HALF_UP);
                });
    }

    protected BigDecimal pointValue() {
        return settings.current().getPointValue();
    }

    /** Points moved by one kind of line, as a whole number (the daily totals are stored as decimals). */
    protected static BigDecimal points(CxInsightTotals t, String kind) {
        return t.total("loyalty.entry", kind).setScale(0, RoundingMode.HALF_UP);
    }

    /** Lines whose member's previous line lies before the period: one per member active in it. */
    public static long activeMembers(CxInsightTotals t) {
        long n = 0;
        for (CxInsightDay row : t.rows("loyalty.member")) {
            if (CxLoyaltyRollupSource.NEW.equals(row.getDim())
                    || Integer.parseInt(row.getDim()) > CxInsightDays.daysBetween(t.getFrom(), row.getDay())) {
                n += row.getCount();
            }
        }
        return n;
    }

    /**
     * From the latest balance snapshot on or before the period's last day (in this period or the one before; no line
     * was written since, so it still holds): its member count or its points. Null when neither period has one.
     */
    protected static BigDecimal outstanding(CxInsightTotals t, String dim, boolean members) {
        Date last = CxInsightDays.addDays(t.getTo(), -1);
        List<CxInsightDay> rows = new ArrayList<CxInsightDay>(t.rows("loyalty.balance"));
        if (t.getPrevious() != null) {
            rows.addAll(t.getPrevious().rows("loyalty.balance"));
        }
        CxInsightDay latest = null;
        for (CxInsightDay row : rows) {
            if (dim.equals(row.getDim()) && !row.getDay().after(last) && (latest == null || row.getDay().after(latest.getDay()))) {
                latest = row;
            }
        }
        if (latest == null) {
            return null;
        }
        return members ? BigDecimal.valueOf(latest.getCount()) : latest.getTotal().setScale(0, RoundingMode.HALF_UP);
    }
}
