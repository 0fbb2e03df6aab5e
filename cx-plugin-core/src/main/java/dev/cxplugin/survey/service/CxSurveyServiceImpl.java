package dev.cxplugin.survey.service;

import dev.cxplugin.common.event.CxEventPublisher;
import dev.cxplugin.common.event.CxSurveyAnsweredEvent;
import dev.cxplugin.common.link.CxInvalidLinkException;
import dev.cxplugin.common.link.CxLinkClaims;
import dev.cxplugin.common.link.CxSignedLinkService;
import dev.cxplugin.survey.dao.CxSurveyDao;
import dev.cxplugin.survey.dao.CxSurveyFilter;
import dev.cxplugin.survey.domain.CxSurveyResponse;
import dev.cxplugin.survey.domain.CxSurveyThrottle;
import dev.cxplugin.survey.type.CxSurveyChannel;
import dev.cxplugin.survey.type.CxSurveyKind;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;
import javax.persistence.PersistenceException;
import javax.servlet.http.HttpServletResponse;

/**
 * Answers are written in transactions of their own (a unique-key race is retried once as an update, which a
 * failed flush would not allow inside one transaction); the {@link CxSurveyAnsweredEvent} is published in the
 * transaction that writes the change, so a listener's work (a complaint ticket) commits with it or not at all.
 */
public class CxSurveyServiceImpl implements CxSurveyService {

    private static final Log LOG = LogFactory.getLog(CxSurveyServiceImpl.class);

    protected static final long DAY_MILLIS = 86_400_000L;
    /** Topics are short ids such as {@code complaint:42}; they travel in the signed link with ':' as '~'. */
    protected static final Pattern TOPIC = Pattern.compile("[A-Za-z0-9._-]{1,40}(:[A-Za-z0-9._-]{1,40})?");
    protected static final Pattern SCORE = Pattern.compile("-?[0-9]{1,3}");

    @Resource(name = "cxSurveyDao")
    protected CxSurveyDao surveyDao;

    @Resource(name = "cxSignedLinkService")
    protected CxSignedLinkService signedLinks;

    @Resource(name = "cxEventPublisher")
    protected CxEventPublisher eventPublisher;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    /** {@code cx.survey.<kind>.throttleDays}: one question of a kind per customer per this many days; 0: no limit. */
    protected final Map<String, Integer> throttleDays = new HashMap<String, Integer>();
    protected int linkValidityDays = 30;
    protected int commentMaxLength = 2000;

    public CxSurveyServiceImpl() {
        throttleDays.put("NPS", 90);
        throttleDays.put("CSAT", 0);
        throttleDays.put("CES", 30);
    }

    @PostConstruct
    public void init() {
        for (Map.Entry<String, Integer> e : throttleDays.entrySet()) {
            if (e.getValue() == null || e.getValue() < 0) {
                throw new IllegalStateException("cx.survey." + e.getKey().toLowerCase() + ".throttleDays must be 0 or more");
            }
        }
        if (linkValidityDays < 1 || commentMaxLength < 1) {
            throw new IllegalStateException("cx.survey.linkValidityDays and cx.survey.commentMaxLength must be at least 1");
        }
    }

    @Override
    public int throttleDays(CxSurveyKind kind) {
        Integer days = throttleDays.get(kind.getType());
        return days == null ? 0 : days;
    }

