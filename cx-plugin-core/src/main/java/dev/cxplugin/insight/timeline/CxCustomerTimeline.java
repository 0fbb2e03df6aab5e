package dev.cxplugin.insight.timeline;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** A customer's whole history in one list, newest first: orders, emails, order updates, and what other capabilities add. */
public class CxCustomerTimeline {

    @Autowired(required = false)
    protected List<CxTimelineSource> sources = new ArrayList<CxTimelineSource>();

    /** The latest {@code max} entries across every source. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<CxTimelineEntry> entries(Long customerId, int max) {
        List<CxTimelineEntry> all = new ArrayList<CxTimelineEntry>();
        for (CxTimelineSource source : sources) {
            all.addAll(source.entries(customerId, max));
        }
        Collections.sort(all, new Comparator<CxTimelineEntry>() {
            @Override
            public int compare(CxTimelineEntry a, CxTimelineEntry b) {
                return b.getWhen().compareTo(a.getWhen());
            }
        });
        return all.size() > max ? new ArrayList<CxTimelineEntry>(all.subList(0, max)) : all;
    }
}
