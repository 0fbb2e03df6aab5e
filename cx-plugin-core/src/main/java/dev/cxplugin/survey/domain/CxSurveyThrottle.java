package dev.cxplugin.survey.domain;

import java.io.Serializable;
import java.util.Date;

/**
 * When a customer was last asked one survey, across every channel: one row per customer and survey, keyed
 * {@code <customerId>:<survey>}, taken with a conditional UPDATE so two channels cannot both ask in one window.
 */
public interface CxSurveyThrottle extends Serializable {

    String getThrottleKey();
    void setThrottleKey(String throttleKey);

    Long getCustomerId();
    void setCustomerId(Long customerId);

    String getSurvey();
    void setSurvey(String survey);

    Date getLastAskedDate();
    void setLastAskedDate(Date lastAskedDate);

    /** The question that last took the slot (asking it again, e.g. re-rendering the same email, is allowed). */
    String getLastQuestionKey();
    void setLastQuestionKey(String lastQuestionKey);
}
