package dev.cxplugin.survey.domain;

import org.broadleafcommerce.common.presentation.AdminPresentationClass;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Inheritance;
import javax.persistence.InheritanceType;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** Keyed by customer and survey: the primary key makes a second row for one pair impossible. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@Table(name = "CX_SURVEY_THROTTLE")
@AdminPresentationClass(friendlyName = "Survey throttle")
public class CxSurveyThrottleImpl implements CxSurveyThrottle {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "THROTTLE_KEY", length = 40)
    protected String throttleKey;

    @Column(name = "CUSTOMER_ID", nullable = false)
    protected Long customerId;

    @Column(name = "SURVEY", nullable = false, length = 10)
    protected String survey;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "LAST_ASKED_DATE")
    protected Date lastAskedDate;

    @Column(name = "LAST_QUESTION_KEY", length = 120)
    protected String lastQuestionKey;

    @Override public String getThrottleKey() { return throttleKey; }
    @Override public void setThrottleKey(String throttleKey) { this.throttleKey = throttleKey; }
    @Override public Long getCustomerId() { return customerId; }
    @Override public void setCustomerId(Long customerId) { this.customerId = customerId; }
    @Override public String getSurvey() { return survey; }
    @Override public void setSurvey(String survey) { this.survey = survey; }
    @Override public Date getLastAskedDate() { return lastAskedDate; }
    @Override public void setLastAskedDate(Date lastAskedDate) { this.lastAskedDate = lastAskedDate; }
    @Override public String getLastQuestionKey() { return lastQuestionKey; }
    @Override public void setLastQuestionKey(String lastQuestionKey) { this.lastQuestionKey = lastQuestionKey; }
}
