package dev.cxplugin.test;

import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

/**
 * Last checkout activity of a store process (after Broadleaf's CompleteOrderActivity, before the final save
 * that makes the order SUBMITTED): when {@code cx.test.pauseAfterWorkflow} is set it reports the order and
 * waits there for the test to kill the process.
 */
public class PauseAfterWorkflowActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    public PauseAfterWorkflowActivity() {
        setOrder(9000);
    }

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        if (Boolean.getBoolean("cx.test.pauseAfterWorkflow")) {
            StoreProcessMain.report("PAUSED " + context.getSeedData().getOrder().getId()
                    + " " + context.getSeedData().getOrder().getStatus().getType());
            Thread.sleep(Long.MAX_VALUE);
        }
        return context;
    }
}
