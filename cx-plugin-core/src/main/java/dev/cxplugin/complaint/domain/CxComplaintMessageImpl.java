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
@Table(name = "CX_COMPLAINT_MESSAGE")
@org.hibernate.annotations.Table(appliesTo = "CX_COMPLAINT_MESSAGE", indexes = {@org.hibernate.annotations.Index(name = "CX_COMPLAINT_MSG_TICKET", columnNames = {"COMPLAINT_ID"})})
@AdminPresentationClass(friendlyName = "Complaint message")
public class CxComplaintMessageImpl implements CxComplaintMessage {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CxComplaintMessageId")
    @GenericGenerator(name = "CxComplaintMessageId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "CxComplaintMessageImpl"),
                    @Parameter(name = "entity_name", value = "dev.cxplugin.complaint.domain.CxComplaintMessageImpl")})
    @Column(name = "ID")
    @AdminPresentation(friendlyName = "ID", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "COMPLAINT_ID", nullable = false)
    @AdminPresentation(excluded = true)
    protected Long complaintId;

    @Column(name = "MESSAGE_TYPE", nullable = false, length = 20)
    @AdminPresentation(excluded = true)
    protected String type;

    @Column(name = "AUTHOR_NAME", length = 255)
    @AdminPresentation(excluded = true)
    protected String authorName;

    @Column(name = "ADMIN_USER_ID")
    @AdminPresentation(excluded = true)
    protected Long adminUserId;

    @Lob
    @Type(type = "org.hibernate.type.StringClobType")
    @Column(name = "BODY", length = Integer.MAX_VALUE - 1)
    @AdminPresentation(excluded = true)
    protected String body;

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
    public String getType() { return type; }

    @Override
    public void setType(String type) { this.type = type; }

    @Override
    public String getAuthorName() { return authorName; }

    @Override
    public void setAuthorName(String authorName) { this.authorName = authorName; }

    @Override
    public Long getAdminUserId() { return adminUserId; }

    @Override
    public void setAdminUserId(Long adminUserId) { this.adminUserId = adminUserId; }

    @Override
    public String getBody() { return body; }

    @Override
    public void setBody(String body) { this.body = body; }

    @Override
    public Date getCreatedAt() { return createdAt; }

    @Override
    public void setCreatedAt(Date createdAt) { this.createdAt = createdAt; }

}
