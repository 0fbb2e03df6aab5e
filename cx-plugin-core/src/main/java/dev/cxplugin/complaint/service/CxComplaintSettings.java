package dev.cxplugin.complaint.service;

import java.math.BigDecimal;

/** cx.complaint.* properties; mutable so a store (or a test) may change them at runtime. */
public class CxComplaintSettings {

    protected int autoCloseDays = 4;
    protected String calendarZone = "UTC";
    protected String calendarDays = "MON,TUE,WED,THU,FRI";
    protected String calendarHours = "09:00-17:00";
    protected String calendarHolidays = "";
    protected String defaultPolicies = "URGENT=1/8,HIGH=4/16,NORMAL=8/24,LOW=16/40";
    protected long dueSoonMinutes = 120;
    protected boolean ticketFromNpsDetractor = true;
    protected boolean ticketFromLowReview = true;
    protected boolean ticketFromDelay = true;
    protected BigDecimal agentMaxPercent = new BigDecimal("15");
    protected BigDecimal agentMaxAmount = new BigDecimal("25");
    protected int compensationValidDays = 60;
    protected int maxDescriptionLength = 5000;
    protected int maxReplyLength = 5000;
    protected volatile CxBusinessCalendar calendar;

    public CxBusinessCalendar getCalendar() {
        if (calendar == null) {
            calendar = CxBusinessCalendar.parse(calendarZone, calendarDays, calendarHours, calendarHolidays);
        }
        return calendar;
    }

    /** Replaces the calendar (admin settings, tests). */
    public void setCalendar(CxBusinessCalendar calendar) { this.calendar = calendar; }

    public int getAutoCloseDays() { return autoCloseDays; }
    public void setAutoCloseDays(int autoCloseDays) { this.autoCloseDays = autoCloseDays; }
    public void setCalendarZone(String calendarZone) { this.calendarZone = calendarZone; calendar = null; }
    public void setCalendarDays(String calendarDays) { this.calendarDays = calendarDays; calendar = null; }
    public void setCalendarHours(String calendarHours) { this.calendarHours = calendarHours; calendar = null; }
    public void setCalendarHolidays(String calendarHolidays) { this.calendarHolidays = calendarHolidays; calendar = null; }
    public String getDefaultPolicies() { return defaultPolicies; }
    public void setDefaultPolicies(String defaultPolicies) { this.defaultPolicies = defaultPolicies; }
    public long getDueSoonMinutes() { return dueSoonMinutes; }
    public void setDueSoonMinutes(long dueSoonMinutes) { this.dueSoonMinutes = dueSoonMinutes; }
    public boolean isTicketFromNpsDetractor() { return ticketFromNpsDetractor; }
    public void setTicketFromNpsDetractor(boolean v) { this.ticketFromNpsDetractor = v; }
    public boolean isTicketFromLowReview() { return ticketFromLowReview; }
    public void setTicketFromLowReview(boolean v) { this.ticketFromLowReview = v; }
    public boolean isTicketFromDelay() { return ticketFromDelay; }
    public void setTicketFromDelay(boolean v) { this.ticketFromDelay = v; }
    public BigDecimal getAgentMaxPercent() { return agentMaxPercent; }
    public void setAgentMaxPercent(BigDecimal v) { this.agentMaxPercent = v; }
    public BigDecimal getAgentMaxAmount() { return agentMaxAmount; }
    public void setAgentMaxAmount(BigDecimal v) { this.agentMaxAmount = v; }
    public int getCompensationValidDays() { return compensationValidDays; }
    public void setCompensationValidDays(int v) { this.compensationValidDays = v; }
    public int getMaxDescriptionLength() { return maxDescriptionLength; }
    public void setMaxDescriptionLength(int v) { this.maxDescriptionLength = v; }
    public int getMaxReplyLength() { return maxReplyLength; }
    public void setMaxReplyLength(int v) { this.maxReplyLength = v; }
}
