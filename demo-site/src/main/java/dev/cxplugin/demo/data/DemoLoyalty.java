package dev.cxplugin.demo.data;

import dev.cxplugin.loyalty.service.CxLoyaltyException;
import dev.cxplugin.loyalty.service.CxLoyaltyService;
import org.apache.log4j.Logger;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.context.ApplicationContext;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.TreeMap;

/**
 * The points history of the demo shoppers, written by the ledger's own service at past moments ({@link DemoClock}):
 * the welcome bonus when they registered, each sample order's points when it was placed, their release when the
 * return window closed, a few redemptions, and Sam's welcome points expiring after a year without a purchase
 * (he came back afterwards). Every line goes through the service, so the account rows and the dashboard's day marks
 * agree with the ledger; the keys make each line once only.
 */
final class DemoLoyalty {

    private static final Logger LOG = Logger.getLogger(DemoLoyalty.class);

    /** shopper, days ago, points redeemed for a reward code */
    static final Object[][] REDEMPTIONS = {
            {DemoShoppers.ARABIC_SHOPPER_EMAIL, 25, 100L},
            {DemoShoppers.PERSIAN_SHOPPER_EMAIL, 20, 100L},
            {DemoShoppers.SHOPPER_EMAIL, 15, 200L}};

    /** Sam's welcome points expire this many days ago (more than a year after he registered). */
    static final int EXPIRY_DAYS_AGO = 60;

    private DemoLoyalty() {
    }

    /** When each demo shopper registered: Sam over a year ago (a lapsed member who came back), the others before ~90 days. */
    static Date registeredAt(String email) {
        int days = DemoShoppers.SHOPPER_EMAIL.equals(email) ? 455
                : DemoShoppers.ARABIC_SHOPPER_EMAIL.equals(email) ? 100 : 95;
        return DemoClock.daysAgoAt(days, 18, 30);
    }

    /** After registering, before any order: the year without a purchase ends in an expiry for Sam. */
    static void afterRegistration(ApplicationContext ctx, String email) {
        if (DemoShoppers.SHOPPER_EMAIL.equals(email)) {
            Date at = DemoClock.daysAgoAt(EXPIRY_DAYS_AGO, 2, 0);
            DemoClock.at(at, () -> service(ctx).expire(at));
        }
    }

    /** The order's points, on the day it was placed (the earning job would date them when it runs). */
    static void earn(ApplicationContext ctx, Long orderId, Date placed) {
        DemoClock.at(placed, () -> service(ctx).earnForOrder(orderId));
    }

    /**
     * Releases each return window that has closed, on the day it closed, and the redemptions, in date order.
     * Returns how many ledger lines it wrote.
     */
    static int history(ApplicationContext ctx) {
        CxLoyaltyService loyalty = service(ctx);
        CustomerService customers = ctx.getBean("blCustomerService", CustomerService.class);
        OrderService orders = ctx.getBean("blOrderService", OrderService.class);
        int windowDays = ctx.getBean("cxLoyaltySettingsService", dev.cxplugin.loyalty.service.CxLoyaltySettingsService.class)
                .current().getReturnWindowDays();
        Date now = new Date();
        TreeMap<Date, List<Runnable>> steps = new TreeMap<Date, List<Runnable>>();
        int[] written = {0};
        for (DemoShoppers.ShopperSpec s : DemoShoppers.all()) {
            Customer c = customers.readCustomerByUsername(s.email, false);
            if (c == null) {
                continue;
            }
            for (Order o : orders.findOrdersForCustomer(c, OrderStatus.SUBMITTED)) {
                Date closes = addDays(o.getSubmitDate(), windowDays);
                if (closes.before(now)) {
                    add(steps, closes, () -> written[0] += loyalty.releaseDue(closes));
                }
            }
        }
        for (Object[] r : REDEMPTIONS) {
            Customer c = customers.readCustomerByUsername((String) r[0], false);
            if (c == null) {
                continue;
            }
            add(steps, DemoClock.daysAgoAt((Integer) r[1], 12, 0), () -> {
                try {
                    loyalty.redeem(c.getId(), (Long) r[2], "demo-sample-reward");
                    written[0]++;
                } catch (CxLoyaltyException e) {
                    LOG.warn("CX demo data: sample redemption of " + r[0] + " skipped: " + e.getMessage());
                }
            });
        }
        long start = System.nanoTime();
        for (java.util.Map.Entry<Date, List<Runnable>> step : steps.entrySet()) {
            DemoClock.at(step.getKey(), () -> {
                step.getValue().forEach(Runnable::run);
                return null;
            });
        }
        LOG.info("CX demo data: " + written[0] + " later points lines in " + (System.nanoTime() - start) / 1_000_000L + " ms");
        return written[0];
    }

    private static void add(TreeMap<Date, List<Runnable>> steps, Date at, Runnable r) {
        steps.computeIfAbsent(at, k -> new ArrayList<Runnable>()).add(r);
    }

    private static CxLoyaltyService service(ApplicationContext ctx) {
        return ctx.getBean("cxLoyaltyService", CxLoyaltyService.class);
    }

    private static Date addDays(Date d, int days) {
        Calendar c = Calendar.getInstance();
        c.setTime(d);
        c.add(Calendar.DAY_OF_MONTH, days);
        return c.getTime();
    }
}
