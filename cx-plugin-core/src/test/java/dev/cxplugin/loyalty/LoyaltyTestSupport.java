package dev.cxplugin.loyalty;

import dev.cxplugin.loyalty.domain.CxLoyaltyAccount;
import dev.cxplugin.loyalty.domain.CxLoyaltyEntry;
import dev.cxplugin.loyalty.service.CxLoyaltyService;
import dev.cxplugin.notify.service.CxFulfilmentEventRequest;
import dev.cxplugin.notify.type.CxFulfilmentEventType;
import dev.cxplugin.test.CheckoutFixtures;
import org.broadleafcommerce.core.order.domain.Order;

import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Shared helpers of the loyalty tests. */
final class LoyaltyTestSupport {

    private LoyaltyTestSupport() {
    }

    static CxFulfilmentEventRequest event(CxFulfilmentEventType type, Order order) {
        return new CxFulfilmentEventRequest(type, "test", "evt-" + UUID.randomUUID()).setOrderId(order.getId());
    }

    static Date days(Date from, int days) {
        Calendar c = Calendar.getInstance();
        c.setTime(from);
        c.add(Calendar.DAY_OF_MONTH, days);
        return c.getTime();
    }

    static Date months(Date from, int months) {
        Calendar c = Calendar.getInstance();
        c.setTime(from);
        c.add(Calendar.MONTH, months);
        return c.getTime();
    }

    static String key() {
        return UUID.randomUUID().toString();
    }

    /** The account row and the ledger agree, both buckets. */
    static void assertBalances(CxLoyaltyService loyalty, Long customerId, long pending, long available) {
        CxLoyaltyAccount a = loyalty.readAccount(customerId);
        assertEquals(pending, a.getPending(), "pending points");
        assertEquals(available, a.getAvailable(), "available points");
        long[] ledger = loyalty.ledgerBalance(customerId);
        assertEquals(pending, ledger[0], "pending points summed over the ledger");
        assertEquals(available, ledger[1], "available points summed over the ledger");
    }

    static long count(List<CxLoyaltyEntry> entries, String kind) {
        return entries.stream().filter(e -> kind.equals(e.getKind())).count();
    }

    static CheckoutFixtures fixtures(org.springframework.context.ApplicationContext ctx) {
        return new CheckoutFixtures(ctx);
    }
}