    protected Date freeSince(CxSurveyKind kind, Date now) {
        return new Date(now.getTime() - throttleDays(kind) * DAY_MILLIS);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public boolean mayAsk(Long customerId, CxSurveyKind kind, Date now) {
        if (customerId == null || kind == null) {
            return false;
        }
        CxSurveyThrottle t = surveyDao.readThrottle(customerId, kind.getType());
        return t == null || t.getLastAskedDate() == null || throttleDays(kind) == 0
                || !t.getLastAskedDate().after(freeSince(kind, now));
    }

    /** Own transactions, like the contact cap: the row first (a concurrent creator wins), then one conditional UPDATE. */
    @Override
    public boolean reserveQuestion(final Long customerId, final CxSurveyKind kind, final String questionKey, final Date now) {
        if (customerId == null || kind == null || questionKey == null || now == null) {
            throw new IllegalArgumentException("reserveQuestion needs a customer, a survey, a question and a time");
        }
        final TransactionTemplate tx = newTransaction();
        try {
            tx.execute(new TransactionCallback<Void>() {
                @Override
                public Void doInTransaction(TransactionStatus status) {
                    if (surveyDao.readThrottle(customerId, kind.getType()) == null) {
                        surveyDao.createThrottle(customerId, kind.getType());
                    }
                    return null;
                }
            });
        } catch (PersistenceException | DataIntegrityViolationException e) {
            // created concurrently: the row exists, which is all we need
        }
        return tx.execute(new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                Date free = throttleDays(kind) == 0 ? now : freeSince(kind, now);
                return surveyDao.takeThrottle(customerId, kind.getType(), questionKey, now, free) == 1;
            }
        });
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public boolean wasAsked(Long customerId, CxSurveyKind kind, String questionKey) {
        CxSurveyThrottle t = surveyDao.readThrottle(customerId, kind.getType());
        return t != null && questionKey.equals(t.getLastQuestionKey());
    }

    @Override
    public String answerToken(Long customerId, Long orderId, Long notificationId, CxSurveyKind kind, int score, String topic) {
        if (!kind.isValidScore(score)) {
            throw new IllegalArgumentException(kind + " has no score " + score);
        }
        CxLinkClaims claims = new CxLinkClaims(LINK_PURPOSE, customerId,
                new Date(System.currentTimeMillis() + linkValidityDays * DAY_MILLIS));
        claims.setOrderId(orderId);
        claims.getExtra().put("n", String.valueOf(notificationId));
        claims.getExtra().put("s", kind.getType());
        claims.getExtra().put("v", String.valueOf(score));
        if (topic != null && TOPIC.matcher(topic).matches()) {
            claims.getExtra().put("tp", topic.replace(':', '~'));
        } else if (topic != null) {
            LOG.warn("survey topic '" + topic + "' is not a short id (name:id): answers will carry no topic");
        }
        return signedLinks.sign(claims);
    }

    @Override
    public CxLinkClaims verifyAnswerToken(String token) throws CxSurveyException {
        CxLinkClaims claims;
        try {
            claims = signedLinks.verify(token, LINK_PURPOSE);
        } catch (CxInvalidLinkException e) {
            switch (e.getReason()) {
                case EXPIRED:
                    throw new CxSurveyException(HttpServletResponse.SC_GONE, "EXPIRED", e.getMessage());
                case FORGED:
                    throw new CxSurveyException(HttpServletResponse.SC_FORBIDDEN, "FORGED", e.getMessage());
                default:
                    throw new CxSurveyException(HttpServletResponse.SC_BAD_REQUEST, "MALFORMED", e.getMessage());
            }
        }
        CxSurveyKind kind = CxSurveyKind.getInstance(claims.getExtra().get("s"));
        Integer linkScore = parseScore(claims.getExtra().get("v"));
        if (claims.getCustomerId() == null || kind == null || linkScore == null || !kind.isValidScore(linkScore)
                || parseLong(claims.getExtra().get("n")) == null) {
            throw new CxSurveyException(HttpServletResponse.SC_BAD_REQUEST, "MALFORMED", "the link is incomplete");
        }
        if (customerService.readCustomerById(claims.getCustomerId()) == null) {
            throw new CxSurveyException(HttpServletResponse.SC_NOT_FOUND, "NOT_FOUND", "no such customer");
        }
        return claims;
    }

