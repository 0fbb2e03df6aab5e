package dev.cxplugin.test;

import dev.cxplugin.notify.service.CxNotificationService;
import dev.cxplugin.notify.workflow.CxRecordOrderConfirmationActivity;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.workflow.ProcessContext;

import java.lang.reflect.Proxy;

/**
 * The plugin's confirmation activity in a store process; with {@code cx.test.confirmationRecordingFails} the
 * outbox write fails (as when the database hiccups), so the activity's own fallback path runs.
 */
public class RecordingMayFailConfirmationActivity extends CxRecordOrderConfirmationActivity {

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        if (!Boolean.getBoolean("cx.test.confirmationRecordingFails")) {
            return super.execute(context);
        }
        CxNotificationService real = notificationService;
        notificationService = (CxNotificationService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CxNotificationService.class}, (proxy, method, args) -> {
                    throw new IllegalStateException("outbox unavailable (simulated by the test)");
                });
        try {
            return super.execute(context);
        } finally {
            notificationService = real;
        }
    }
}
