package dev.cxplugin.complaint.service;

import dev.cxplugin.complaint.domain.CxComplaint;

import java.util.Date;

/**
 * A ticket's SLA clocks at one moment: business time elapsed (paused time excluded), and when each target falls
 * due if the clock keeps running. Computed from the ticket's stored counters, so screens and jobs agree.
 */
public class CxComplaintClock {

    protected final CxComplaint complaint;
    protected final CxBusinessCalendar calendar;
    protected final Date now;

    public CxComplaintClock(CxComplaint complaint, CxBusinessCalendar calendar, Date now) {
        this.complaint = complaint;
        this.calendar = calendar;
        this.now = now;
    }

    public boolean isRunning() {
        return complaint.getClockRunningSince() != null;
    }

    /** Business seconds the clock has run so far. */
    public long getElapsedSeconds() {
        long elapsed = complaint.getElapsedBusinessSeconds();
        if (complaint.getClockRunningSince() != null) {
            elapsed += calendar.businessSecondsBetween(complaint.getClockRunningSince(), now);
        }
        return elapsed;
    }

    /** When the first-response target is reached at this pace; null when answered or paused. */
    public Date getFirstResponseDueAt() {
        if (complaint.getFirstResponseAt() != null) {
            return null;
        }
        return dueAt(complaint.getFirstResponseTargetMinutes() * 60);
    }

    /** When the resolution target is reached at this pace; null when resolved or paused. */
    public Date getResolutionDueAt() {
        if (complaint.getResolvedAt() != null && !isRunning()) {
            return null;
        }
        return dueAt(complaint.getResolutionTargetMinutes() * 60);
    }

    /** The moment the running clock reaches {@code targetSeconds}; null while paused. */
    public Date dueAt(long targetSeconds) {
        if (complaint.getClockRunningSince() == null) {
            return null;
        }
        long remaining = targetSeconds - complaint.getElapsedBusinessSeconds();
        return calendar.addBusinessSeconds(complaint.getClockRunningSince(), Math.max(0, remaining));
    }

    public boolean isFirstResponseOverdue() {
        return complaint.getFirstResponseAt() == null && getElapsedSeconds() >= complaint.getFirstResponseTargetMinutes() * 60;
    }

    public boolean isResolutionOverdue() {
        return isRunning() && getElapsedSeconds() >= complaint.getResolutionTargetMinutes() * 60;
    }

    /** Running, not yet overdue, and a target falls within {@code minutes} business minutes. */
    public boolean isDueWithin(long minutes) {
        if (!isRunning()) {
            return false;
        }
        long elapsed = getElapsedSeconds();
        long next = complaint.getFirstResponseAt() == null ? complaint.getFirstResponseTargetMinutes() * 60
                : complaint.getResolutionTargetMinutes() * 60;
        return elapsed < next && next - elapsed <= minutes * 60;
    }

    public boolean isBreached() {
        return complaint.getFirstResponseBreachedAt() != null || complaint.getResolutionBreachedAt() != null;
    }
}
