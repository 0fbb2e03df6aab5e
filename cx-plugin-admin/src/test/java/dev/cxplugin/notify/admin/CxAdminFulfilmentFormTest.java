package dev.cxplugin.notify.admin;

import dev.cxplugin.notify.service.CxFulfilmentEventRequest;
import dev.cxplugin.notify.type.CxFulfilmentEventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.text.SimpleDateFormat;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin's order-update form: what each action reads, and each kind of bad input it refuses. */
class CxAdminFulfilmentFormTest {

    static final Map<Long, Integer> ORDERED = Map.of(11L, 2, 12L, 1);

    static Map<String, String> form(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    static CxFulfilmentEventRequest read(String... pairs) throws CxAdminInputException {
        return new CxAdminFulfilmentForm(form(pairs)).toRequest(7L, ORDERED, "agent");
    }

    static CxAdminInputException refused(String... pairs) {
        return assertThrows(CxAdminInputException.class, () -> read(pairs));
    }

    @Test
    void shippedCarriesCarrierTrackingAndExpectedDate() throws Exception {
        CxFulfilmentEventRequest r = read("type", "SHIPPED", "eventId", "e-1", "carrier", " DHL ",
                "trackingNumber", "JD0001", "trackingUrl", "https://track.example/JD0001", "promisedDate", "2026-12-03");
        assertEquals(CxFulfilmentEventType.SHIPPED, r.getType());
        assertEquals("admin", r.getSource());
        assertEquals("e-1", r.getEventId());
        assertEquals(7L, r.getOrderId());
        assertEquals("agent", r.getActor());
        assertEquals("DHL", r.getCarrier());
        assertEquals("JD0001", r.getTrackingNumber());
        assertEquals("https://track.example/JD0001", r.getTrackingUrl());
        assertEquals("2026-12-03", new SimpleDateFormat("yyyy-MM-dd").format(r.getPromisedDate()));
    }

    @Test
    void delayedNeedsDateAndReason() throws Exception {
        CxFulfilmentEventRequest r = read("type", "delayed", "eventId", "e", "promisedDate", "2027-01-15", "reason", "storm");
        assertEquals(CxFulfilmentEventType.DELAYED, r.getType());
        assertEquals("storm", r.getReason());
        assertEquals("cx.fulfilment.error.required.promisedDate",
                refused("type", "DELAYED", "eventId", "e", "reason", "storm").getMessageKey());
        assertEquals("cx.fulfilment.error.required.reason",
                refused("type", "DELAYED", "eventId", "e", "promisedDate", "2027-01-15").getMessageKey());
    }

    @Test
    void returnOfSomeItemsKeepsTheirQuantitiesAndEmptyMeansWholeOrder() throws Exception {
        CxFulfilmentEventRequest some = read("type", "RETURN_REQUESTED", "eventId", "e", "qty_11", "1", "qty_12", "0");
        assertEquals(Map.of(11L, 1), some.getItems());
        CxFulfilmentEventRequest whole = read("type", "RETURN_RECEIVED", "eventId", "e", "qty_11", "", "qty_12", " ");
        assertTrue(whole.getItems().isEmpty());
    }

    @Test
    void refundReadsTheAmount() throws Exception {
        assertEquals(new BigDecimal("12.50"), read("type", "REFUND_ISSUED", "eventId", "e", "refundAmount", "12.50").getRefundAmount());
        CxFulfilmentEventRequest delivered = read("type", "DELIVERED", "eventId", "e");
        assertEquals(CxFulfilmentEventType.DELIVERED, delivered.getType());
        assertNull(delivered.getRefundAmount());
    }

    @ParameterizedTest
    @CsvSource({
            "type=,                                  cx.fulfilment.error.unknownAction",
            "type=EXPLODED,                          cx.fulfilment.error.unknownAction",
            "type=SHIPPED,                           cx.fulfilment.error.noEventId",
            "type=SHIPPED;eventId=e,                 cx.fulfilment.error.required.carrierOrTracking",
            "type=SHIPPED;eventId=e;carrier= ;trackingNumber=,  cx.fulfilment.error.required.carrierOrTracking",
            "type=SHIPPED;eventId=e;carrier=DHL;trackingNumber=1;trackingUrl=javascript:alert(1), cx.fulfilment.error.url",
            "type=SHIPPED;eventId=e;carrier=DHL;trackingNumber=1;trackingUrl=track here,         cx.fulfilment.error.url",
            "type=SHIPPED;eventId=e;carrier=DHL;trackingNumber=1;promisedDate=2026-13-01,        cx.fulfilment.error.date",
            "type=SHIPPED;eventId=e;carrier=DHL;trackingNumber=1;promisedDate=2026-02-30,        cx.fulfilment.error.date",
            "type=SHIPPED;eventId=e;carrier=DHL;trackingNumber=1;promisedDate=next week,         cx.fulfilment.error.date",
            "type=DELAYED;eventId=e;reason=x;promisedDate=03/12/2026, cx.fulfilment.error.date",
            "type=CANCELLED;eventId=e,               cx.fulfilment.error.required.reason",
            "type=RETURN_REQUESTED;eventId=e;qty_99=1,  cx.fulfilment.error.unknownItem",
            "type=RETURN_REQUESTED;eventId=e;qty_x=1,   cx.fulfilment.error.unknownItem",
            "type=RETURN_REQUESTED;eventId=e;qty_11=3,  cx.fulfilment.error.quantityRange",
            "type=RETURN_RECEIVED;eventId=e;qty_11=-1,  cx.fulfilment.error.quantityRange",
            "type=RETURN_RECEIVED;eventId=e;qty_11=1.5, cx.fulfilment.error.quantity",
            "type=REFUND_ISSUED;eventId=e,           cx.fulfilment.error.required.refundAmount",
            "type=REFUND_ISSUED;eventId=e;refundAmount=abc,   cx.fulfilment.error.amount",
            "type=REFUND_ISSUED;eventId=e;refundAmount=0,     cx.fulfilment.error.amount",
            "type=REFUND_ISSUED;eventId=e;refundAmount=-5,    cx.fulfilment.error.amount",
            "type=REFUND_ISSUED;eventId=e;refundAmount=1.005, cx.fulfilment.error.amount",
    })
    void badInputIsRefusedWithAMessageNamingTheProblem(String fields, String expectedKey) {
        Map<String, String> params = new HashMap<>();
        for (String pair : fields.split(";")) {
            String[] kv = pair.split("=", 2);
            params.put(kv[0].trim(), kv.length > 1 ? kv[1] : "");
        }
        CxAdminInputException e = assertThrows(CxAdminInputException.class,
                () -> new CxAdminFulfilmentForm(params).toRequest(7L, ORDERED, "agent"));
        assertEquals(expectedKey, e.getMessageKey());
    }

    @Test
    void theRefusedValueIsQuotedBackToStaff() {
        CxAdminInputException e = refused("type", "SHIPPED", "eventId", "e", "carrier", "DHL", "trackingNumber", "1",
                "promisedDate", "2026-02-30");
        assertArrayEquals(new Object[] {"2026-02-30"}, e.getArguments());
    }
}
