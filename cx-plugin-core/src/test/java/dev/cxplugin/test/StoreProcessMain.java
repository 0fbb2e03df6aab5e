package dev.cxplugin.test;

import dev.cxplugin.loyalty.service.CxLoyaltyService;
import dev.cxplugin.notify.domain.CxNotificationImpl;
import dev.cxplugin.notify.service.CxNotificationDispatcher;
import dev.cxplugin.notify.type.CxNotificationStatus;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Date;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

/**
 * Main class of a store process ({@link StoreProcess}): boots the real Broadleaf context with the plugin on
 * the shared test database, reports {@code READY}, waits for {@code GO} on stdin, then
 * <ul>
 * <li>{@code dispatch <maxSeconds>}: runs the outbox dispatcher until nothing is due or leased, reporting
 * {@code SENT n} per batch and {@code DONE total};</li>
 * <li>{@code checkout <customer first name>}: places one order through Broadleaf's checkout, reports
 * {@code SAVED orderId} when it returned and its confirmation is in the outbox (unless
 * {@code -Dcx.test.outboxNotAwaited=true}) and then waits (the test kills it); with
 * {@code -Dcx.test.pauseAfterWorkflow=true} it stops inside checkout instead (see PauseAfterWorkflowActivity);</li>
 * <li>{@code redeem <customerId> <threads> <attempts> <points>}: that many threads each try that many loyalty
 * redemptions from one account, reporting {@code REDEEMED entryId code} per accepted one and
 * {@code DONE accepted refused negativeSeen failures} at the end.</li>
 * </ul>
 */
public final class StoreProcessMain {

    private StoreProcessMain() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "";
        if (!mode.equals("dispatch") && !mode.equals("checkout") && !mode.equals("redeem")) {
            System.err.println("usage: StoreProcessMain dispatch <maxSeconds> | checkout <firstName>"
                    + " | redeem <customerId> <threads> <attempts> <points>");
            System.exit(2);
        }
        ConfigurableApplicationContext ctx = BroadleafTestContext.get();
        report("READY " + ProcessHandle.current().pid());
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        if (!"GO".equals(stdin.readLine())) {
            System.exit(3);
        }
        int exit;
        if (mode.equals("dispatch")) {
            exit = dispatch(ctx, Integer.parseInt(args[1]));
        } else if (mode.equals("redeem")) {
            exit = redeem(ctx, Long.valueOf(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Long.parseLong(args[4]));
        } else {
            exit = checkout(ctx, args[1]);
        }
        // no context close: a store process ends like a killed one would, and create-drop is off anyway
        System.out.flush();
        Runtime.getRuntime().halt(exit);
    }

    static int dispatch(ConfigurableApplicationContext ctx, int maxSeconds) throws InterruptedException {
        CxNotificationDispatcher dispatcher = ctx.getBean("cxNotificationDispatcher", CxNotificationDispatcher.class);
        dispatcher.setNodeName(System.getProperty("cx.test.processName", "store") + "-" + ProcessHandle.current().pid());
        CheckoutFixtures fixtures = new CheckoutFixtures(ctx);
        long deadline = System.currentTimeMillis() + maxSeconds * 1000L;
        int total = 0;
        while (System.currentTimeMillis() < deadline) {
            int sent;
            try {
                sent = dispatcher.dispatchOnce();
            } catch (RuntimeException e) {
                // what the store's background job does (CxNotificationJobs): log, try again on the next pass
                report("RETRY " + e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).replace('\n', ' '));
                Thread.sleep(300);
                continue;
            }
            if (sent > 0) {
                total += sent;
                report("SENT " + sent);
            } else if (outstanding(fixtures) == 0) {
                report("DONE " + total);
                return 0;
            } else {
                Thread.sleep(300); // rows leased by a dead store: wait for the lease to run out
            }
        }
        report("TIMEOUT " + total + " outstanding=" + outstanding(fixtures));
        return 4;
    }

    /** Rows a dispatcher still has to finish: due now, or being sent under a lease. */
    static long outstanding(CheckoutFixtures fixtures) {
        EntityManagerFactory emf = fixtures.transactionManager.getEntityManagerFactory();
        EntityManager em = emf.createEntityManager();
        try {
            return (Long) em.createQuery("SELECT COUNT(n) FROM " + CxNotificationImpl.class.getName() + " n WHERE "
                    + "(n.status = :pending AND n.nextAttemptDate <= :now) OR n.status = :sending")
                    .setParameter("pending", CxNotificationStatus.PENDING)
                    .setParameter("sending", CxNotificationStatus.SENDING)
                    .setParameter("now", new Date())
                    .getSingleResult();
        } finally {
            em.close();
        }
    }

    static int checkout(ConfigurableApplicationContext ctx, String firstName) throws InterruptedException {
        CheckoutFixtures fixtures = new CheckoutFixtures(ctx);
        // with -Dcx.test.outboxNotAwaited=true SAVED is reported as soon as checkout returns, as a storefront
        // request ends, while the outbox writer may still hold the confirmation
        fixtures.awaitOutboxAfterEachRequest = !Boolean.getBoolean("cx.test.outboxNotAwaited");
        Product product = fixtures.aProduct("Crash kettle", "25.00");
        Customer customer = fixtures.aCustomer(firstName, "en_US");
        report("CUSTOMER " + customer.getId() + " " + customer.getEmailAddress());
        Order order = fixtures.aSubmittedOrder(customer, product, 1);
        report("SAVED " + order.getId() + " " + order.getStatus().getType());
        Thread.sleep(Long.MAX_VALUE);
        return 0;
    }

    static int redeem(ConfigurableApplicationContext ctx, Long customerId, int threads, int attempts, long points)
            throws InterruptedException {
        LoyaltyRace race = new LoyaltyRace(ctx.getBean("cxLoyaltyService", CxLoyaltyService.class), customerId, points);
        race.run(threads, attempts, e -> report("REDEEMED " + e.getId() + " " + e.getOfferCode()));
        report("DONE " + race.accepted() + " " + race.refused() + " " + race.negativeSeen() + " " + race.failures().size());
        for (String f : race.failures()) {
            report("FAILURE " + f.replace('\n', ' '));
        }
        return race.failures().isEmpty() ? 0 : 5;
    }

    /** A progress line the test reads (everything else on stdout is the store's log). */
    public static void report(String line) {
        System.out.println(StoreProcess.MARK + line);
        System.out.flush();
    }
}
