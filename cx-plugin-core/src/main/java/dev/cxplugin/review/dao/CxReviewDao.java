package dev.cxplugin.review.dao;

import dev.cxplugin.review.domain.CxRatingSummary;
import dev.cxplugin.review.domain.CxReview;
import dev.cxplugin.review.domain.CxReviewAttempt;
import dev.cxplugin.review.domain.CxReviewVote;
import dev.cxplugin.review.type.CxReviewSort;

import java.util.Date;
import java.util.List;

/** Every query pages and filters in the database; nothing here reads all of a product's reviews. */
public interface CxReviewDao {

    CxReview create();

    CxReview save(CxReview review);

    CxReview readById(Long id);

    /** The review with a row lock held until the transaction ends (moderation changes one review at a time). */
    CxReview readByIdForUpdate(Long id);

    /**
     * Moves the review from status {@code from} to {@code to} in one conditional UPDATE: 1 when this transaction
     * made the change, 0 when the review was not in {@code from} (another transaction got there first).
     */
    int changeStatus(Long reviewId, String from, String to);

    void refresh(CxReview review);

    CxReview readByCustomerAndProduct(Long customerId, Long productId);

    /** Approved reviews of a product, {@code stars} 1-5 or 0 for all. */
    List<CxReview> readApproved(Long productId, int stars, CxReviewSort sort, int first, int max);

    /** The moderation queue: any of the filters may be null (status, product, stars). */
    List<CxReview> readForModeration(String status, Long productId, Integer stars, Boolean verified, int first, int max);

    long countForModeration(String status, Long productId, Integer stars, Boolean verified);

    CxRatingSummary readSummary(Long productId);

    /** Inserts an empty summary row for the product, committed in its own transaction; no-op if one exists. */
    void ensureSummary(Long productId);

    /** Adds {@code delta} (+1 or -1) reviews of {@code rating} stars to the product's summary, atomically. */
    int addToSummary(Long productId, int rating, int delta);

    /** Counts the approved reviews again and writes the summary (repair after manual database edits). */
    CxRatingSummary recomputeSummary(Long productId);

    boolean hasVoted(Long reviewId, Long customerId);

    CxReviewVote createVote(Long reviewId, Long customerId, boolean helpful, Date now);

    int addVote(Long reviewId, boolean helpful);

    /** Raises the summary's version (something the widgets show changed); 0 when the product has no summary row. */
    int touchSummary(Long productId);

    long countAttemptsByCustomer(Long customerId, Date since);

    long countAttemptsByIp(String ipHash, Date since);

    CxReviewAttempt createAttempt(Long customerId, String ipHash, Date now);

    /** Whether the customer has a submitted (not cancelled) order with this product. */
    boolean hasSubmittedOrderWith(Long customerId, Long productId);
}
