package dev.cxplugin.insight.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** What the dashboard shows for a period: each panel's figures beside the previous period and week by week. */
public class CxDashboardView {

    protected final Date from;
    protected final Date to;
    protected final Date previousFrom;
    protected final List<Panel> panels = new ArrayList<Panel>();

    public CxDashboardView(Date from, Date to, Date previousFrom) {
        this.from = from;
        this.to = to;
        this.previousFrom = previousFrom;
    }

    /** The first day shown. */
    public Date getFrom() { return from; }
    /** The day after the last day shown. */
    public Date getTo() { return to; }
    public Date getLastDay() { return CxInsightDays.addDays(to, -1); }
    public Date getPreviousFrom() { return previousFrom; }
    public Date getPreviousLastDay() { return CxInsightDays.addDays(from, -1); }
    public List<Panel> getPanels() { return panels; }

    public Panel panel(String key) {
        for (Panel p : panels) {
            if (p.getKey().equals(key)) {
                return p;
            }
        }
        return null;
    }

    public static class Panel {
        protected final CxInsightPanel definition;
        protected final List<Date> weeks;
        protected final List<Value> values = new ArrayList<Value>();
        protected final List<Breakdown> breakdown = new ArrayList<Breakdown>();

        public Panel(CxInsightPanel definition, List<Date> weeks) {
            this.definition = definition;
            this.weeks = weeks;
        }

        public String getKey() { return definition.getKey(); }
        public String getTitle() { return definition.getTitle(); }
        /** The first day of each week of the trend (the first may start inside the week). */
        public List<Date> getWeeks() { return weeks; }
        public List<Value> getValues() { return values; }
        public List<Breakdown> getBreakdown() { return breakdown; }

        public Value value(String figureKey) {
            for (Value v : values) {
                if (v.getFigure().getKey().equals(figureKey)) {
                    return v;
                }
            }
            return null;
        }
    }

    public static class Value {
        protected final CxFigure figure;
        protected final BigDecimal current;
        protected final BigDecimal previous;
        protected final List<BigDecimal> weekly;

        public Value(CxFigure figure, BigDecimal current, BigDecimal previous, List<BigDecimal> weekly) {
            this.figure = figure;
            this.current = shown(figure, current);
            this.previous = shown(figure, previous);
            this.weekly = weekly;
        }

        /** Money to the cent (sums of order totals come back from the database with four decimals). */
        protected static BigDecimal shown(CxFigure figure, BigDecimal value) {
            return value != null && CxFigure.MONEY.equals(figure.getUnit()) ? value.setScale(2, java.math.RoundingMode.HALF_UP) : value;
        }

        public CxFigure getFigure() { return figure; }
        public BigDecimal getCurrent() { return current; }
        public BigDecimal getPrevious() { return previous; }
        public List<BigDecimal> getWeekly() { return weekly; }

        /** current - previous, or null when either is undefined. */
        public BigDecimal getChange() {
            return current == null || previous == null ? null : current.subtract(previous);
        }

        /** Whether the change is good news (up for most figures, down for failures and abandonment). */
        public boolean isImproved() {
            BigDecimal change = getChange();
            return change != null && (figure.isLowerIsBetter() ? change.signum() < 0 : change.signum() > 0);
        }

        public boolean isWorse() {
            BigDecimal change = getChange();
            return change != null && (figure.isLowerIsBetter() ? change.signum() > 0 : change.signum() < 0);
        }
    }

    /** One split of the panel's breakdown metric (e.g. one email kind): count now and in the previous period. */
    public static class Breakdown {
        protected final String dim;
        protected final long current;
        protected final long previous;

        public Breakdown(String dim, long current, long previous) {
            this.dim = dim;
            this.current = current;
            this.previous = previous;
        }

        public String getDim() { return dim; }
        public long getCurrent() { return current; }
        public long getPrevious() { return previous; }
    }
}
