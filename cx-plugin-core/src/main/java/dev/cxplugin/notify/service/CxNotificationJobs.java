package dev.cxplugin.notify.service;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

import javax.annotation.PostConstruct;
import javax.annotation.PreDestroy;
import javax.annotation.Resource;

/** Runs the dispatcher every few seconds and the reconciler every minute, when enabled (cx.notify.jobs.enabled). */
public class CxNotificationJobs {

    private static final Log LOG = LogFactory.getLog(CxNotificationJobs.class);

    @Resource(name = "cxNotificationDispatcher")
    protected CxNotificationDispatcher dispatcher;

    @Resource(name = "cxOrderConfirmationReconciler")
    protected CxOrderConfirmationReconciler reconciler;

    @Resource(name = "cxBirthdayGreetings")
    protected CxBirthdayGreetings birthdayGreetings;

    protected boolean enabled = true;
    protected long birthdayIntervalMillis = 3_600_000L;
    protected long dispatchIntervalMillis = 2000;
    protected long reconcileIntervalMillis = 60000;
    protected ScheduledExecutorService executor;

    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public void setDispatchIntervalMillis(long ms) { this.dispatchIntervalMillis = ms; }
    public void setReconcileIntervalMillis(long ms) { this.reconcileIntervalMillis = ms; }
    public void setBirthdayIntervalMillis(long ms) { this.birthdayIntervalMillis = ms; }

    @PostConstruct
    public void start() {
        if (!enabled) {
            return;
        }
        executor = Executors.newScheduledThreadPool(1, new ThreadFactory() {
            @Override
            public Thread newThread(Runnable r) {
                Thread t = new Thread(r, "cx-notification-jobs");
                t.setDaemon(true);
                return t;
            }
        });
        executor.scheduleWithFixedDelay(new Runnable() {
            @Override
            public void run() {
                try {
                    dispatcher.dispatchAll();
                } catch (RuntimeException e) {
                    LOG.warn("Notification dispatch failed; will retry", e);
                }
            }
        }, dispatchIntervalMillis, dispatchIntervalMillis, TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(new Runnable() {
            @Override
            public void run() {
                try {
                    reconciler.reconcile();
                } catch (RuntimeException e) {
                    LOG.warn("Order confirmation reconciliation failed; will retry", e);
                }
            }
        }, reconcileIntervalMillis, reconcileIntervalMillis, TimeUnit.MILLISECONDS);
        // idempotent per customer and year, so an hourly pass is a daily job that survives restarts
        executor.scheduleWithFixedDelay(new Runnable() {
            @Override
            public void run() {
                try {
                    birthdayGreetings.greet(new java.util.Date());
                } catch (RuntimeException e) {
                    LOG.warn("Birthday greetings failed; will retry", e);
                }
            }
        }, reconcileIntervalMillis, birthdayIntervalMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    public void stop() throws InterruptedException {
        if (executor != null) {
            executor.shutdown();
            executor.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
