package dev.cxplugin.complaint.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;
import org.hibernate.annotations.Type;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Inheritance;
import javax.persistence.InheritanceType;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;

@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@Table(name = "CX_COMPLAINT_AUDIT")
@org.hibernate.annotations.Table(appliesTo = "CX_COMPLAINT_AUDIT", indexes = {@org.hibernate.annotations.Index(name = "CX_COMPLAINT_AUDIT_TICKET", columnNames = {"COMPLAINT_ID"}),
        @org.hibernate.annotations.Index(name = "CX_COMPLAINT_AUDIT_ACTION", columnNames = {"ACTION", "CREATED_AT"})})
@AdminPresentationClass(friendlyName = "Complaint change")
public class CxComplaintAuditImpl implements CxComplaintAudit {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CxComplaintAuditId")
    @GenericGenerator(name = "CxComplaintAuditId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "CxComplaintAuditImpl"),
                    @Parameter(name = "entity_name", value = "dev.cxplugin.complaint.domain.CxComplaintAuditImpl")})
    @Column(name = "ID")
    @AdminPresentation(friendlyName = "ID", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "COMPLAINT_ID", nullable = false)
    @AdminPresentation(excluded = true)
    protected Long complaintId;

    @Column(name = "ACTOR", nullable = false, length = 255)
    @AdminPresentation(excluded = true)
    protected String actor;

    @Column(name = "ACTION", nullable = false, length = 40)
    @AdminPresentation(excluded = true)
    protected String action;

    @Column(name = "FROM_VALUE", length = 255)
    @AdminPresentation(excluded = true)
    protected String fromValue;

    @Column(name = "TO_VALUE", length = 255)
    @AdminPresentation(excluded = true)
    protected String toValue;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false)
    @AdminPresentation(excluded = true)
    protected Date createdAt;

    @Version
    @Column(name = "VERSION")
    @AdminPresentation(excluded = true)
    protected Integer version;

    @Override
    public Long getId() { return id; }

    @Override
    public void setId(Long id) { this.id = id; }

    @Override
    public Long getComplaintId() { return complaintId; }

    @Override
    public void setComplaintId(Long complaintId) { this.complaintId = complaintId; }

    @Override
    public String getActor() { return actor; }

    @Override
    public void setActor(String actor) { this.actor = actor; }

    @Override
    public String getAction() { return action; }

    @Override
    public void setAction(String action) { this.action = action; }

    @Override
    public String getFromValue() { return fromValue; }

    @Override
    public void setFromValue(String fromValue) { this.fromValue = fromValue; }

    @Override
    public String getToValue() { return toValue; }

    @Override
    public void setToValue(String toValue) { this.toValue = toValue; }

    @Override
    public Date getCreatedAt() { return createdAt; }

    @Override
    public void setCreatedAt(Date createdAt) { this.createdAt = createdAt; }

}
