package dev.cxplugin.insight.domain;

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

@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@Table(name = "CX_INSIGHT_DIRTY")
@AdminPresentationClass(friendlyName = "CX figures to recompute")
public class CxInsightDirtyImpl implements CxInsightDirty {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CxInsightDirtyId")
    @GenericGenerator(name = "CxInsightDirtyId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "CxInsightDirtyImpl"),
                    @Parameter(name = "entity_name", value = "dev.cxplugin.insight.domain.CxInsightDirtyImpl")})
    @Column(name = "INSIGHT_DIRTY_ID")
    protected Long id;

    @Column(name = "SOURCE", nullable = false, length = 40)
    protected String source;

    @Temporal(TemporalType.DATE)
    @Column(name = "DAY", nullable = false)
    protected Date day;

    @Override public Long getId() { return id; }
    @Override public void setId(Long id) { this.id = id; }
    @Override public String getSource() { return source; }
    @Override public void setSource(String source) { this.source = source; }
    @Override public Date getDay() { return day; }
    @Override public void setDay(Date day) { this.day = day; }
}
