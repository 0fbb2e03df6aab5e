package dev.cxplugin.survey.domain;

import java.io.Serializable;
import java.util.Date;

/**
 * One answer to one survey question asked: the score, the comment that follows it (plain text), and who,
 * where, about what. {@code QUESTION_KEY} is unique: answering the same question again changes this row.
 */
public interface CxSurveyResponse extends Serializable {

    Long getId();
    void setId(Long id);

    /** NPS, CSAT or CES. */
    String getSurvey();
    void setSurvey(String survey);

    int getScore();
    void setScore(int score);

    /** The answer to the follow-up question, plain text, or null. */
    String getComment();
    void setComment(String comment);

    /** EMAIL or SITE. */
    String getChannel();
    void setChannel(String channel);

    Long getCustomerId();
    void setCustomerId(Long customerId);

    Long getOrderId();
    void setOrderId(Long orderId);

    /** The email that asked (EMAIL channel), or null. */
    Long getNotificationId();
    void setNotificationId(Long notificationId);

    String getLocale();
    void setLocale(String locale);

    /** What the question was about, e.g. {@code complaint:42}, or null. */
    String getTopic();
    void setTopic(String topic);

    /** Which question this answers: {@code email:<notification id>} or {@code site:<customer>:<survey>:<time>}. */
    String getQuestionKey();
    void setQuestionKey(String questionKey);

    Date getCreatedDate();
    void setCreatedDate(Date createdDate);

    Date getUpdatedDate();
    void setUpdatedDate(Date updatedDate);
}
