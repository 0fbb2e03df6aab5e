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
@Table(name = "CX_COMPLAINT_SLA_POLICY", uniqueConstraints = {@UniqueConstraint(name = "CX_COMPLAINT_SLA_PRIORITY", columnNames = {"PRIORITY"})})
@AdminPresentationClass(friendlyName = "Complaint SLA policy")
public class CxComplaintSlaPolicyImpl implements CxComplaintSlaPolicy {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CxComplaintSlaPolicyId")
    @GenericGenerator(name = "CxComplaintSlaPolicyId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "CxComplaintSlaPolicyImpl"),
                    @Parameter(name = "entity_name", value = "dev.cxplugin.complaint.domain.CxComplaintSlaPolicyImpl")})
    @Column(name = "ID")
    @AdminPresentation(friendlyName = "ID", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "PRIORITY", nullable = false, length = 20)
    @AdminPresentation(friendlyName = "Priority", prominent = true, gridOrder = 1, order = 1, readOnly = true)
    protected String priority;

    @Column(name = "FIRST_RESPONSE_HOURS", nullable = false)
    @AdminPresentation(friendlyName = "First response (business hours)", prominent = true, gridOrder = 2, order = 2)
    protected int firstResponseHours;

    @Column(name = "RESOLUTION_HOURS", nullable = false)
    @AdminPresentation(friendlyName = "Resolution (business hours)", prominent = true, gridOrder = 3, order = 3)
    protected int resolutionHours;

    @Version
    @Column(name = "VERSION")
    @AdminPresentation(excluded = true)
    protected Integer version;

    @Override
    public Long getId() { return id; }

    @Override
    public void setId(Long id) { this.id = id; }

    @Override
    public String getPriority() { return priority; }

    @Override
    public void setPriority(String priority) { this.priority = priority; }

    @Override
    public int getFirstResponseHours() { return firstResponseHours; }

    @Override
    public void setFirstResponseHours(int firstResponseHours) { this.firstResponseHours = firstResponseHours; }

    @Override
    public int getResolutionHours() { return resolutionHours; }

    @Override
    public void setResolutionHours(int resolutionHours) { this.resolutionHours = resolutionHours; }

}
