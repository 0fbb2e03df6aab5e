package dev.cxplugin.insight.timeline;

import java.util.Date;

/** One thing in a customer's history: when, what kind, a one-line title, a detail, and the admin page about it. */
public class CxTimelineEntry {

    protected final Date when;
    protected final String kind;
    protected final String title;
    protected final String detail;
    protected final String link;

    /**
     * @param kind  ORDER, EMAIL, ORDER_UPDATE, REVIEW, SURVEY, COMPLAINT, POINTS (a capability may add its own)
     * @param link  the admin path of its detail page (e.g. {@code /order/12}), or null
     */
    public CxTimelineEntry(Date when, String kind, String title, String detail, String link) {
        this.when = when;
        this.kind = kind;
        this.title = title;
        this.detail = detail;
        this.link = link;
    }

    public Date getWhen() { return when; }
    public String getKind() { return kind; }
    public String getTitle() { return title; }
    public String getDetail() { return detail; }
    public String getLink() { return link; }
}