    @Override
    public CxSurveyResponse answerFromEmail(String token, String score, String comment, final String locale)
            throws CxSurveyException {
        final CxLinkClaims claims = verifyAnswerToken(token);
        final CxSurveyKind kind = CxSurveyKind.getInstance(claims.getExtra().get("s"));
        final int chosen = score == null || score.trim().isEmpty()
                ? parseScore(claims.getExtra().get("v")) : validScore(kind, score);
        final String text = cleanComment(comment);
        final Long notificationId = parseLong(claims.getExtra().get("n"));
        final String tp = claims.getExtra().get("tp");
        final String questionKey = "email:" + notificationId;
        return upsert(new ResponseChange() {
            @Override
            public CxSurveyResponse apply(CxSurveyResponse existing) {
                CxSurveyResponse r = existing;
                if (r == null) {
                    r = surveyDao.createResponse();
                    r.setQuestionKey(questionKey);
                    r.setSurvey(kind.getType());
                    r.setChannel(CxSurveyChannel.EMAIL);
                    r.setCustomerId(claims.getCustomerId());
                    r.setOrderId(claims.getOrderId());
                    r.setNotificationId(notificationId);
                    r.setTopic(tp == null ? null : tp.replace('~', ':'));
                }
                boolean changed = existing == null || r.getScore() != chosen || (text != null && !text.equals(r.getComment()));
                if (!changed) {
                    return null;
                }
                r.setScore(chosen);
                if (text != null) {
                    // an empty comment field (a later click on another score) keeps the reason given before
                    r.setComment(text);
                }
                r.setLocale(locale);
                return r;
            }
        }, questionKey);
    }

    @Override
    public CxSurveyResponse answerOnSite(final Long customerId, String survey, String score, final Long orderId,
            final String locale) throws CxSurveyException {
        final CxSurveyKind kind = kind(survey);
        final int chosen = validScore(kind, score);
        if (customerId == null || customerService.readCustomerById(customerId) == null) {
            throw new CxSurveyException(HttpServletResponse.SC_NOT_FOUND, "NOT_FOUND", "no such customer");
        }
        if (orderId != null) {
            ownOrder(customerId, orderId);
        }
        Date now = new Date();
        final String questionKey = "site:" + customerId + ":" + kind.getType() + ":" + now.getTime();
        if (!reserveQuestion(customerId, kind, questionKey, now)) {
            throw new CxSurveyException(HttpServletResponse.SC_CONFLICT, "ALREADY_ASKED",
                    "this customer was asked " + kind + " within the last " + throttleDays(kind) + " days");
        }
        return upsert(new ResponseChange() {
            @Override
            public CxSurveyResponse apply(CxSurveyResponse existing) {
                if (existing != null) {
                    return null;
                }
                CxSurveyResponse r = surveyDao.createResponse();
                r.setQuestionKey(questionKey);
                r.setSurvey(kind.getType());
                r.setChannel(CxSurveyChannel.SITE);
                r.setCustomerId(customerId);
                r.setOrderId(orderId);
                r.setScore(chosen);
                r.setLocale(locale);
                return r;
            }
        }, questionKey);
    }

