package dev.cxplugin.insight.service;

import java.util.List;

/**
 * A panel of the CX dashboard: the figures of one subject (orders, emails, surveys...) and the metrics they are
 * computed from. Register one as a bean to add it; {@link #getOrder()} places it.
 */
public interface CxInsightPanel {

    String getKey();

    String getTitle();

    int getOrder();

    /** The rollup metrics its figures read. */
    List<String> getMetrics();

    List<CxFigure> getFigures();

    /** A metric whose splits the panel lists in a table (e.g. emails by kind), or null. */
    String getBreakdownMetric();
}
