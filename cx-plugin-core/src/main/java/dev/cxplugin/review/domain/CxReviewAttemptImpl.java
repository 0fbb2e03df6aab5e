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

@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@Table(name = "CX_REVIEW_ATTEMPT")
@org.hibernate.annotations.Table(appliesTo = "CX_REVIEW_ATTEMPT", indexes = {
        @org.hibernate.annotations.Index(name = "CX_REVIEW_ATTEMPT_CUSTOMER", columnNames = {"CUSTOMER_ID", "CREATED_DATE"}),
        @org.hibernate.annotations.Index(name = "CX_REVIEW_ATTEMPT_IP", columnNames = {"IP_HASH", "CREATED_DATE"})})
public class CxReviewAttemptImpl implements CxReviewAttempt {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CxReviewAttemptId")
    @GenericGenerator(name = "CxReviewAttemptId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "CxReviewAttemptImpl"),
                    @Parameter(name = "entity_name", value = "dev.cxplugin.review.domain.CxReviewAttemptImpl")})
    @Column(name = "ATTEMPT_ID")
    protected Long id;

    @Column(name = "CUSTOMER_ID", nullable = false)
    protected Long customerId;

    @Column(name = "IP_HASH", length = 64)
    protected String ipHash;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_DATE", nullable = false)
    protected Date createdDate;

    @Override public Long getId() { return id; }
    @Override public Long getCustomerId() { return customerId; }
    @Override public void setCustomerId(Long customerId) { this.customerId = customerId; }
    @Override public String getIpHash() { return ipHash; }
    @Override public void setIpHash(String ipHash) { this.ipHash = ipHash; }
    @Override public Date getCreatedDate() { return createdDate; }
    @Override public void setCreatedDate(Date createdDate) { this.createdDate = createdDate; }
}
