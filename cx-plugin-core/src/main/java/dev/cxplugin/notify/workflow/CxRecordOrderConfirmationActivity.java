package dev.cxplugin.notify.workflow;

import dev.cxplugin.notify.service.CxNotificationRequest;
import dev.cxplugin.notify.service.CxOrderEmailModel;
import dev.cxplugin.notify.service.CxNotificationService;
import dev.cxplugin.notify.type.CxNotificationKind;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.Activity;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.state.RollbackHandler;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.util.Map;

import javax.annotation.Resource;

/**
 * Checkout activity (after tax, before Broadleaf's CompleteOrderActivity): records the order confirmation, to be
 * written to the outbox once Broadleaf's final save has made the order SUBMITTED. Checkout never talks to SMTP
 * and never fails because of mail. The dispatcher sends nothing for an order that is not SUBMITTED, and the
 * reconciler records the confirmation of any SUBMITTED order whose row is missing (the process died after the
 * save, before the row was written).
 */
public class CxRecordOrderConfirmationActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    private static final Log LOG = LogFactory.getLog(CxRecordOrderConfirmationActivity.class);

    @Resource(name = "cxNotificationService")
    protected CxNotificationService notificationService;

    /** Where the activity leaves the recorded request in the checkout seed, for its rollback handler. */
    public static final String PENDING_REQUEST = "cx.pendingOrderConfirmation";

    @SuppressWarnings({"unchecked", "rawtypes"})
    public CxRecordOrderConfirmationActivity() {
        setOrder(5500);
        // a later activity failing must withdraw the request: another commit of the same request's EntityManager
        // would otherwise write it for an order that was not placed
        // (Broadleaf's own handlers are typed by the seed, as this one; the activity's generic type differs)
        setRollbackHandler((RollbackHandler) new DiscardConfirmationRollbackHandler());
        setAutomaticallyRegisterRollbackHandler(true);
    }

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        Order order = context.getSeedData().getOrder();
        try {
            CxNotificationRequest request = withSnapshot(confirmationFor(order), order);
            notificationService.enqueueWithOrderSave(request);
            context.getSeedData().getUserDefinedFields().put(PENDING_REQUEST, request);
        } catch (RuntimeException e) {
            // never fail a checkout over an email: the reconciler records it later
            LOG.warn("Could not record the confirmation of order " + order.getId() + " now; it will be reconciled", e);
        }
        return context;
    }

    /**
     * Adds what the email needs from the order while checkout has it loaded, so the dispatcher need not load
     * it again; without it (snapshot failed) the dispatcher reads the order instead.
     */
    protected CxNotificationRequest withSnapshot(CxNotificationRequest request, Order order) {
        try {
            request.detail(CxOrderEmailModel.SNAPSHOT_DETAIL, CxOrderEmailModel.snapshotJson(order));
        } catch (RuntimeException e) {
            LOG.warn("No snapshot for the confirmation of order " + order.getId() + "; it will be built from the order", e);
        }
        return request;
    }

    /** Runs when an activity after this one fails: the confirmation is not written. */
    protected class DiscardConfirmationRollbackHandler implements RollbackHandler<CheckoutSeed> {
        @Override
        public void rollbackState(Activity<? extends ProcessContext<CheckoutSeed>> activity,
                ProcessContext<CheckoutSeed> processContext, Map<String, Object> stateConfiguration) {
            Object request = processContext.getSeedData().getUserDefinedFields().remove(PENDING_REQUEST);
            if (request instanceof CxNotificationRequest) {
                notificationService.discardWithOrderSave((CxNotificationRequest) request);
            }
        }
    }

    public static CxNotificationRequest confirmationFor(Order order) {
        Customer customer = order.getCustomer();
        String email = order.getEmailAddress() != null ? order.getEmailAddress()
                : customer == null ? null : customer.getEmailAddress();
        String locale = order.getLocale() != null ? order.getLocale().getLocaleCode()
                : customer != null && customer.getCustomerLocale() != null ? customer.getCustomerLocale().getLocaleCode() : null;
        return CxNotificationRequest.forOrder(CxNotificationKind.ORDER_CONFIRMED, order.getId())
                .customer(customer == null ? null : customer.getId())
                .recipient(email)
                .locale(locale);
    }
}
