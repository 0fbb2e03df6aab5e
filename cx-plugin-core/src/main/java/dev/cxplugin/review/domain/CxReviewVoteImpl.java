package dev.cxplugin.review.domain;

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

/** The unique key (review, customer) is what makes a second vote impossible, also when two requests race. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@Table(name = "CX_REVIEW_VOTE",
        uniqueConstraints = @UniqueConstraint(name = "CX_REVIEW_VOTE_ONCE", columnNames = {"REVIEW_ID", "CUSTOMER_ID"}))
public class CxReviewVoteImpl implements CxReviewVote {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CxReviewVoteId")
    @GenericGenerator(name = "CxReviewVoteId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "CxReviewVoteImpl"),
                    @Parameter(name = "entity_name", value = "dev.cxplugin.review.domain.CxReviewVoteImpl")})
    @Column(name = "VOTE_ID")
    protected Long id;

    @Column(name = "REVIEW_ID", nullable = false)
    protected Long reviewId;

    @Column(name = "CUSTOMER_ID", nullable = false)
    protected Long customerId;

    @Column(name = "HELPFUL", nullable = false)
    protected boolean helpful;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_DATE", nullable = false)
    protected Date createdDate;

    @Override public Long getId() { return id; }
    @Override public void setId(Long id) { this.id = id; }
    @Override public Long getReviewId() { return reviewId; }
    @Override public void setReviewId(Long reviewId) { this.reviewId = reviewId; }
    @Override public Long getCustomerId() { return customerId; }
    @Override public void setCustomerId(Long customerId) { this.customerId = customerId; }
    @Override public boolean isHelpful() { return helpful; }
    @Override public void setHelpful(boolean helpful) { this.helpful = helpful; }
    @Override public Date getCreatedDate() { return createdDate; }
    @Override public void setCreatedDate(Date createdDate) { this.createdDate = createdDate; }
}
