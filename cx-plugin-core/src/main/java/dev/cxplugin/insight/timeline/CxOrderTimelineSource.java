package dev.cxplugin.insight.timeline;

import org.broadleafcommerce.core.order.domain.OrderImpl;
import org.broadleafcommerce.core.order.service.type.OrderStatus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/** The customer's placed orders (submitted or cancelled since), with number, total and status. */
public class CxOrderTimelineSource implements CxTimelineSource {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public List<CxTimelineEntry> entries(Long customerId, int max) {
        List<Object[]> rows = em.createQuery("SELECT o.id, o.orderNumber, o.submitDate, o.total, o.status FROM "
                + OrderImpl.class.getName() + " o WHERE o.customer.id = :customer AND o.status IN (:placed) "
                + "AND o.submitDate IS NOT NULL ORDER BY o.submitDate DESC", Object[].class)
                .setParameter("customer", customerId)
                .setParameter("placed", Arrays.asList(OrderStatus.SUBMITTED.getType(), OrderStatus.CANCELLED.getType()))
                .setMaxResults(max)
                .getResultList();
        List<CxTimelineEntry> entries = new ArrayList<CxTimelineEntry>();
        for (Object[] row : rows) {
            BigDecimal total = (BigDecimal) row[3];
            String status = (String) row[4];
            entries.add(new CxTimelineEntry((Date) row[2], "ORDER", "Order " + row[1] + " placed",
                    "Total " + (total == null ? "?" : total.setScale(2, BigDecimal.ROUND_HALF_UP).toPlainString())
                            + (OrderStatus.CANCELLED.getType().equals(status) ? ", cancelled since" : ""),
                    "/order/" + row[0]));
        }
        return entries;
    }
}
