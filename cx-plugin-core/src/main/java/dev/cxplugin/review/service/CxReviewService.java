package dev.cxplugin.review.service;

import dev.cxplugin.review.domain.CxRatingSummary;
import dev.cxplugin.review.domain.CxReview;
import dev.cxplugin.review.type.CxReviewSort;

import java.util.List;

/**
 * Reviews and ratings. Everything that changes something runs in one transaction with the events it publishes
 * ({@link dev.cxplugin.common.event.CxReviewEvent}) and the summary change it causes; a refusal is a
 * {@link CxReviewException} and changes nothing.
 */
public interface CxReviewService {

    /** A customer's first review of a product. PENDING unless its stars reach the auto-publish threshold. */
    CxReview submit(CxReviewInput input);

    /**
     * A review from the follow-up email's signed link (no sign-in): the link names customer, order and product
     * and is used up in the same transaction, so it works once; with {@code reviewId} it edits that review of
     * the link's customer. A bad link throws and stores nothing.
     */
    CxReview submitFromLink(String token, Long reviewId, CxReviewInput input) throws dev.cxplugin.common.link.CxInvalidLinkException;

    /** The customer edits their own review: it goes back to moderation (or is auto-published again). */
    CxReview edit(Long reviewId, CxReviewInput input);

    CxReview approve(Long reviewId, String moderator);

    /** Rejects with a reason the merchant keeps; a published review is withdrawn from the summary. */
    CxReview reject(Long reviewId, String reason, String moderator);

    /** The merchant's public reply (empty text removes it). */
    CxReview reply(Long reviewId, String text, String moderator);

    CxReview setIncentivised(Long reviewId, boolean incentivised, String moderator);

    /** One helpful / not-helpful vote per customer and approved review; not on one's own review. */
    CxReview vote(Long customerId, Long reviewId, boolean helpful);

    /** The product's summary; an empty one (count 0) when nothing was approved yet. Never null. */
    CxRatingSummary readSummary(Long productId);

    /** One page (1-based) of approved reviews, sorted and filtered by stars (0 = all) in the database. */
    CxReviewPage readApproved(Long productId, CxReviewSort sort, int stars, int page, int pageSize);

    /** The same, for a summary the caller has just read (saves reading it again). */
    CxReviewPage readApproved(CxRatingSummary summary, CxReviewSort sort, int stars, int page, int pageSize);

    CxReview readReview(Long reviewId);

    CxReview readOwnReview(Long customerId, Long productId);

    List<CxReview> readForModeration(String status, Long productId, Integer stars, Boolean verified, int first, int max);

    long countForModeration(String status, Long productId, Integer stars, Boolean verified);

    /** Whether a customer counts as a verified buyer of the product (a submitted, not cancelled order with it). */
    boolean isVerifiedBuyer(Long customerId, Long productId);

    CxRatingSummary recomputeSummary(Long productId);
}
