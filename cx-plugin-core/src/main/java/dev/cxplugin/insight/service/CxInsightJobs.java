package dev.cxplugin.insight.service;

import dev.cxplugin.common.job.CxPausableJobs;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;

/**
 * Keeps the dashboard's figures current when enabled ({@code cx.insight.jobs.enabled}): a source never
 * refreshed before (a store installing the plugin, or a new capability) is rebuilt from its whole history
 * first; then every interval the marked and settling days are recomputed. Work that writes history at past
 * moments (the demo's sample data, which rebuilds the figures itself when done) pauses it.
 */
public class CxInsightJobs extends CxPausableJobs {

    private static final Log LOG = LogFactory.getLog(CxInsightJobs.class);

    @Resource(name = "cxInsightRollups")
    protected CxInsightRollups rollups;

    protected long refreshIntervalMillis = 60000;

    public void setRefreshIntervalMillis(long ms) { this.refreshIntervalMillis = ms; }

    @javax.annotation.PostConstruct
    public void start() {
        if (!enabled) {
            return;
        }
        startExecutor("cx-insight-jobs").scheduleWithFixedDelay(() -> inPass(() -> {
            try {
                runOnce();
            } catch (RuntimeException e) {
                LOG.warn("Refreshing the CX figures failed; will retry", e);
            }
        }), Math.min(refreshIntervalMillis, 5000), refreshIntervalMillis, TimeUnit.MILLISECONDS);
    }

    /** Rebuilds sources never refreshed, then refreshes all. */
    public void runOnce() {
        for (CxRollupSource source : rollups.getSources()) {
            if (rollups.refreshedDate(source.getName()) == null) {
                rollups.rebuild(source.getName());
            }
        }
        rollups.refresh();
    }
}
