package dev.cxplugin.insight.timeline;

import java.util.List;

/** Contributes one kind of entry to the customer timeline; every bean of this type is asked. */
public interface CxTimelineSource {

    /** The customer's latest entries of this kind, newest first, at most {@code max}. */
    List<CxTimelineEntry> entries(Long customerId, int max);
}
