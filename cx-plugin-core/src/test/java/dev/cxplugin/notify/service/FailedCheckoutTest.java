package dev.cxplugin.notify.service;

import dev.cxplugin.notify.dao.CxNotificationDao;
import dev.cxplugin.notify.domain.CxNotification;
import dev.cxplugin.notify.workflow.CxRecordOrderConfirmationActivity;
import dev.cxplugin.test.BroadleafExtension;
import dev.cxplugin.test.CheckoutFixtures;
import dev.cxplugin.test.TestMailServer;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.core.workflow.Activity;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.BaseProcessor;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.util.ArrayList;
import java.util.List;

import javax.annotation.Resource;
import javax.mail.internet.MimeMessage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Checkout records the confirmation without looking for an earlier row first: that holds only if a checkout
 * that fails after the recording activity leaves nothing behind, even when the same request commits something
 * else afterwards, so that the retried checkout of the same order records one row and sends one email.
 */
@ExtendWith(BroadleafExtension.class)
class FailedCheckoutTest {

    @Resource(name = "cxNotificationDispatcher")
    protected CxNotificationDispatcher dispatcher;

    @Resource(name = "cxNotificationDao")
    protected CxNotificationDao dao;

    @Resource(name = "blCheckoutService")
    protected CheckoutService checkoutService;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "blCheckoutWorkflow")
    protected BaseProcessor checkoutWorkflow;

    static final TestMailServer SMTP = new TestMailServer();
    static volatile boolean failing;
    CheckoutFixtures fixtures;
    List<Activity<ProcessContext<? extends Object>>> originalActivities;

    @BeforeEach
    @SuppressWarnings({"unchecked", "rawtypes"})
    void start(ApplicationContext ctx) throws Exception {
        fixtures = new CheckoutFixtures(ctx);
        SMTP.start().purge();
        dispatcher.dispatchAll();
        SMTP.purge();
        // a payment-like step after the recording activity that fails while 'failing' is set
        originalActivities = checkoutWorkflow.getActivities();
        List activities = new ArrayList(originalActivities);
        int at = 0;
        for (int i = 0; i < activities.size(); i++) {
            if (activities.get(i) instanceof CxRecordOrderConfirmationActivity) {
                at = i + 1;
            }
        }
        activities.add(at, new FailWhenAsked());
        checkoutWorkflow.setActivities(activities);
    }

    @AfterEach
    void restore() {
        failing = false;
        checkoutWorkflow.setActivities(originalActivities);
        SMTP.start();
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Test
    void aCheckoutFailingAfterTheRecordingLeavesNoRowEvenWhenTheRequestCommitsLaterAndItsRetrySendsOnce() throws Exception {
        Customer c = fixtures.aCustomer("Lina", "ar");
        Order[] cart = new Order[1];
        failing = true;
        fixtures.withOpenEntityManager(() -> {
            fixtures.useRequestContextOf(c);
            cart[0] = fixtures.cartWith(c, fixtures.aProduct("Kettle", "35.00"), 1);
            // (Broadleaf's payment rollback then fails on the test's temporary payment: any exception will do)
            assertThrows(Exception.class, () -> checkoutService.performCheckout(cart[0]));
            // the same request goes on and saves the cart (a storefront would, e.g. to show the error): a commit
            // of the request's EntityManager that must not carry the confirmation of the failed checkout
            orderService.save(orderService.findOrderById(cart[0].getId()), false);
            return null;
        });
        assertNull(confirmationOf(cart[0].getId()), "no confirmation recorded for a checkout that failed");
        assertEquals(0, dispatcher.dispatchAll());

        failing = false;
        Order placed = fixtures.withOpenEntityManager(() -> {
            fixtures.useRequestContextOf(c);
            return checkoutService.performCheckout(orderService.findOrderById(cart[0].getId())).getOrder();
        });
        assertEquals(OrderStatus.SUBMITTED, placed.getStatus());
        CxNotification row = confirmationOf(placed.getId());
        assertEquals(placed.getId(), row.getOrderId());
        assertEquals(1, dispatcher.dispatchAll());
        MimeMessage[] mail = SMTP.received();
        assertEquals(1, mail.length);
        assertEquals(row.getMessageId(), mail[0].getMessageID());
        assertEquals(0, dispatcher.dispatchAll());
    }

    CxNotification confirmationOf(Long orderId) {
        return fixtures.inTransaction(() -> dao.readByDedupeKey("ORDER_CONFIRMED:order:" + orderId));
    }

    /** Fails the checkout while {@link #failing} is set (as a declined payment would). */
    static final class FailWhenAsked extends BaseActivity<ProcessContext<CheckoutSeed>> {
        FailWhenAsked() {
            setOrder(5600);
            setBeanName("failWhenAsked");
        }

        @Override
        public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) {
            if (failing) {
                throw new IllegalStateException("payment declined (test)");
            }
            return context;
        }
    }
}
