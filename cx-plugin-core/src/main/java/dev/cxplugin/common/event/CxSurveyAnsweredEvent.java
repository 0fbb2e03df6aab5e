package dev.cxplugin.common.event;

/**
 * A customer answered a survey question (NPS 0-10, CSAT 1-5, CES 1-7), or added the comment that follows the
 * score. Published each time the stored answer changes, in that transaction.
 */
public class CxSurveyAnsweredEvent extends CxEvent {

    private static final long serialVersionUID = 1L;

    private final Long responseId;
    private final String survey;
    private final int score;
    private final String comment;
    private final String channel;
    private final String topic;

    public CxSurveyAnsweredEvent(Object source, Long customerId, Long orderId, Long responseId, String survey, int score,
            String comment, String channel, String topic) {
        super(source, customerId, orderId);
        this.responseId = responseId;
        this.survey = survey;
        this.score = score;
        this.comment = comment;
        this.channel = channel;
        this.topic = topic;
    }

    public Long getResponseId() {
        return responseId;
    }

    /** NPS, CSAT or CES. */
    public String getSurvey() {
        return survey;
    }

    public int getScore() {
        return score;
    }

    /** The answer to the follow-up question, plain text, or null. */
    public String getComment() {
        return comment;
    }

    /** EMAIL or SITE. */
    public String getChannel() {
        return channel;
    }

    /** What the question was about, e.g. {@code complaint:42}, or null (see CxSurveyLinkProvider). */
    public String getTopic() {
        return topic;
    }

    /** An NPS answer of 0 to 6. */
    public boolean isNpsDetractor() {
        return "NPS".equals(survey) && score <= 6;
    }
}
