package dev.cxplugin.insight.domain;

import java.io.Serializable;
import java.util.Date;

/**
 * "This source's figures for this day must be recomputed": written in the transaction of the change (an answer,
 * a review), so a committed change always leaves its mark and a rolled-back one leaves none. Insert-only, no
 * unique key: marking never conflicts with a concurrent mark; the refresher removes the marks it has handled.
 */
public interface CxInsightDirty extends Serializable {

    Long getId();
    void setId(Long id);

    String getSource();
    void setSource(String source);

    Date getDay();
    void setDay(Date day);
}
