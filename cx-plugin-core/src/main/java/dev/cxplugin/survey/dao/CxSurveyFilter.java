package dev.cxplugin.survey.dao;

import java.util.Date;

/** Which responses the admin lists or exports; every field is optional (null: any). */
public class CxSurveyFilter {

    protected String survey;
    /** Inclusive score range (from a band of the survey). */
    protected Integer minScore;
    protected Integer maxScore;
    protected String channel;
    /** Answered at or after. */
    protected Date from;
    /** Answered before. */
    protected Date until;
    protected Long customerId;

    public String getSurvey() { return survey; }
    public void setSurvey(String survey) { this.survey = survey; }
    public Integer getMinScore() { return minScore; }
    public void setMinScore(Integer minScore) { this.minScore = minScore; }
    public Integer getMaxScore() { return maxScore; }
    public void setMaxScore(Integer maxScore) { this.maxScore = maxScore; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public Date getFrom() { return from; }
    public void setFrom(Date from) { this.from = from; }
    public Date getUntil() { return until; }
    public void setUntil(Date until) { this.until = until; }
    public Long getCustomerId() { return customerId; }
    public void setCustomerId(Long customerId) { this.customerId = customerId; }
}
