package dev.cxplugin.loyalty.service;

import dev.cxplugin.common.job.CxPausableJobs;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.util.Date;
import java.util.concurrent.TimeUnit;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/**
 * Earns submitted orders every few seconds (checkout itself does no loyalty work: see docs), and once an hour
 * closes return windows, expires and warns, and re-evaluates tiers. Every pass is idempotent (unique ledger keys,
 * dedupe keys of emails), so every node may run them and an hourly pass is a daily job that survives restarts.
 */
public class CxLoyaltyJobs extends CxPausableJobs {

    private static final Log LOG = LogFactory.getLog(CxLoyaltyJobs.class);

    @Resource(name = "cxLoyaltyService")
    protected CxLoyaltyService loyaltyService;

    protected long earnIntervalMillis = 10000;
    protected long dailyIntervalMillis = 3_600_000L;

    public void setEarnIntervalMillis(long ms) { this.earnIntervalMillis = ms; }
    public void setDailyIntervalMillis(long ms) { this.dailyIntervalMillis = ms; }

    @PostConstruct
    public void start() {
        if (!enabled) {
            return;
        }
        startExecutor("cx-loyalty-jobs").scheduleWithFixedDelay(() -> inPass(() -> {
            try {
                loyaltyService.earnSubmittedOrders(new Date());
            } catch (RuntimeException e) {
                LOG.warn("Loyalty earning pass failed; will retry", e);
            }
        }), earnIntervalMillis, earnIntervalMillis, TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(this::daily, earnIntervalMillis * 3, dailyIntervalMillis, TimeUnit.MILLISECONDS);
    }

    public void daily() {
        final Date now = new Date();
        inPass(() -> {
            try {
                loyaltyService.releaseDue(now);
                loyaltyService.expire(now);
                loyaltyService.evaluateTiers(now);
            } catch (RuntimeException e) {
                LOG.warn("Loyalty daily pass failed; will retry", e);
            }
        });
    }
}
