package dev.cxplugin.complaint.service;

import dev.cxplugin.common.job.CxPausableJobs;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.util.Date;
import java.util.concurrent.TimeUnit;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/**
 * Records SLA breaches as they happen and closes resolved tickets after cx.complaint.autoCloseDays; both
 * passes are idempotent (every node may run them: rows are locked one by one).
 */
public class CxComplaintJobs extends CxPausableJobs {

    private static final Log LOG = LogFactory.getLog(CxComplaintJobs.class);

    @Resource(name = "cxComplaintService")
    protected CxComplaintService complaintService;

    protected long intervalMillis = 60_000L;

    public void setIntervalMillis(long intervalMillis) { this.intervalMillis = intervalMillis; }

    @PostConstruct
    public void start() {
        if (!enabled) {
            return;
        }
        startExecutor("cx-complaint-jobs").scheduleWithFixedDelay(this::runOnce, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    public void runOnce() {
        inPass(this::pass);
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
}
