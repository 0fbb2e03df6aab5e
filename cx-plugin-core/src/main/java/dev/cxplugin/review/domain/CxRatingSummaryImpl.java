package dev.cxplugin.review.domain;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Inheritance;
import javax.persistence.InheritanceType;
import javax.persistence.Table;

/**
 * Keyed by the product id. Changed only by relative SQL updates ({@code SET APPROVED_COUNT = APPROVED_COUNT + 1})
 * in the transaction that approves or withdraws a review, so concurrent moderations never lose an update
 * (Broadleaf's {@code RatingSummaryImpl} is read, changed in memory and written back, which races).
 */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@Table(name = "CX_RATING_SUMMARY")
public class CxRatingSummaryImpl implements CxRatingSummary {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "PRODUCT_ID")
    protected Long productId;

    @Column(name = "APPROVED_COUNT", nullable = false)
    protected int approvedCount;

    @Column(name = "RATING_SUM", nullable = false)
    protected long ratingSum;

    @Column(name = "STARS_1", nullable = false)
    protected int stars1;
    @Column(name = "STARS_2", nullable = false)
    protected int stars2;
    @Column(name = "STARS_3", nullable = false)
    protected int stars3;
    @Column(name = "STARS_4", nullable = false)
    protected int stars4;
    @Column(name = "STARS_5", nullable = false)
    protected int stars5;

    @Column(name = "CONTENT_VERSION", nullable = false)
    protected long version;

    @Override public long getVersion() { return version; }
    @Override public void setVersion(long version) { this.version = version; }
    @Override public Long getProductId() { return productId; }
    @Override public void setProductId(Long productId) { this.productId = productId; }
    @Override public int getApprovedCount() { return approvedCount; }
    @Override public void setApprovedCount(int approvedCount) { this.approvedCount = approvedCount; }
    @Override public long getRatingSum() { return ratingSum; }
    @Override public void setRatingSum(long ratingSum) { this.ratingSum = ratingSum; }

    @Override
    public int getStarCount(int stars) {
        switch (stars) {
            case 1: return stars1;
            case 2: return stars2;
            case 3: return stars3;
            case 4: return stars4;
            case 5: return stars5;
            default: throw new IllegalArgumentException("stars " + stars);
        }
    }

    @Override
    public void setStarCount(int stars, int count) {
        switch (stars) {
            case 1: stars1 = count; break;
            case 2: stars2 = count; break;
            case 3: stars3 = count; break;
            case 4: stars4 = count; break;
            case 5: stars5 = count; break;
            default: throw new IllegalArgumentException("stars " + stars);
        }
    }

    @Override
    public double getAverage() {
        return approvedCount == 0 ? 0 : (double) ratingSum / approvedCount;
    }
}
