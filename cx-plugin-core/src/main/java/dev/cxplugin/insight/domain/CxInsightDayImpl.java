package dev.cxplugin.insight.domain;

import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.math.BigDecimal;
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
@Table(name = "CX_INSIGHT_DAY",
        uniqueConstraints = @UniqueConstraint(name = "CX_INSIGHT_DAY_KEY", columnNames = {"METRIC", "DAY", "DIM"}))
@AdminPresentationClass(friendlyName = "CX daily figure")
public class CxInsightDayImpl implements CxInsightDay {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CxInsightDayId")
    @GenericGenerator(name = "CxInsightDayId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "CxInsightDayImpl"),
                    @Parameter(name = "entity_name", value = "dev.cxplugin.insight.domain.CxInsightDayImpl")})
    @Column(name = "INSIGHT_DAY_ID")
    protected Long id;

    @Temporal(TemporalType.DATE)
    @Column(name = "DAY", nullable = false)
    protected Date day;

    @Column(name = "METRIC", nullable = false, length = 64)
    protected String metric;

    @Column(name = "DIM", nullable = false, length = 64)
    protected String dim = "";

    @Column(name = "CNT", nullable = false)
    protected long count;

    @Column(name = "TOTAL", nullable = false, precision = 19, scale = 4)
    protected BigDecimal total = BigDecimal.ZERO;

    @Override public Long getId() { return id; }
    @Override public void setId(Long id) { this.id = id; }
    @Override public Date getDay() { return day; }
    @Override public void setDay(Date day) { this.day = day; }
    @Override public String getMetric() { return metric; }
    @Override public void setMetric(String metric) { this.metric = metric; }
    @Override public String getDim() { return dim; }
    @Override public void setDim(String dim) { this.dim = dim == null ? "" : dim; }
    @Override public long getCount() { return count; }
    @Override public void setCount(long count) { this.count = count; }
    @Override public BigDecimal getTotal() { return total; }
    @Override public void setTotal(BigDecimal total) { this.total = total == null ? BigDecimal.ZERO : total; }
}
