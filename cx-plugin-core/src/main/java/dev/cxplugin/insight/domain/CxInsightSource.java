package dev.cxplugin.insight.domain;

import java.io.Serializable;
import java.util.Date;

/** One row per rollup source: locked while that source is refreshed (one refresher at a time, across nodes). */
public interface CxInsightSource extends Serializable {

    String getName();
    void setName(String name);

    /** When its figures were last brought up to date. */
    Date getRefreshedDate();
    void setRefreshedDate(Date refreshedDate);
}
