package dev.cxplugin.complaint.service;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.util.Date;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import javax.annotation.PostConstruct;
import javax.annotation.PreDestroy;
import javax.annotation.Resource;

/**
 * Records SLA breaches as they happen and closes resolved tickets after cx.complaint.autoCloseDays; both
 * passes are idempotent (every node may run them: rows are locked one by one).
 */
public class CxComplaintJobs {

    private static final Log LOG = LogFactory.getLog(CxComplaintJobs.class);

    @Resource(name = "cxComplaintService")
    protected CxComplaintService complaintService;

    protected boolean enabled = true;
    protected long intervalMillis = 60_000L;
    protected ScheduledExecutorService executor;

    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public void setIntervalMillis(long intervalMillis) { this.intervalMillis = intervalMillis; }

    /** Held by every pass, and by {@link #whilePaused}. */
    protected final ReentrantLock passes = new ReentrantLock();

    /**
     * Runs the work with no pass in between (waiting for a running one to end). For work that writes history at past
     * moments, e.g. the demo's sample data: a pass at the real time in the middle would act on half-played history.
     */
    public <T> T whilePaused(Supplier<T> work) {
        passes.lock();
        try {
            return work.get();
        } finally {
            passes.unlock();
        }
    }

    @PostConstruct
    public void start() {
        if (!enabled) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cx-complaint-jobs");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::runOnce, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    public void runOnce() {
        passes.lock();
        try {
            pass();
        } finally {
            passes.unlock();
        }
    }

    protected void pass() {
        Date now = new Date();
        try {
            complaintService.recordBreaches(now);
        } catch (RuntimeException e) {
            LOG.warn("Recording SLA breaches failed; will retry", e);
        }
        try {
            complaintService.closeResolved(now);
        } catch (RuntimeException e) {
            LOG.warn("Closing resolved complaints failed; will retry", e);
        }
    }

    @PreDestroy
    public void stop() throws InterruptedException {
        if (executor != null) {
            executor.shutdown();
            executor.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
