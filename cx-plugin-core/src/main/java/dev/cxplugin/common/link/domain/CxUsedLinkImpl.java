package dev.cxplugin.common.link.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
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

@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@Table(name = "CX_USED_LINK",
        uniqueConstraints = @UniqueConstraint(name = "CX_USED_LINK_HASH", columnNames = "TOKEN_HASH"))
@AdminPresentationClass(friendlyName = "Used link")
public class CxUsedLinkImpl implements CxUsedLink {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CxUsedLinkId")
    @GenericGenerator(name = "CxUsedLinkId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "CxUsedLinkImpl"),
                    @Parameter(name = "entity_name", value = "dev.cxplugin.common.link.domain.CxUsedLinkImpl")})
    @Column(name = "USED_LINK_ID")
    @AdminPresentation(friendlyName = "ID", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "TOKEN_HASH", nullable = false, length = 64)
    @AdminPresentation(friendlyName = "Link hash", readOnly = true, order = 4)
    protected String tokenHash;

    @Column(name = "PURPOSE", nullable = false, length = 40)
    @AdminPresentation(friendlyName = "Purpose", prominent = true, gridOrder = 1, order = 1, readOnly = true)
    protected String purpose;

    @Column(name = "CUSTOMER_ID")
    @AdminPresentation(friendlyName = "Customer ID", prominent = true, gridOrder = 2, order = 2, readOnly = true)
    protected Long customerId;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "USED_DATE", nullable = false)
    @AdminPresentation(friendlyName = "Used", prominent = true, gridOrder = 3, order = 3, readOnly = true)
    protected Date usedDate;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "EXPIRES_DATE")
    @AdminPresentation(friendlyName = "Expires", order = 5, readOnly = true)
    protected Date expiresDate;

    @Override public Long getId() { return id; }
    @Override public void setId(Long id) { this.id = id; }
    @Override public String getTokenHash() { return tokenHash; }
    @Override public void setTokenHash(String tokenHash) { this.tokenHash = tokenHash; }
    @Override public String getPurpose() { return purpose; }
    @Override public void setPurpose(String purpose) { this.purpose = purpose; }
    @Override public Long getCustomerId() { return customerId; }
    @Override public void setCustomerId(Long customerId) { this.customerId = customerId; }
    @Override public Date getUsedDate() { return usedDate; }
    @Override public void setUsedDate(Date usedDate) { this.usedDate = usedDate; }
    @Override public Date getExpiresDate() { return expiresDate; }
    @Override public void setExpiresDate(Date expiresDate) { this.expiresDate = expiresDate; }
}
