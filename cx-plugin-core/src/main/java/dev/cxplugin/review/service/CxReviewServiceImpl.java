package dev.cxplugin.review.service;

import dev.cxplugin.common.event.CxEventPublisher;
import dev.cxplugin.common.event.CxReviewEvent;
import dev.cxplugin.common.link.CxInvalidLinkException;
import dev.cxplugin.common.link.CxLinkClaims;
import dev.cxplugin.review.dao.CxReviewDao;
import dev.cxplugin.review.domain.CxRatingSummary;
import dev.cxplugin.review.domain.CxRatingSummaryImpl;
import dev.cxplugin.review.domain.CxReview;
import dev.cxplugin.review.service.CxReviewException.Reason;
import dev.cxplugin.review.type.CxReviewSort;
import dev.cxplugin.review.type.CxReviewStatus;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.PersistenceException;

/**
 * Broadleaf's {@code RatingServiceImpl} is not used: its {@code readReviews} ignores the status and pages in
 * memory, its summary counts load every review and its summary update is read-modify-write, which loses
 * concurrent updates. Here the summary changes by relative SQL updates in the moderation's transaction, under a
 * row lock on the review whose status changes, so each review is counted exactly once.
 */
public class CxReviewServiceImpl implements CxReviewService {

    private static final Log LOG = LogFactory.getLog(CxReviewServiceImpl.class);

    @Resource(name = "cxReviewDao")
    protected CxReviewDao reviewDao;

    @Resource(name = "cxReviewSettings")
    protected CxReviewSettings settings;

