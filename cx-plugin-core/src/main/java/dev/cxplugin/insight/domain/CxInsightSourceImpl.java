package dev.cxplugin.insight.domain;

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

@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@Table(name = "CX_INSIGHT_SOURCE")
@AdminPresentationClass(friendlyName = "CX figure source")
public class CxInsightSourceImpl implements CxInsightSource {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "NAME", length = 40)
    protected String name;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "REFRESHED_DATE")
    protected Date refreshedDate;

    @Override public String getName() { return name; }
    @Override public void setName(String name) { this.name = name; }
    @Override public Date getRefreshedDate() { return refreshedDate; }
    @Override public void setRefreshedDate(Date refreshedDate) { this.refreshedDate = refreshedDate; }
}
