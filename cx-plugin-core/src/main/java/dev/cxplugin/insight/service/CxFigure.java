package dev.cxplugin.insight.service;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One number on the dashboard: how it is computed from a period's totals, how it reads (a count, a share in
 * percent, money, hours, a score) and what it means, shown on hover and in the help panel.
 */
public class CxFigure {

    /** Computes the figure from a period's totals; null when it is undefined (nothing to divide by). */
    public interface Formula {
        BigDecimal apply(CxInsightTotals totals);
    }

    public static final String COUNT = "count";
    public static final String PERCENT = "percent";
    public static final String MONEY = "money";
    public static final String HOURS = "hours";
    public static final String SCORE = "score";

    protected final String key;
    protected final String label;
    protected final String unit;
    protected final String definition;
    protected final Formula formula;
    /** True when a smaller number is better (abandonment, failures): the change is coloured the other way. */
    protected final boolean lowerIsBetter;

    public CxFigure(String key, String label, String unit, String definition, boolean lowerIsBetter, Formula formula) {
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.definition = definition;
        this.lowerIsBetter = lowerIsBetter;
        this.formula = formula;
    }

    public String getKey() { return key; }
    public String getLabel() { return label; }
    public String getUnit() { return unit; }
    public String getDefinition() { return definition; }
    public boolean isLowerIsBetter() { return lowerIsBetter; }

    public BigDecimal value(CxInsightTotals totals) {
        return formula.apply(totals);
    }

    /** part / whole x 100, one decimal; null when whole is 0. */
    public static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** amount / n, two decimals; null when n is 0. */
    public static BigDecimal average(BigDecimal amount, long n) {
        return n == 0 ? null : amount.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
    }
}
