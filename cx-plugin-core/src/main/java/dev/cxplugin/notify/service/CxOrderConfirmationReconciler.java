package dev.cxplugin.notify.service;

import dev.cxplugin.notify.domain.CxNotificationImpl;
import dev.cxplugin.notify.type.CxNotificationKind;
import dev.cxplugin.notify.workflow.CxRecordOrderConfirmationActivity;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderImpl;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Date;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;

/**
 * Closes the gap Broadleaf's checkout leaves (it is not one transaction): every SUBMITTED order gets its
 * confirmation recorded, even when the process died after the order was saved and before anything else.
 */
public class CxOrderConfirmationReconciler {

    private static final Log LOG = LogFactory.getLog(CxOrderConfirmationReconciler.class);

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "cxNotificationService")
    protected CxNotificationService notificationService;

    /** How far back to look (orders submitted before that are left alone). */
    protected int lookBackHours = 72;

    public void setLookBackHours(int lookBackHours) {
        this.lookBackHours = lookBackHours;
    }

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    /** Records the missing confirmations; returns how many. */
    public int reconcile() {
        // what this node's checkouts recorded goes in first, outside the transaction that looks for gaps (on
        // HSQLDB's table locks that transaction would hold up the writer); another node's rows may still be on
        // their way: the unique dedupe key lets only one of the two be written
        notificationService.awaitRecorded(10000);
        Integer recorded = new TransactionTemplate(transactionManager).execute(new TransactionCallback<Integer>() {
            @Override
            public Integer doInTransaction(TransactionStatus status) {
                return recordMissing();
            }
        });
        return recorded == null ? 0 : recorded;
    }

    protected int recordMissing() {
        Date since = new Date(System.currentTimeMillis() - lookBackHours * 3_600_000L);
        TypedQuery<Order> q = em.createQuery("SELECT o FROM " + OrderImpl.class.getName() + " o WHERE o.status = :submitted "
                + "AND o.submitDate >= :since AND NOT EXISTS (SELECT n.id FROM " + CxNotificationImpl.class.getName()
                + " n WHERE n.orderId = o.id AND n.kind = :kind)", Order.class);
        q.setParameter("submitted", OrderStatus.SUBMITTED.getType());
        q.setParameter("since", since);
        q.setParameter("kind", CxNotificationKind.ORDER_CONFIRMED.getType());
        q.setMaxResults(500);
        List<Order> missing = q.getResultList();
        for (Order order : missing) {
            notificationService.enqueue(CxRecordOrderConfirmationActivity.confirmationFor(order));
        }
        if (!missing.isEmpty()) {
            LOG.info("Recorded " + missing.size() + " missing order confirmation(s)");
        }
        return missing.size();
    }
}
