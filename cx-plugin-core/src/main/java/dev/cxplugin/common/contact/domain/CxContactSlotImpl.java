package dev.cxplugin.common.contact.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Inheritance;
import javax.persistence.InheritanceType;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** Keyed by the customer's id (no generated id): the primary key makes a second row for one customer impossible. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@Table(name = "CX_CONTACT_SLOT")
@AdminPresentationClass(friendlyName = "Contact slot")
public class CxContactSlotImpl implements CxContactSlot {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "CUSTOMER_ID")
    @AdminPresentation(friendlyName = "Customer ID", prominent = true, gridOrder = 1, readOnly = true)
    protected Long customerId;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "LAST_CONTACT_DATE")
    @AdminPresentation(friendlyName = "Last contact", prominent = true, gridOrder = 2, readOnly = true)
    protected Date lastContactDate;

    @Override public Long getCustomerId() { return customerId; }
    @Override public void setCustomerId(Long customerId) { this.customerId = customerId; }
    @Override public Date getLastContactDate() { return lastContactDate; }
    @Override public void setLastContactDate(Date lastContactDate) { this.lastContactDate = lastContactDate; }
}
