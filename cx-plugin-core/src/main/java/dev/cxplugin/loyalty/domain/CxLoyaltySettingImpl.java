package dev.cxplugin.loyalty.domain;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

@Entity
@Table(name = "CX_LOYALTY_SETTING")
public class CxLoyaltySettingImpl implements CxLoyaltySetting {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "NAME", length = 60)
    protected String name;

    @Column(name = "SETTING_VALUE", length = 1000)
    protected String value;

    @Column(name = "UPDATED_BY", length = 100)
    protected String updatedBy;

    @Column(name = "UPDATED_DATE")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date updatedDate;

    @Override public String getName() { return name; }
    @Override public void setName(String name) { this.name = name; }
    @Override public String getValue() { return value; }
    @Override public void setValue(String value) { this.value = value; }
    @Override public String getUpdatedBy() { return updatedBy; }
    @Override public void setUpdatedBy(String updatedBy) { this.updatedBy = updatedBy; }
    @Override public Date getUpdatedDate() { return updatedDate; }
    @Override public void setUpdatedDate(Date updatedDate) { this.updatedDate = updatedDate; }
}