    @Resource(name = "cxEventPublisher")
    protected CxEventPublisher eventPublisher;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "cxReviewLinks")
    protected CxReviewLinks reviewLinks;

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @Override
    @Transactional("blTransactionManager")
    public CxReview submit(CxReviewInput input) {
        Customer customer = requireCustomer(input.getCustomerId());
        if (input.getProductId() == null || catalogService.findProductById(input.getProductId()) == null) {
            throw new CxReviewException(Reason.NOT_FOUND, "product", "no such product");
        }
        Clean clean = validate(input);
        if (reviewDao.readByCustomerAndProduct(customer.getId(), input.getProductId()) != null) {
            throw new CxReviewException(Reason.ALREADY_REVIEWED, "this customer already reviewed this product");
        }
        Date now = new Date();
        checkRateLimit(customer.getId(), input.getClientIp(), now);
        // summary row first, in its own transaction, so approvals only ever UPDATE it
        reviewDao.ensureSummary(input.getProductId());

        CxReview review = reviewDao.create();
        review.setCustomerId(customer.getId());
        review.setProductId(input.getProductId());
        review.setOrderId(input.getOrderId());
        review.setDisplayName(displayName(customer));
        review.setLocale(input.getLocale());
        review.setCreatedDate(now);
        apply(review, clean, now);
        review.setVerifiedBuyer(reviewDao.hasSubmittedOrderWith(customer.getId(), input.getProductId()));
        review.setStatus(CxReviewStatus.PENDING);
        try {
            review = reviewDao.save(review);
        } catch (PersistenceException | DataIntegrityViolationException e) {
            // the unique key (customer, product): a concurrent first review won
            throw new CxReviewException(Reason.ALREADY_REVIEWED, "this customer already reviewed this product");
        }
        reviewDao.createAttempt(customer.getId(), ipHash(input.getClientIp()), now);
        publish(CxReviewEvent.SUBMITTED, review);
        autoApprove(review, now);
        return review;
    }

    @Override
    @Transactional(value = "blTransactionManager", rollbackFor = CxInvalidLinkException.class)
    public CxReview submitFromLink(String token, Long reviewId, CxReviewInput input) throws CxInvalidLinkException {
        CxLinkClaims claims = reviewLinks.consume(token);
        input.setCustomerId(claims.getCustomerId()).setProductId(claims.getProductId()).setOrderId(claims.getOrderId());
        if (reviewId != null) {
            CxReview own = reviewDao.readById(reviewId);
            if (own == null || !own.getProductId().equals(claims.getProductId())) {
                throw new CxReviewException(Reason.NOT_FOUND, "no such review");
            }
            return edit(reviewId, input);
        }
        return submit(input);
    }

    @Override
    @Transactional("blTransactionManager")
    public CxReview edit(Long reviewId, CxReviewInput input) {
        Customer customer = requireCustomer(input.getCustomerId());
        Clean clean = validate(input);
        CxReview peek = reviewDao.readById(reviewId);
        if (peek == null || !peek.getCustomerId().equals(customer.getId())) {
            // another customer's review looks exactly like a missing one
            throw new CxReviewException(Reason.NOT_FOUND, "no such review");
        }
        Date now = new Date();
        checkRateLimit(customer.getId(), input.getClientIp(), now);
        CxReview review = requireForUpdate(reviewId);
        // withdraw first (with the old rating), then change the text and stars
        moveTo(review, CxReviewStatus.PENDING, null, now);
        apply(review, clean, now);
        review.setVerifiedBuyer(reviewDao.hasSubmittedOrderWith(customer.getId(), review.getProductId()));
        if (input.getLocale() != null) {
            review.setLocale(input.getLocale());
        }
        review = reviewDao.save(review);
        reviewDao.createAttempt(customer.getId(), ipHash(input.getClientIp()), now);
        publish(CxReviewEvent.SUBMITTED, review);
        autoApprove(review, now);
        return review;
    }

    protected void autoApprove(CxReview review, Date now) {
        int threshold = settings.getAutoApproveMinStars();
        if (threshold > 0 && review.getRating() >= threshold) {
            if (moveTo(review, CxReviewStatus.APPROVED, "auto", now)) {
                reviewDao.save(review);
                publish(CxReviewEvent.APPROVED, review);
            }
        }
    }

    @Override
    @Transactional("blTransactionManager")
    public CxReview approve(Long reviewId, String moderator) {
        CxReview review = requireForUpdate(reviewId);
        if (!moveTo(review, CxReviewStatus.APPROVED, moderator, new Date())) {
            return review; // a second click changes nothing and announces nothing
        }
        review = reviewDao.save(review);
        publish(CxReviewEvent.APPROVED, review);
        return review;
    }

    @Override
    @Transactional("blTransactionManager")
    public CxReview reject(Long reviewId, String reason, String moderator) {
        String why = plain(reason, true);
        if (why.isEmpty() || why.length() > 500) {
            throw new CxReviewException(Reason.INVALID, "reason", "a reason of 1 to 500 characters is required");
        }
        CxReview review = requireForUpdate(reviewId);
        boolean changed = moveTo(review, CxReviewStatus.REJECTED, moderator, new Date());
        review.setRejectReason(why);
        review = reviewDao.save(review);
        if (changed) {
            publish(CxReviewEvent.REJECTED, review);
        }
        return review;
    }

    /**
     * Changes the status and keeps the summary in step: +1 on entering APPROVED, -1 on leaving it. The change is
     * a conditional UPDATE (status = what we read), so of two transactions moving one review only one counts it;
     * the other re-reads and sees the new status. False when the review already had {@code status}.
     */
    protected boolean moveTo(CxReview review, String status, String moderator, Date now) {
        for (int attempt = 0; attempt < 5; attempt++) {
            String from = review.getStatus();
            if (status.equals(from)) {
                return false;
            }
            if (reviewDao.changeStatus(review.getId(), from, status) == 1) {
                boolean was = CxReviewStatus.APPROVED.equals(from);
                boolean will = CxReviewStatus.APPROVED.equals(status);
                if (was != will) {
                    reviewDao.addToSummary(review.getProductId(), review.getRating(), will ? 1 : -1);
                }
                review.setStatus(status);
                review.setModeratedBy(moderator);
                review.setModeratedDate(now);
                return true;
            }
            reviewDao.refresh(review);
        }
        throw new IllegalStateException("review " + review.getId() + " keeps changing status");
    }

    @Override
    @Transactional("blTransactionManager")
    public CxReview reply(Long reviewId, String text, String moderator) {
        String reply = plain(text, false);
        if (reply.length() > settings.getReplyMaxLength()) {
            throw new CxReviewException(Reason.INVALID, "reply", "the reply is longer than " + settings.getReplyMaxLength());
        }
        CxReview review = requireForUpdate(reviewId);
        review.setReply(reply.isEmpty() ? null : reply);
        review.setReplyDate(reply.isEmpty() ? null : new Date());
        review.setModeratedBy(moderator);
        review = reviewDao.save(review);
        reviewDao.touchSummary(review.getProductId());
        return review;
    }

    @Override
    @Transactional("blTransactionManager")
    public CxReview setIncentivised(Long reviewId, boolean incentivised, String moderator) {
        CxReview review = requireForUpdate(reviewId);
        review.setIncentivised(incentivised);
        review.setModeratedBy(moderator);
        review = reviewDao.save(review);
        reviewDao.touchSummary(review.getProductId());
        return review;
    }

    @Override
    @Transactional("blTransactionManager")
    public CxReview vote(Long customerId, Long reviewId, boolean helpful) {
        Customer customer = requireCustomer(customerId);
        CxReview review = reviewDao.readById(reviewId);
        if (review == null || !CxReviewStatus.APPROVED.equals(review.getStatus())) {
            throw new CxReviewException(Reason.NOT_FOUND, "no such review");
        }
        if (review.getCustomerId().equals(customer.getId())) {
            throw new CxReviewException(Reason.OWN_REVIEW, "a customer cannot vote on their own review");
        }
        if (reviewDao.hasVoted(reviewId, customer.getId())) {
            throw new CxReviewException(Reason.ALREADY_VOTED, "this customer already voted on this review");
        }
        try {
            reviewDao.createVote(reviewId, customer.getId(), helpful, new Date());
        } catch (PersistenceException | DataIntegrityViolationException e) {
            throw new CxReviewException(Reason.ALREADY_VOTED, "this customer already voted on this review");
        }
        reviewDao.addVote(reviewId, helpful);
        // review row, then summary row: the same order as moderation, so the two never wait on each other crosswise
        reviewDao.touchSummary(review.getProductId());
        return review;
    }

    /**
     * Not transactional: one primary-key read that the product page makes on every view (in the request's
     * entity manager when there is one); a read-only transaction around it cost more than the read.
     */
    @Override
    public CxRatingSummary readSummary(Long productId) {
        CxRatingSummary s = reviewDao.readSummary(productId);
        if (s == null) {
            s = new CxRatingSummaryImpl();
            s.setProductId(productId);
        }
        return s;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public CxReviewPage readApproved(Long productId, CxReviewSort sort, int stars, int page, int pageSize) {
        return readApproved(readSummary(productId), sort, stars, page, pageSize);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public CxReviewPage readApproved(CxRatingSummary summary, CxReviewSort sort, int stars, int page, int pageSize) {
        Long productId = summary.getProductId();
        int size = pageSize <= 0 ? settings.getPageSize() : Math.min(pageSize, 50);
        int filter = stars >= 1 && stars <= 5 ? stars : 0;
        long total = filter == 0 ? summary.getApprovedCount() : summary.getStarCount(filter);
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int p = Math.max(1, Math.min(page, pages));
        CxReviewSort order = sort == null ? CxReviewSort.NEWEST : sort;
        List<CxReview> reviews;
        if (total == 0) {
            reviews = Collections.<CxReview>emptyList();
        } else if (filter == 0 && (order == CxReviewSort.HIGHEST || order == CxReviewSort.LOWEST)) {
            reviews = readByStarGroups(productId, summary, order == CxReviewSort.HIGHEST, (p - 1) * size, size);
        } else {
            reviews = reviewDao.readApproved(productId, filter, order, (p - 1) * size, size);
        }
        return new CxReviewPage(reviews, total, p, size, order, filter);
    }

    /**
     * Highest / lowest first without sorting every review: the summary says how many reviews each star has, so
     * the page's rows are found group by group (5 to 1 or 1 to 5), each group read newest first through the index
     * (product, status, rating, date, id). A page reads one group, two where it straddles a boundary.
     */
    protected List<CxReview> readByStarGroups(Long productId, CxRatingSummary summary, boolean highest, int first, int max) {
        List<CxReview> rows = new ArrayList<CxReview>(max);
        int skip = first;
        for (int i = 0; i < 5 && rows.size() < max; i++) {
            int stars = highest ? 5 - i : 1 + i;
            int inGroup = summary.getStarCount(stars);
            if (skip >= inGroup) {
                skip -= inGroup;
                continue;
            }
            rows.addAll(reviewDao.readApproved(productId, stars, CxReviewSort.NEWEST, skip, max - rows.size()));
            skip = 0;
        }
        return rows;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public CxReview readReview(Long reviewId) {
        return reviewDao.readById(reviewId);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public CxReview readOwnReview(Long customerId, Long productId) {
        return customerId == null || productId == null ? null : reviewDao.readByCustomerAndProduct(customerId, productId);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<CxReview> readForModeration(String status, Long productId, Integer stars, Boolean verified, int first, int max) {
        return reviewDao.readForModeration(status, productId, stars, verified, first, max);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public long countForModeration(String status, Long productId, Integer stars, Boolean verified) {
        return reviewDao.countForModeration(status, productId, stars, verified);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public boolean isVerifiedBuyer(Long customerId, Long productId) {
        return reviewDao.hasSubmittedOrderWith(customerId, productId);
    }

    @Override
    @Transactional("blTransactionManager")
    public CxRatingSummary recomputeSummary(Long productId) {
        return reviewDao.recomputeSummary(productId);
    }

    protected Customer requireCustomer(Long customerId) {
        Customer customer = customerId == null ? null : customerService.readCustomerById(customerId);
        if (customer == null) {
            throw new CxReviewException(Reason.NOT_SIGNED_IN, "no customer");
        }
        return customer;
    }

    /**
     * The review, row-locked. Its summary row is made sure of first, in its own short transaction, before this
     * transaction locks anything, so summary changes later are plain UPDATEs and no two transactions wait on
     * each other in opposite orders.
     */
    protected CxReview requireForUpdate(Long reviewId) {
        CxReview peek = reviewDao.readById(reviewId);
        if (peek == null) {
            throw new CxReviewException(Reason.NOT_FOUND, "no such review");
        }
        reviewDao.ensureSummary(peek.getProductId());
        CxReview review = reviewDao.readByIdForUpdate(reviewId);
        if (review == null) {
            throw new CxReviewException(Reason.NOT_FOUND, "no such review");
        }
        return review;
    }

    protected void checkRateLimit(Long customerId, String ip, Date now) {
        Date since = new Date(now.getTime() - 3_600_000L);
        if (settings.getMaxPerCustomerPerHour() > 0
                && reviewDao.countAttemptsByCustomer(customerId, since) >= settings.getMaxPerCustomerPerHour()) {
            throw new CxReviewException(Reason.RATE_LIMITED, "at most " + settings.getMaxPerCustomerPerHour()
                    + " reviews per customer and hour");
        }
        String hash = ipHash(ip);
        if (hash != null && settings.getMaxPerIpPerHour() > 0
                && reviewDao.countAttemptsByIp(hash, since) >= settings.getMaxPerIpPerHour()) {
            throw new CxReviewException(Reason.RATE_LIMITED, "at most " + settings.getMaxPerIpPerHour()
                    + " reviews per address and hour");
        }
    }

    /** The validated, cleaned fields of an input. */
    protected static class Clean {
        int rating;
        String title;
        String body;
    }

    protected Clean validate(CxReviewInput input) {
        Clean c = new Clean();
        if (input.getRating() == null || input.getRating() < 1 || input.getRating() > 5) {
            throw new CxReviewException(Reason.INVALID, "rating", "the rating must be 1 to 5 stars");
        }
        c.rating = input.getRating();
        c.title = plain(input.getTitle(), true);
        c.body = plain(input.getBody(), false);
        if (c.title.length() > settings.getTitleMaxLength()) {
            throw new CxReviewException(Reason.INVALID, "title", "the title is longer than " + settings.getTitleMaxLength());
        }
        if (c.body.isEmpty()) {
            throw new CxReviewException(Reason.INVALID, "body", "the review text is empty");
        }
        if (c.body.length() > settings.getBodyMaxLength()) {
            throw new CxReviewException(Reason.INVALID, "body", "the review text is longer than " + settings.getBodyMaxLength());
        }
        return c;
    }

    protected void apply(CxReview review, Clean clean, Date now) {
        review.setRating(clean.rating);
        review.setTitle(clean.title.isEmpty() ? null : clean.title);
        review.setBody(clean.body);
        review.setUpdatedDate(now);
    }

    /**
     * Plain text as typed: markup is kept as characters (templates escape it on output), control characters go,
     * line ends become \n (a single line for titles and reasons).
     */
    public static String plain(String text, boolean singleLine) {
        if (text == null) {
            return "";
        }
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\n') {
                b.append(singleLine ? ' ' : '\n');
            } else if (ch == '\t') {
                b.append(' ');
            } else if (!Character.isISOControl(ch)) {
                b.append(ch);
            }
        }
        return b.toString().trim();
    }

    /** First name and the initial of the last name; never anything that looks like an email address. */
    protected String displayName(Customer customer) {
        String first = safeName(customer.getFirstName());
        String last = safeName(customer.getLastName());
        if (first == null) {
            return null; // the page shows "a customer" in its language
        }
        return last == null ? first : first + " " + last.substring(0, last.offsetByCodePoints(0, 1)) + ".";
    }

    protected String safeName(String name) {
        String s = plain(name, true);
        if (s.isEmpty() || s.contains("@")) {
            return null;
        }
        return s.length() > 40 ? s.substring(0, 40) : s;
    }

    protected String ipHash(String ip) {
        if (ip == null || ip.trim().isEmpty()) {
            return null;
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(ip.trim().getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte x : d) {
                hex.append(String.format("%02x", x));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    protected void publish(String what, CxReview review) {
        eventPublisher.publish(new CxReviewEvent(this, what, review.getCustomerId(), review.getOrderId(), review.getId(),
                review.getProductId(), review.getRating(), review.isVerifiedBuyer()));
        if (LOG.isDebugEnabled()) {
            LOG.debug("review " + review.getId() + " " + what);
        }
    }
}
