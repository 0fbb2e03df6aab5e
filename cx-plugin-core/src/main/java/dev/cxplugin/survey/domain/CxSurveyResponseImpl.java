package dev.cxplugin.survey.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;
import org.hibernate.annotations.Type;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Inheritance;
import javax.persistence.InheritanceType;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.UniqueConstraint;

@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@Table(name = "CX_SURVEY_RESPONSE",
        uniqueConstraints = @UniqueConstraint(name = "CX_SURVEY_RESPONSE_QUESTION", columnNames = "QUESTION_KEY"))
@org.hibernate.annotations.Table(appliesTo = "CX_SURVEY_RESPONSE", indexes = {
        @org.hibernate.annotations.Index(name = "CX_SURVEY_RESPONSE_KIND_DATE", columnNames = {"SURVEY", "CREATED_DATE"}),
        @org.hibernate.annotations.Index(name = "CX_SURVEY_RESPONSE_CUSTOMER", columnNames = {"CUSTOMER_ID"})})
@AdminPresentationClass(friendlyName = "Survey response")
public class CxSurveyResponseImpl implements CxSurveyResponse {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CxSurveyResponseId")
    @GenericGenerator(name = "CxSurveyResponseId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "CxSurveyResponseImpl"),
                    @Parameter(name = "entity_name", value = "dev.cxplugin.survey.domain.CxSurveyResponseImpl")})
    @Column(name = "RESPONSE_ID")
    @AdminPresentation(friendlyName = "ID", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "SURVEY", nullable = false, length = 10)
    @AdminPresentation(friendlyName = "Survey", prominent = true, gridOrder = 1, readOnly = true)
    protected String survey;

    @Column(name = "SCORE", nullable = false)
    @AdminPresentation(friendlyName = "Score", prominent = true, gridOrder = 2, readOnly = true)
    protected int score;

    @Lob
    @Type(type = "org.hibernate.type.StringClobType")
    @Column(name = "COMMENT_TEXT", length = Integer.MAX_VALUE - 1)
    @AdminPresentation(friendlyName = "Comment", readOnly = true)
    protected String comment;

    @Column(name = "CHANNEL", nullable = false, length = 10)
    @AdminPresentation(friendlyName = "Channel", prominent = true, gridOrder = 3, readOnly = true)
    protected String channel;

    @Column(name = "CUSTOMER_ID", nullable = false)
    @AdminPresentation(friendlyName = "Customer ID", prominent = true, gridOrder = 4, readOnly = true)
    protected Long customerId;

    @Column(name = "ORDER_ID")
    @AdminPresentation(friendlyName = "Order ID", readOnly = true)
    protected Long orderId;

    @Column(name = "NOTIFICATION_ID")
    @AdminPresentation(friendlyName = "Email ID", readOnly = true)
    protected Long notificationId;

    @Column(name = "LOCALE", length = 10)
    @AdminPresentation(friendlyName = "Locale", readOnly = true)
    protected String locale;

    @Column(name = "TOPIC", length = 100)
    @AdminPresentation(friendlyName = "Topic", readOnly = true)
    protected String topic;

    @Column(name = "QUESTION_KEY", nullable = false, length = 120)
    @AdminPresentation(friendlyName = "Question", readOnly = true)
    protected String questionKey;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_DATE", nullable = false)
    @AdminPresentation(friendlyName = "Answered", prominent = true, gridOrder = 5, readOnly = true)
    protected Date createdDate;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "UPDATED_DATE", nullable = false)
    @AdminPresentation(friendlyName = "Last changed", readOnly = true)
    protected Date updatedDate;

    @Override public Long getId() { return id; }
    @Override public void setId(Long id) { this.id = id; }
    @Override public String getSurvey() { return survey; }
    @Override public void setSurvey(String survey) { this.survey = survey; }
    @Override public int getScore() { return score; }
    @Override public void setScore(int score) { this.score = score; }
    @Override public String getComment() { return comment; }
    @Override public void setComment(String comment) { this.comment = comment; }
    @Override public String getChannel() { return channel; }
    @Override public void setChannel(String channel) { this.channel = channel; }
    @Override public Long getCustomerId() { return customerId; }
    @Override public void setCustomerId(Long customerId) { this.customerId = customerId; }
    @Override public Long getOrderId() { return orderId; }
    @Override public void setOrderId(Long orderId) { this.orderId = orderId; }
    @Override public Long getNotificationId() { return notificationId; }
    @Override public void setNotificationId(Long notificationId) { this.notificationId = notificationId; }
    @Override public String getLocale() { return locale; }
    @Override public void setLocale(String locale) { this.locale = locale; }
    @Override public String getTopic() { return topic; }
    @Override public void setTopic(String topic) { this.topic = topic; }
    @Override public String getQuestionKey() { return questionKey; }
    @Override public void setQuestionKey(String questionKey) { this.questionKey = questionKey; }
    @Override public Date getCreatedDate() { return createdDate; }
    @Override public void setCreatedDate(Date createdDate) { this.createdDate = createdDate; }
    @Override public Date getUpdatedDate() { return updatedDate; }
    @Override public void setUpdatedDate(Date updatedDate) { this.updatedDate = updatedDate; }
}
