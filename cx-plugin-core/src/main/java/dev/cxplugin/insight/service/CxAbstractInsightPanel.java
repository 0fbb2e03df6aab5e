package dev.cxplugin.insight.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Holds a panel's key, title, order, metrics and figures; subclasses add their figures in the constructor. */
public abstract class CxAbstractInsightPanel implements CxInsightPanel {

    protected final String key;
    protected final String title;
    protected int order;
    protected final List<String> metrics;
    protected final List<CxFigure> figures = new ArrayList<CxFigure>();
    protected String breakdownMetric;

    protected CxAbstractInsightPanel(String key, String title, int order, String... metrics) {
        this.key = key;
        this.title = title;
        this.order = order;
        this.metrics = Arrays.asList(metrics);
    }

    protected void figure(String key, String label, String unit, String definition, CxFigure.Formula formula) {
        figures.add(new CxFigure(key, label, unit, definition, false, formula));
    }

    protected void lowerIsBetter(String key, String label, String unit, String definition, CxFigure.Formula formula) {
        figures.add(new CxFigure(key, label, unit, definition, true, formula));
    }

    public void setOrder(int order) {
        this.order = order;
    }

    @Override public String getKey() { return key; }
    @Override public String getTitle() { return title; }
    @Override public int getOrder() { return order; }
    @Override public List<String> getMetrics() { return metrics; }
    @Override public List<CxFigure> getFigures() { return figures; }
    @Override public String getBreakdownMetric() { return breakdownMetric; }
}
