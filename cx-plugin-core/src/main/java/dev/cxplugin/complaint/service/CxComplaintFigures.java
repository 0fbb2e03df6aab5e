package dev.cxplugin.complaint.service;

import dev.cxplugin.complaint.domain.CxComplaint;
import dev.cxplugin.complaint.type.CxComplaintStatus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The desk's figures over a set of tickets (those created in a period): first response and resolution times in
 * business hours (paused time excluded, as stored by the clocks), SLA breach rate, backlog by age, CSAT.
 */
public class CxComplaintFigures {

    /** Backlog age buckets by calendar time since creation. */
    public static final String[] AGE_BUCKETS = {"under 1 day", "1-3 days", "3-7 days", "over 7 days"};

    protected int tickets;
    protected Double averageFirstResponseHours;
    protected Double averageResolutionHours;
    protected Double medianResolutionHours;
    protected int breached;
    protected Double breachRatePercent;
    protected final Map<String, Integer> backlogByAge = new LinkedHashMap<String, Integer>();
    protected int csatAnswers;
    protected Double averageCsat;
    protected Double csatSatisfiedPercent;

    public static CxComplaintFigures of(List<CxComplaint> complaints, Date now) {
        CxComplaintFigures f = new CxComplaintFigures();
        for (String b : AGE_BUCKETS) {
            f.backlogByAge.put(b, 0);
        }
        long firstSum = 0;
        int firstCount = 0;
        List<Long> resolution = new ArrayList<Long>();
        int csatSum = 0;
        int satisfied = 0;
        for (CxComplaint c : complaints) {
            f.tickets++;
            if (c.getFirstResponseSeconds() != null) {
                firstSum += c.getFirstResponseSeconds();
                firstCount++;
            }
            if (c.getResolutionSeconds() != null && c.getResolvedAt() != null) {
                resolution.add(c.getResolutionSeconds());
            }
            if (c.getFirstResponseBreachedAt() != null || c.getResolutionBreachedAt() != null) {
                f.breached++;
            }
            CxComplaintStatus status = CxComplaintStatus.parse(c.getStatus());
            if (status != null && status.isOpenWork()) {
                long ageHours = (now.getTime() - c.getCreatedAt().getTime()) / 3_600_000L;
                String bucket = ageBucket(ageHours / 24);
                f.backlogByAge.put(bucket, f.backlogByAge.get(bucket) + 1);
            }
            if (c.getCsatScore() != null) {
                f.csatAnswers++;
                csatSum += c.getCsatScore();
                if (c.getCsatScore() >= 4) {
                    satisfied++;
                }
            }
        }
        f.averageFirstResponseHours = firstCount == 0 ? null : hours((double) firstSum / firstCount);
        if (!resolution.isEmpty()) {
            long sum = 0;
            for (Long r : resolution) {
                sum += r;
            }
            f.averageResolutionHours = hours((double) sum / resolution.size());
            Collections.sort(resolution);
            f.medianResolutionHours = hours(median(resolution));
        }
        f.breachRatePercent = f.tickets == 0 ? null : round(100.0 * f.breached / f.tickets);
        if (f.csatAnswers > 0) {
            f.averageCsat = round((double) csatSum / f.csatAnswers);
            f.csatSatisfiedPercent = round(100.0 * satisfied / f.csatAnswers);
        }
        return f;
    }

    /** The backlog age bucket of a ticket open for this many whole days (24-hour periods). */
    public static String ageBucket(long ageDays) {
        return ageDays < 1 ? AGE_BUCKETS[0] : ageDays < 3 ? AGE_BUCKETS[1] : ageDays < 7 ? AGE_BUCKETS[2] : AGE_BUCKETS[3];
    }

    /** The median of sorted values (the mean of the middle two for an even count). */
    public static double median(List<Long> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /** Seconds as hours, two decimals: how every duration of the desk is shown. */
    public static Double hours(double seconds) {
        return round(seconds / 3600.0);
    }

    public static Double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }

    public int getTickets() { return tickets; }
    public Double getAverageFirstResponseHours() { return averageFirstResponseHours; }
    public Double getAverageResolutionHours() { return averageResolutionHours; }
    public Double getMedianResolutionHours() { return medianResolutionHours; }
    public int getBreached() { return breached; }
    public Double getBreachRatePercent() { return breachRatePercent; }
    public Map<String, Integer> getBacklogByAge() { return backlogByAge; }
    public int getCsatAnswers() { return csatAnswers; }
    public Double getAverageCsat() { return averageCsat; }
    public Double getCsatSatisfiedPercent() { return csatSatisfiedPercent; }
}
