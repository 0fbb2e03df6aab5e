package dev.cxplugin.demo.data;

import dev.cxplugin.complaint.domain.CxComplaint;
import dev.cxplugin.complaint.service.CxComplaintActor;
import dev.cxplugin.complaint.service.CxComplaintCompensation;
import dev.cxplugin.complaint.service.CxComplaintFiling;
import dev.cxplugin.complaint.service.CxComplaintService;
import org.apache.log4j.Logger;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.context.ApplicationContext;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

/**
 * Sample complaints over the last ~90 days, played through the desk's own service with {@link DemoClock} set to each
 * step's moment: filing (or a phone call taken by staff), replies, waiting for the customer, resolution, an apology
 * code, the customer's CSAT score. SLA clocks, breaches, audit rows and the dashboard's change marks are therefore
 * what the desk writes. A step that would fall in the future is not played: recent tickets stay open.
 */
final class DemoComplaints {

    private static final Logger LOG = Logger.getLogger(DemoComplaints.class);

    static final CxComplaintActor AGENT = CxComplaintActor.agent(-2L, "Demo CX Agent");
    static final CxComplaintActor MANAGER = CxComplaintActor.manager(-4L, "Demo CX Manager");

    private static final String SAM = DemoShoppers.SHOPPER_EMAIL;
    private static final String LAYLA = DemoShoppers.ARABIC_SHOPPER_EMAIL;
    private static final String DARIUSH = DemoShoppers.PERSIAN_SHOPPER_EMAIL;

    /**
     * shopper, days ago, hour (UTC), category, priority (null: as filed), taken by phone?, description, then steps
     * "hoursAfterPrevious ACTION [arg]": REPLY, PENDING (reply asking the customer), CUSTOMER (the customer answers),
     * RESOLVE, COMPENSATE percent, CSAT score.
     */
    static final List<Object[]> TICKETS = Arrays.asList(
            t(SAM, 86, 10, "LATE_DELIVERY", null, false, "My order has not arrived after a week.",
                    "2 REPLY", "26 RESOLVE", "30 CSAT 5"),
            t(LAYLA, 80, 14, "DAMAGED_ITEM", "HIGH", false, "وصل الكوب مكسورًا في الصندوق.",
                    "1 REPLY", "20 RESOLVE", "24 CSAT 4"),
            t(DARIUSH, 74, 11, "WRONG_ITEM", null, false, "به جای قهوهٔ سوماترا، قهوهٔ کنیا برایم فرستاده شد.",
                    "30 REPLY", "100 RESOLVE", "20 CSAT 2"),
            t(SAM, 66, 9, "REFUND", "LOW", false, "I returned the biscotti but have not seen the refund yet.",
                    "3 PENDING", "48 CUSTOMER", "4 RESOLVE", "6 CSAT 5"),
            t(LAYLA, 60, 15, "MISSING_ITEM", "URGENT", true, "طلبت علبتين من الشاي ووصلت علبة واحدة فقط.",
                    "0.5 REPLY", "5 RESOLVE", "18 CSAT 4"),
            t(DARIUSH, 52, 10, "OTHER", null, false, "رسید سفارش به ایمیل من نرسید.",
                    "4 REPLY", "75 RESOLVE", "10 CSAT 3"),
            t(SAM, 44, 13, "DAMAGED_ITEM", "HIGH", false, "One of the two mugs has a chipped rim.",
                    "1 REPLY", "2 COMPENSATE 10", "4 RESOLVE", "20 CSAT 5"),
            t(DARIUSH, 37, 16, "LATE_DELIVERY", null, false, "بستهٔ من هنوز در راه است.",
                    "18 REPLY", "24 RESOLVE", "30 CSAT 4"),
            t(LAYLA, 29, 10, "WRONG_ITEM", "HIGH", false, "وصلني كوب زجاجي بحجم مختلف عن الطلب.",
                    "2 REPLY", "28 RESOLVE", "6 CSAT 5"),
            t(SAM, 24, 11, "LATE_DELIVERY", null, true, "Called: the espresso order is two days late.",
                    "6 REPLY", "50 RESOLVE", "20 CSAT 4"),
            t(DARIUSH, 18, 9, "MISSING_ITEM", "HIGH", false, "کتری سفارشم در بسته نبود.",
                    "1 REPLY", "3 RESOLVE", "24 CSAT 5"),
            t(LAYLA, 12, 14, "REFUND", null, false, "أريد استرداد ثمن الشوكولاتة المنتهية الصلاحية.",
                    "2 PENDING", "70 CUSTOMER", "4 RESOLVE", "8 CSAT 4"),
            t(SAM, 9, 10, "OTHER", "LOW", false, "Can I change the grind of my next bag?",
                    "20 REPLY", "60 RESOLVE"),
            t(DARIUSH, 6, 15, "DAMAGED_ITEM", "URGENT", true, "قوری شیشه‌ای شکسته رسید.",
                    "3 REPLY", "24 RESOLVE", "12 CSAT 2"),
            t(LAYLA, 4, 10, "WRONG_ITEM", null, false, "وصل شاي أخضر بدلًا من النعناع.",
                    "1 PENDING"),
            t(SAM, 2, 11, "LATE_DELIVERY", "HIGH", false, "The pour-over dripper order shows no tracking yet.",
                    "2 REPLY"),
            t(DARIUSH, 1, 16, "OTHER", null, false, "آیا کیت دم‌آوری سرد دستور استفاده دارد؟"));

