package dev.cxplugin.survey.dao;

import dev.cxplugin.survey.domain.CxSurveyResponse;
import dev.cxplugin.survey.domain.CxSurveyThrottle;

import java.util.Date;
import java.util.List;

public interface CxSurveyDao {

    CxSurveyResponse createResponse();

    CxSurveyResponse saveResponse(CxSurveyResponse response);

    CxSurveyResponse readResponse(Long id);

    CxSurveyResponse readResponseByQuestionKey(String questionKey);

    /** Newest first, {@code offset}/{@code limit} paging in the database. */
    List<CxSurveyResponse> readResponses(CxSurveyFilter filter, int offset, int limit);

    long countResponses(CxSurveyFilter filter);

    CxSurveyThrottle readThrottle(Long customerId, String survey);

    void createThrottle(Long customerId, String survey);

    /**
     * Takes the slot for {@code questionKey} at {@code now} when it was last taken at or before {@code freeSince}
     * (or never), or last taken by the same question. Returns the rows updated (1: taken, 0: refused).
     */
    int takeThrottle(Long customerId, String survey, String questionKey, Date now, Date freeSince);

    /** The id of the customer whose order this is, or null when there is no such order. */
    Long readOrderCustomerId(Long orderId);
}
