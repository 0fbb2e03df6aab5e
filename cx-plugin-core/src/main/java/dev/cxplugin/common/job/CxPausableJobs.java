package dev.cxplugin.common.job;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import javax.annotation.PreDestroy;

/**
 * A capability's background passes on one daemon thread, each run under one lock that {@link #whilePaused} also
 * takes, so work that writes history at past moments (the demo's sample data) never meets a pass half-way.
 */
public abstract class CxPausableJobs {

    protected boolean enabled = true;
    protected ScheduledExecutorService executor;

    /** Held by every pass, and by {@link #whilePaused}. */
    protected final ReentrantLock passes = new ReentrantLock();

    public void setEnabled(boolean enabled) { this.enabled = enabled; }

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

    /** Runs one pass under the lock. */
    protected void inPass(Runnable pass) {
        passes.lock();
        try {
            pass.run();
        } finally {
            passes.unlock();
        }
    }

    /** The passes' thread (a daemon: it never holds the JVM open). */
    protected ScheduledExecutorService startExecutor(final String threadName) {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        return executor;
    }

    @PreDestroy
    public void stop() throws InterruptedException {
        if (executor != null) {
            executor.shutdown();
            executor.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
