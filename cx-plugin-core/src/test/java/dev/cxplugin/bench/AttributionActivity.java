package dev.cxplugin.bench;

import dev.cxplugin.notify.domain.CxNotification;
import dev.cxplugin.notify.service.CxNotificationRequest;
import dev.cxplugin.notify.service.CxNotificationServiceImpl;
import dev.cxplugin.notify.service.CxOrderEmailModel;
import dev.cxplugin.notify.workflow.CxRecordOrderConfirmationActivity;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.Activity;
import org.broadleafcommerce.core.workflow.BaseProcessor;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManagerFactory;

/**
 * checkout-overhead's attribution variants: the recording activity with one part left out, to see what each
 * part costs inside checkout. Not a way to run the plugin: "snapshotonly" records nothing, "noquery" skips the
 * duplicate check.
 */
final class AttributionActivity extends CxRecordOrderConfirmationActivity {

    private final String mode;
    private final dev.cxplugin.notify.service.CxNotificationService service;
    private final EntityManagerFactory emf;
    private final Probe probe;

    private AttributionActivity(String mode, ApplicationContext ctx) {
        this.mode = mode;
        this.service = ctx.getBean("cxNotificationService", dev.cxplugin.notify.service.CxNotificationService.class);
        this.emf = ctx.getBean("entityManagerFactory", EntityManagerFactory.class);
        this.probe = new Probe(ctx);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static void install(ApplicationContext ctx, String mode) {
        BaseProcessor workflow = ctx.getBean("blCheckoutWorkflow", BaseProcessor.class);
        List<Activity> activities = new ArrayList<Activity>((List) workflow.getActivities());
        int at = -1;
        for (int i = 0; i < activities.size(); i++) {
            if (activities.get(i) instanceof CxRecordOrderConfirmationActivity) {
                at = i;
            }
        }
        if (at < 0) {
            throw new IllegalStateException("no recording activity in blCheckoutWorkflow");
        }
        if ("bare".equals(mode)) {
            activities.remove(at);
        } else {
            activities.set(at, new AttributionActivity(mode, ctx));
        }
        workflow.setActivities((List) activities);
        System.out.println("attribution variant " + mode + ": activities " + activities.size());
    }

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        Order order = context.getSeedData().getOrder();
        CxNotificationRequest request = confirmationFor(order);
        if ("nosnapshot".equals(mode)) {
            service.enqueueWithOrderSave(request);
        } else if ("snapshotonly".equals(mode)) {
            request.detail(CxOrderEmailModel.SNAPSHOT_DETAIL, CxOrderEmailModel.snapshotJson(order));
        } else if ("noquery".equals(mode)) {
            request.detail(CxOrderEmailModel.SNAPSHOT_DETAIL, CxOrderEmailModel.snapshotJson(order));
            EntityManagerHolder holder = (EntityManagerHolder) TransactionSynchronizationManager.getResource(emf);
            CxNotification n = probe.row(request);
            holder.getEntityManager().persist(n);
        }
        return context;
    }

    /** Reaches the service's protected row builder. */
    static final class Probe extends CxNotificationServiceImpl {
        Probe(ApplicationContext ctx) {
            notificationDao = ctx.getBean("cxNotificationDao", dev.cxplugin.notify.dao.CxNotificationDao.class);
            settings = ctx.getBean("cxNotificationSettings", dev.cxplugin.notify.service.CxNotificationSettings.class);
        }

        CxNotification row(CxNotificationRequest request) {
            return newRow(request);
        }
    }
}
