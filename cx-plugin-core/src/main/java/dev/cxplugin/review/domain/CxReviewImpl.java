package dev.cxplugin.review.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Inheritance;
import javax.persistence.InheritanceType;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.UniqueConstraint;

/**
 * Our own review entity rather than Broadleaf's {@code ReviewDetailImpl}: that one has no title, verified-buyer
 * or incentivised flag, merchant reply or reject reason, keys the customer and product through a
 * {@code RatingSummary} row (so paging by status needs joins its indexes do not cover), and its service reads
 * every review of an item into memory. Ids, customers and products are plain columns so the widget's queries
 * touch this table alone. The unique key (customer, product) makes a second review impossible.
 */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@Table(name = "CX_REVIEW",
        uniqueConstraints = @UniqueConstraint(name = "CX_REVIEW_ONE_PER_CUSTOMER", columnNames = {"CUSTOMER_ID", "PRODUCT_ID"}))
@org.hibernate.annotations.Table(appliesTo = "CX_REVIEW", indexes = {
        // one index per order of the product page (newest; most helpful; by stars, which also serves the star
        // filter and highest/lowest read star group by star group): equality on the leading columns, the rest is
        // the ORDER BY, so the database reads the first rows of the index instead of sorting all of them
        @org.hibernate.annotations.Index(name = "CX_REVIEW_PRODUCT", columnNames = {"PRODUCT_ID", "STATUS", "CREATED_DATE", "REVIEW_ID"}),
        @org.hibernate.annotations.Index(name = "CX_REVIEW_HELPFUL", columnNames = {"PRODUCT_ID", "STATUS", "HELPFUL_COUNT", "CREATED_DATE", "REVIEW_ID"}),
        @org.hibernate.annotations.Index(name = "CX_REVIEW_STARS", columnNames = {"PRODUCT_ID", "STATUS", "RATING", "CREATED_DATE", "REVIEW_ID"}),
        // the moderation queue's order (updated date, id); on (STATUS, CREATED_DATE) MariaDB read a product's newest page through
        // it, scanning every newer approved review of all products
        @org.hibernate.annotations.Index(name = "CX_REVIEW_MODERATION", columnNames = {"STATUS", "UPDATED_DATE", "REVIEW_ID"})})
