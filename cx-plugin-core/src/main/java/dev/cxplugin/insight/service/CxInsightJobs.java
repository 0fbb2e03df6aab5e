package dev.cxplugin.insight.service;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

import javax.annotation.PreDestroy;
import javax.annotation.Resource;

/**
 * Keeps the dashboard's figures current when enabled ({@code cx.insight.jobs.enabled}): a source never
 * refreshed before (a store installing the plugin, or a new capability) is rebuilt from its whole history
 * first; then every interval the marked and settling days are recomputed.
 */
public class CxInsightJobs {

    private static final Log LOG = LogFactory.getLog(CxInsightJobs.class);

    @Resource(name = "cxInsightRollups")
    protected CxInsightRollups rollups;

    protected boolean enabled = true;
    protected long refreshIntervalMillis = 60000;
    protected ScheduledExecutorService executor;

    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public void setRefreshIntervalMillis(long ms) { this.refreshIntervalMillis = ms; }

    @javax.annotation.PostConstruct
    public void start() {
        if (!enabled) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(new ThreadFactory() {
            @Override
            public Thread newThread(Runnable r) {
                Thread t = new Thread(r, "cx-insight-jobs");
                t.setDaemon(true);
                return t;
            }
        });
        executor.scheduleWithFixedDelay(new Runnable() {
            @Override
            public void run() {
                try {
                    runOnce();
                } catch (RuntimeException e) {
                    LOG.warn("Refreshing the CX figures failed; will retry", e);
                }
            }
        }, Math.min(refreshIntervalMillis, 5000), refreshIntervalMillis, TimeUnit.MILLISECONDS);
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

    @PreDestroy
    public void stop() throws InterruptedException {
        if (executor != null) {
            executor.shutdown();
            executor.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