    @Override
    public CxSurveyResponse comment(final Long customerId, final Long responseId, String comment) throws CxSurveyException {
        final String text = cleanComment(comment);
        CxSurveyResponse own = readOwnResponse(customerId, responseId);
        return upsert(new ResponseChange() {
            @Override
            public CxSurveyResponse apply(CxSurveyResponse existing) {
                if (text == null || text.equals(existing.getComment())) {
                    return null;
                }
                existing.setComment(text);
                return existing;
            }
        }, own.getQuestionKey());
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public CxSurveyResponse readOwnResponse(Long customerId, Long responseId) throws CxSurveyException {
        CxSurveyResponse r = surveyDao.readResponse(responseId);
        if (r == null || customerId == null || !customerId.equals(r.getCustomerId())) {
            // another customer's answer looks exactly like no answer
            throw new CxSurveyException(HttpServletResponse.SC_NOT_FOUND, "NOT_FOUND", "no such answer");
        }
        return r;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<CxSurveyResponse> readResponses(CxSurveyFilter filter, int offset, int limit) {
        return surveyDao.readResponses(filter, offset, limit);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public long countResponses(CxSurveyFilter filter) {
        return surveyDao.countResponses(filter);
    }

    /** What to change in the answer to one question (null: nothing changes, no event). */
    protected interface ResponseChange {
        CxSurveyResponse apply(CxSurveyResponse existing);
    }

    /**
     * Applies the change to the question's answer in a transaction of its own and publishes the event there; a
     * concurrent first answer to the same question (unique key) makes the loser try once more, as an update.
     */
    protected CxSurveyResponse upsert(final ResponseChange change, final String questionKey) throws CxSurveyException {
        TransactionCallback<CxSurveyResponse> work = new TransactionCallback<CxSurveyResponse>() {
            @Override
            public CxSurveyResponse doInTransaction(TransactionStatus status) {
                CxSurveyResponse existing = surveyDao.readResponseByQuestionKey(questionKey);
                CxSurveyResponse changed = change.apply(existing);
                if (changed == null) {
                    return existing;
                }
                Date now = new Date();
                if (changed.getCreatedDate() == null) {
                    changed.setCreatedDate(now);
                }
                changed.setUpdatedDate(now);
                CxSurveyResponse saved = surveyDao.saveResponse(changed);
                eventPublisher.publish(new CxSurveyAnsweredEvent(CxSurveyServiceImpl.this, saved.getCustomerId(),
                        saved.getOrderId(), saved.getId(), saved.getSurvey(), saved.getScore(), saved.getComment(),
                        saved.getChannel(), saved.getTopic()));
                return saved;
            }
        };
        try {
            return newTransaction().execute(work);
        } catch (PersistenceException | DataIntegrityViolationException e) {
            LOG.debug("concurrent first answer to " + questionKey + ": applying ours as a change");
            return newTransaction().execute(work);
        }
    }

    protected CxSurveyKind kind(String survey) throws CxSurveyException {
        CxSurveyKind kind = CxSurveyKind.getInstance(survey);
        if (kind == null) {
            throw new CxSurveyException(HttpServletResponse.SC_BAD_REQUEST, "BAD_SURVEY", "no survey " + survey);
        }
        return kind;
    }

    protected int validScore(CxSurveyKind kind, String score) throws CxSurveyException {
        Integer value = parseScore(score);
        if (value == null || !kind.isValidScore(value)) {
            throw new CxSurveyException(HttpServletResponse.SC_BAD_REQUEST, "BAD_SCORE", kind + " scores are "
                    + kind.getMin() + " to " + kind.getMax());
        }
        return value;
    }

    /**
     * Plain text: trimmed, line ends made \n, other control characters dropped; stored as typed (escaping is the
     * job of whatever shows it). Too long is refused, not cut: the customer should know what we kept.
     */
    protected String cleanComment(String comment) throws CxSurveyException {
        if (comment == null) {
            return null;
        }
        if (comment.length() > commentMaxLength * 4) {
            throw tooLong();
        }
        String text = comment.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
                sb.append(c);
            }
        }
        String clean = sb.toString().trim();
        if (clean.codePointCount(0, clean.length()) > commentMaxLength) {
            throw tooLong();
        }
        return clean.isEmpty() ? null : clean;
    }

    protected CxSurveyException tooLong() {
        return new CxSurveyException(HttpServletResponse.SC_BAD_REQUEST, "COMMENT_TOO_LONG",
                "a comment has at most " + commentMaxLength + " characters");
    }

    protected void ownOrder(Long customerId, Long orderId) throws CxSurveyException {
        if (!customerId.equals(surveyDao.readOrderCustomerId(orderId))) {
            throw new CxSurveyException(HttpServletResponse.SC_NOT_FOUND, "NOT_FOUND", "no such order");
        }
    }

    protected static Integer parseScore(String s) {
        if (s == null || !SCORE.matcher(s.trim()).matches()) {
            return null;
        }
        return Integer.valueOf(s.trim());
    }

    protected static Long parseLong(String s) {
        try {
            return s == null ? null : Long.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    protected TransactionTemplate newTransaction() {
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return tx;
    }

    public void setNpsThrottleDays(int days) {
        throttleDays.put("NPS", days);
    }

    public void setCsatThrottleDays(int days) {
        throttleDays.put("CSAT", days);
    }

    public void setCesThrottleDays(int days) {
        throttleDays.put("CES", days);
    }

    public void setLinkValidityDays(int linkValidityDays) {
        this.linkValidityDays = linkValidityDays;
    }

    public void setCommentMaxLength(int commentMaxLength) {
        this.commentMaxLength = commentMaxLength;
    }

    public int getCommentMaxLength() {
        return commentMaxLength;
    }
}
