package dev.cxplugin.loyalty.service;

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
 * Earns submitted orders every few seconds (checkout itself does no loyalty work: see docs), and once an hour
 * closes return windows, expires and warns, and re-evaluates tiers. Every pass is idempotent (unique ledger keys,
 * dedupe keys of emails), so every node may run them and an hourly pass is a daily job that survives restarts.
 */
public class CxLoyaltyJobs {

    private static final Log LOG = LogFactory.getLog(CxLoyaltyJobs.class);

    @Resource(name = "cxLoyaltyService")
    protected CxLoyaltyService loyaltyService;

    protected boolean enabled = true;
    protected long earnIntervalMillis = 10000;
    protected long dailyIntervalMillis = 3_600_000L;
    protected ScheduledExecutorService executor;

    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public void setEarnIntervalMillis(long ms) { this.earnIntervalMillis = ms; }
    public void setDailyIntervalMillis(long ms) { this.dailyIntervalMillis = ms; }

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
        executor = Executors.newScheduledThreadPool(1, r -> {
            Thread t = new Thread(r, "cx-loyalty-jobs");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(() -> {
            passes.lock();
            try {
                loyaltyService.earnSubmittedOrders(new Date());
            } catch (RuntimeException e) {
                LOG.warn("Loyalty earning pass failed; will retry", e);
            } finally {
                passes.unlock();
            }
        }, earnIntervalMillis, earnIntervalMillis, TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(this::daily, earnIntervalMillis * 3, dailyIntervalMillis, TimeUnit.MILLISECONDS);
    }

    public void daily() {
        Date now = new Date();
        passes.lock();
        try {
            loyaltyService.releaseDue(now);
            loyaltyService.expire(now);
            loyaltyService.evaluateTiers(now);
        } catch (RuntimeException e) {
            LOG.warn("Loyalty daily pass failed; will retry", e);
        } finally {
            passes.unlock();
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