    /** The staff's public words, in the customer's language: reply, asking the customer, resolution. */
    private static final String[][] WORDS = {
            {"en", "Sorry about this, we are looking into it now.", "Could you send us a photo, please?",
                "This is sorted: a replacement (or refund) is on its way."},
            {"ar", "نعتذر عن ذلك، نحن نتابع الأمر الآن.", "هل يمكنكِ إرسال صورة من فضلك؟",
                "تم حل المشكلة: البديل (أو المبلغ المسترد) في الطريق إليكِ."},
            {"fa", "پوزش می‌خواهیم، در حال بررسی هستیم.", "لطفاً یک عکس برای ما بفرستید.",
                "مشکل حل شد: کالای جایگزین (یا بازپرداخت) در راه است."}};

    private DemoComplaints() {
    }

    private static Object[] t(String email, int daysAgo, int hour, String category, String priority, boolean phone,
            String description, String... steps) {
        return new Object[] {email, daysAgo, hour, category, priority, phone, description, steps};
    }

    /** Creates the sample tickets unless the demo shoppers already have some; returns how many it created. */
    static int load(ApplicationContext ctx) {
        CxComplaintService desk = ctx.getBean("cxComplaintService", CxComplaintService.class);
        CustomerService customers = ctx.getBean("blCustomerService", CustomerService.class);
        OrderService orders = ctx.getBean("blOrderService", OrderService.class);
        Customer first = customers.readCustomerByUsername(SAM, false);
        if (first == null || hasSampleTickets(desk, first.getId())) {
            return 0;
        }
        Date now = new Date();
        long start = System.nanoTime();
        int made = 0;
        for (Object[] t : TICKETS) {
            Customer c = customers.readCustomerByUsername((String) t[0], false);
            if (c == null) {
                continue;
            }
            Date at = DemoClock.daysAgoAt((Integer) t[1], (Integer) t[2], 0);
            Long orderId = orderBefore(orders, c, at);
            String locale = c.getCustomerLocale() == null ? "en" : c.getCustomerLocale().getLocaleCode();
            CxComplaint ticket = DemoClock.at(at, () -> (Boolean) t[5]
                    ? desk.openByStaff(AGENT, c.getId(), orderId, (String) t[3], t[4] == null ? "NORMAL" : (String) t[4],
                            (String) t[6])
                    : desk.file(CxComplaintFiling.byCustomer(c.getId()).order(orderId).category((String) t[3])
                            .description((String) t[6])));
            if (t[4] != null && !t[4].equals(ticket.getPriority())) {
                DemoClock.at(DemoClock.plusHours(at, 0.2), () -> desk.changePriority(ticket.getId(), AGENT, (String) t[4]));
            }
            for (String step : (String[]) t[7]) {
                String[] parts = step.split(" ");
                at = DemoClock.plusHours(at, Double.parseDouble(parts[0]));
                if (!at.before(now)) {
                    break;
                }
                play(desk, ticket.getId(), c.getId(), words(locale), parts, at);
            }
            made++;
        }
        LOG.info("CX demo data: " + made + " sample complaints in " + (System.nanoTime() - start) / 1_000_000L + " ms");
        return made;
    }

    /** By the first sample's words: Sam may also have tickets of his own, e.g. opened by his low-rating review. */
    private static boolean hasSampleTickets(CxComplaintService desk, Long samId) {
        for (CxComplaint c : desk.readForCustomer(samId)) {
            if (TICKETS.get(0)[6].equals(c.getDescription())) {
                return true;
            }
        }
        return false;
    }

    private static void play(CxComplaintService desk, Long id, Long customerId, String[] words, String[] step, Date at) {
        DemoClock.at(at, () -> {
            switch (step[1]) {
                case "REPLY":
                    return desk.staffReply(id, AGENT, words[1], null);
                case "PENDING":
                    return desk.staffReply(id, AGENT, words[2], "PENDING_CUSTOMER");
                case "CUSTOMER":
                    return desk.customerReply(id, customerId, "(photo attached)");
                case "RESOLVE":
                    // resolved by the manager, so a ticket an agent took by phone still asks for CSAT
                    return desk.resolve(id, MANAGER, words[3]);
                case "COMPENSATE":
                    return desk.compensate(id, MANAGER, new CxComplaintCompensation(true, new BigDecimal(step[2]), 30,
                            null));
                case "CSAT":
                    desk.recordCsat(id, Integer.parseInt(step[2]));
                    return null;
                default:
                    throw new IllegalArgumentException("unknown demo complaint step " + step[1]);
            }
        });
    }

    private static String[] words(String locale) {
        for (String[] w : WORDS) {
            if (locale.startsWith(w[0])) {
                return w;
            }
        }
        return WORDS[0];
    }

    /** The customer's latest submitted order before the moment, so a complaint names an order it could be about. */
    private static Long orderBefore(OrderService orders, Customer c, Date at) {
        Order best = null;
        for (Order o : orders.findOrdersForCustomer(c, OrderStatus.SUBMITTED)) {
            if (o.getSubmitDate() != null && o.getSubmitDate().before(at)
                    && (best == null || o.getSubmitDate().after(best.getSubmitDate()))) {
                best = o;
            }
        }
        return best == null ? null : best.getId();
    }
}
