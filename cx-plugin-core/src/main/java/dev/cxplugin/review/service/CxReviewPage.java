package dev.cxplugin.review.service;

import dev.cxplugin.review.domain.CxReview;
import dev.cxplugin.review.type.CxReviewSort;

import java.util.List;

/** One page of reviews; {@code total} comes from the rating summary (or one COUNT), never from loading them all. */
public class CxReviewPage {

    protected final List<CxReview> reviews;
    protected final long total;
    protected final int page;
    protected final int pageSize;
    protected final CxReviewSort sort;
    protected final int stars;

    public CxReviewPage(List<CxReview> reviews, long total, int page, int pageSize, CxReviewSort sort, int stars) {
        this.reviews = reviews;
        this.total = total;
        this.page = page;
        this.pageSize = pageSize;
        this.sort = sort;
        this.stars = stars;
    }

    public List<CxReview> getReviews() { return reviews; }
    public long getTotal() { return total; }
    /** 1-based. */
    public int getPage() { return page; }
    public int getPageSize() { return pageSize; }
    public CxReviewSort getSort() { return sort; }
    /** The star filter, 0 for all. */
    public int getStars() { return stars; }
    public int getPageCount() { return pageSize <= 0 ? 0 : (int) ((total + pageSize - 1) / pageSize); }
    public boolean isHasPrevious() { return page > 1; }
    public boolean isHasNext() { return page < getPageCount(); }
}
