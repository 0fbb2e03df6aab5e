package dev.cxplugin.notify.service;

import dev.cxplugin.notify.dao.CxNotificationDao;
import dev.cxplugin.notify.domain.CxNotification;
import dev.cxplugin.notify.type.CxNotificationStatus;
import dev.cxplugin.test.BroadleafExtension;
import dev.cxplugin.test.CheckoutFixtures;
import dev.cxplugin.test.TestMailServer;
import org.broadleafcommerce.core.order.domain.Order;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The confirmation's snapshot: taken at checkout, used by the dispatcher, and the order read again when it is unusable. */
@ExtendWith(BroadleafExtension.class)
class OrderSnapshotTest {

    @Resource(name = "cxNotificationDispatcher")
    protected CxNotificationDispatcher dispatcher;

    @Resource(name = "cxNotificationDao")
    protected CxNotificationDao dao;

    static final TestMailServer SMTP = new TestMailServer();
    CheckoutFixtures fixtures;

    @BeforeEach
    void start(ApplicationContext ctx) throws Exception {
        fixtures = new CheckoutFixtures(ctx);
        SMTP.start().purge();
        dispatcher.dispatchAll();
        SMTP.purge();
    }

    /** Frees the port for the next test class in this JVM (each starts its own server on it). */
    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Test
    void checkoutRecordsASnapshotOfTheOrderAsPlaced() {
        Order order = fixtures.aSubmittedOrder(fixtures.aCustomer("Mina", "fa"), fixtures.aProduct("Copper pot", "31.25"), 3);
        String json = CxPayload.decode(confirmationOf(order).getPayload()).get(CxOrderEmailModel.SNAPSHOT_DETAIL);
        assertNotNull(json, "the checkout activity adds the snapshot");
        Map<String, Object> snap = CxOrderEmailModel.decodeSnapshot(json);
        assertEquals("Mina", snap.get("firstName"));
        assertEquals("USD", snap.get("currency"));
        List<?> items = (List<?>) snap.get("items");
        assertEquals(1, items.size());
        Map<?, ?> item = (Map<?, ?>) items.get(0);
        assertEquals("Copper pot", item.get("name"));
        assertEquals(3, item.get("quantity"));
        assertEquals(0, new java.math.BigDecimal("31.25").compareTo(new java.math.BigDecimal((String) item.get("price"))));
        assertEquals(0, order.getTotal().getAmount().compareTo(new java.math.BigDecimal((String) snap.get("total"))));
    }

    @Test
    void theEmailIsRenderedFromTheSnapshotWithTheOrdersNumber() throws Exception {
        Order order = fixtures.aSubmittedOrder(fixtures.aCustomer("Omar", "en_US"), fixtures.aProduct("Brass tray", "18.00"), 1);
        // change the snapshot only: what the email shows proves where it came from
        editPayload(order, "Brass tray", "Brass tray (as placed)");
        assertEquals(1, dispatcher.dispatchAll());
        MimeMessage m = SMTP.received()[0];
        String html = part(m, "text/html");
        assertTrue(html.contains("Brass tray (as placed)"), html);
        assertTrue(m.getSubject().contains(order.getOrderNumber()), "number and date come from the order: " + m.getSubject());
        assertTrue(part(m, "text/plain").contains(order.getOrderNumber()));
        assertFalse(html.contains(CxOrderEmailModel.SNAPSHOT_DETAIL), "the snapshot is not a detail of the email");
    }

    @Test
    void itemImagesAreLookedUpBySkuWhenTheEmailIsSent() throws Exception {
        Order order = fixtures.aSubmittedOrder(fixtures.aCustomer("Lina", "ar"),
                fixtures.withPrimaryImage(fixtures.aProduct("Clay jug", "22.00"), "/img/jug-primary.jpg"), 1);
        String json = CxPayload.decode(confirmationOf(order).getPayload()).get(CxOrderEmailModel.SNAPSHOT_DETAIL);
        Map<?, ?> item = (Map<?, ?>) ((List<?>) CxOrderEmailModel.decodeSnapshot(json).get("items")).get(0);
        assertFalse(item.containsKey("image"), "checkout records the SKU, not its media: " + json);
        assertNotNull(item.get("sku"), json);
        assertEquals(1, dispatcher.dispatchAll());
        String html = part(SMTP.received()[0], "text/html");
        assertTrue(html.contains("src=\"http") && html.contains("/img/jug-primary.jpg\""), "the image, made absolute: " + html);
        assertTrue(html.contains("alt=\"Clay jug\""), html);
    }

    @Test
    void anUnreadableSnapshotFallsBackToTheOrder() throws Exception {
        Order order = fixtures.aSubmittedOrder(fixtures.aCustomer("Zara", "ar"), fixtures.aProduct("Olive soap", "6.00"), 2);
        editPayload(order, "\"items\":", "\"items\":{broken");
        assertEquals(1, dispatcher.dispatchAll());
        String html = part(SMTP.received()[0], "text/html");
        assertTrue(html.contains("Olive soap") && html.contains("dir=\"rtl\""), html);
        assertEquals(CxNotificationStatus.SENT, confirmationOf(order).getStatus());
    }

    @Test
    void badSnapshotsAreRejectedWithTheReason() {
        assertEquals("empty order snapshot", assertBad(""));
        assertTrue(assertBad("{not json").startsWith("unreadable order snapshot"));
        assertEquals("not an order snapshot of version 1", assertBad("{\"v\":2,\"items\":[]}"));
        assertEquals("not an order snapshot of version 1", assertBad("{\"v\":1}"));
        Map<String, Object> snap = CxOrderEmailModel.decodeSnapshot("{\"v\":1,\"items\":[{\"name\":\"x\",\"quantity\":1,\"price\":\"abc\"}]}");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> CxOrderEmailModel.fromSnapshot(snap, "1", null, java.util.Locale.US, new CxNotificationSettings()));
        assertEquals("not an amount in the order snapshot: abc", e.getMessage());
    }

    static String assertBad(String json) {
        return org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> CxOrderEmailModel.decodeSnapshot(json)).getMessage();
    }

    CxNotification confirmationOf(Order order) {
        return fixtures.inTransaction(() -> dao.readByDedupeKey("ORDER_CONFIRMED:order:" + order.getId()));
    }

    void editPayload(Order order, String from, String to) {
        fixtures.inTransaction(() -> {
            CxNotification n = dao.readByDedupeKey("ORDER_CONFIRMED:order:" + order.getId());
            assertTrue(n.getPayload().contains(from), n.getPayload());
            n.setPayload(n.getPayload().replace(from, to));
            return dao.save(n);
        });
    }

    static String part(MimeMessage m, String type) throws Exception {
        MimeMultipart mp = (MimeMultipart) m.getContent();
        for (int i = 0; i < mp.getCount(); i++) {
            if (mp.getBodyPart(i).isMimeType(type)) {
                return mp.getBodyPart(i).getContent().toString();
            }
        }
        throw new AssertionError("no " + type + " part");
    }
}