@AdminPresentationClass(friendlyName = "Review")
public class CxReviewImpl implements CxReview {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CxReviewId")
    @GenericGenerator(name = "CxReviewId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "CxReviewImpl"),
                    @Parameter(name = "entity_name", value = "dev.cxplugin.review.domain.CxReviewImpl")})
    @Column(name = "REVIEW_ID")
    protected Long id;

    @Column(name = "CUSTOMER_ID", nullable = false)
    @AdminPresentation(friendlyName = "Customer ID", prominent = true, gridOrder = 1, readOnly = true)
    protected Long customerId;

    @Column(name = "PRODUCT_ID", nullable = false)
    @AdminPresentation(friendlyName = "Product ID", prominent = true, gridOrder = 2, readOnly = true)
    protected Long productId;

    @Column(name = "ORDER_ID")
    protected Long orderId;

    @Column(name = "RATING", nullable = false)
    @AdminPresentation(friendlyName = "Stars", prominent = true, gridOrder = 4, readOnly = true)
    protected int rating;

    @Column(name = "TITLE", length = 150)
    @AdminPresentation(friendlyName = "Title", prominent = true, gridOrder = 5, readOnly = true)
    protected String title;

    @Column(name = "BODY", length = 5000)
    protected String body;

    @Column(name = "STATUS", nullable = false, length = 20)
    @AdminPresentation(friendlyName = "Status", prominent = true, gridOrder = 7, readOnly = true)
    protected String status;

    @Column(name = "REJECT_REASON", length = 500)
    protected String rejectReason;

    @Column(name = "DISPLAY_NAME", length = 80)
    protected String displayName;

    @Column(name = "VERIFIED_BUYER", nullable = false)
    @AdminPresentation(friendlyName = "Verified buyer", prominent = true, gridOrder = 10, readOnly = true)
    protected boolean verifiedBuyer;

    @Column(name = "INCENTIVISED", nullable = false)
    protected boolean incentivised;

    @Column(name = "LOCALE", length = 10)
    protected String locale;

    @Column(name = "HELPFUL_COUNT", nullable = false)
    protected int helpfulCount;

    @Column(name = "NOT_HELPFUL_COUNT", nullable = false)
    protected int notHelpfulCount;

    @Column(name = "REPLY", length = 2000)
    protected String reply;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "REPLY_DATE")
    protected Date replyDate;

    @Column(name = "MODERATED_BY", length = 100)
    protected String moderatedBy;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "MODERATED_DATE")
    protected Date moderatedDate;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_DATE", nullable = false)
    @AdminPresentation(friendlyName = "Written", prominent = true, gridOrder = 19, readOnly = true)
    protected Date createdDate;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "UPDATED_DATE", nullable = false)
    protected Date updatedDate;

    @Override public Long getId() { return id; }
    @Override public void setId(Long id) { this.id = id; }
    @Override public Long getCustomerId() { return customerId; }
    @Override public void setCustomerId(Long customerId) { this.customerId = customerId; }
    @Override public Long getProductId() { return productId; }
    @Override public void setProductId(Long productId) { this.productId = productId; }
    @Override public Long getOrderId() { return orderId; }
    @Override public void setOrderId(Long orderId) { this.orderId = orderId; }
    @Override public int getRating() { return rating; }
    @Override public void setRating(int rating) { this.rating = rating; }
    @Override public String getTitle() { return title; }
    @Override public void setTitle(String title) { this.title = title; }
    @Override public String getBody() { return body; }
    @Override public void setBody(String body) { this.body = body; }
    @Override public String getStatus() { return status; }
    @Override public void setStatus(String status) { this.status = status; }
    @Override public String getRejectReason() { return rejectReason; }
    @Override public void setRejectReason(String rejectReason) { this.rejectReason = rejectReason; }
    @Override public String getDisplayName() { return displayName; }
    @Override public void setDisplayName(String displayName) { this.displayName = displayName; }
    @Override public boolean isVerifiedBuyer() { return verifiedBuyer; }
    @Override public void setVerifiedBuyer(boolean verifiedBuyer) { this.verifiedBuyer = verifiedBuyer; }
    @Override public boolean isIncentivised() { return incentivised; }
    @Override public void setIncentivised(boolean incentivised) { this.incentivised = incentivised; }
    @Override public String getLocale() { return locale; }
    @Override public void setLocale(String locale) { this.locale = locale; }
    @Override public int getHelpfulCount() { return helpfulCount; }
    @Override public void setHelpfulCount(int helpfulCount) { this.helpfulCount = helpfulCount; }
    @Override public int getNotHelpfulCount() { return notHelpfulCount; }
    @Override public void setNotHelpfulCount(int notHelpfulCount) { this.notHelpfulCount = notHelpfulCount; }
    @Override public String getReply() { return reply; }
    @Override public void setReply(String reply) { this.reply = reply; }
    @Override public Date getReplyDate() { return replyDate; }
    @Override public void setReplyDate(Date replyDate) { this.replyDate = replyDate; }
    @Override public String getModeratedBy() { return moderatedBy; }
    @Override public void setModeratedBy(String moderatedBy) { this.moderatedBy = moderatedBy; }
    @Override public Date getModeratedDate() { return moderatedDate; }
    @Override public void setModeratedDate(Date moderatedDate) { this.moderatedDate = moderatedDate; }
    @Override public Date getCreatedDate() { return createdDate; }
    @Override public void setCreatedDate(Date createdDate) { this.createdDate = createdDate; }
    @Override public Date getUpdatedDate() { return updatedDate; }
    @Override public void setUpdatedDate(Date updatedDate) { this.updatedDate = updatedDate; }
}
