package dev.cxplugin.demo.launcher;

import dev.cxplugin.demo.data.DemoShoppers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.cxplugin.demo.launcher.FulfilmentWebhookIT.awaitMail;
import static dev.cxplugin.demo.launcher.FulfilmentWebhookIT.db;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A shopper cancels an order from their account; nobody can act on someone else's order or without a CSRF token. */
class ShopperOrderActionsIT {

    @BeforeAll
    static void startStore() {
        RunningDemoStore.get();
    }

    @Test
    void aShopperCancelsAnUnshippedOrderOnceAndIsEmailed() throws Exception {
        HttpClient shopper = signIn(DemoShoppers.PERSIAN_SHOPPER_EMAIL, DemoShoppers.PERSIAN_SHOPPER_PASSWORD);
        String order = anOrderOf(DemoShoppers.PERSIAN_SHOPPER_EMAIL);
        HttpResponse<String> page = RunningDemoStore.get(shopper, "/account/orders/" + order);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("/cx/orders/" + order + "/cancel"), "the cancel form is offered");
        String form = "eventId=" + field(page.body(), "eventId") + "&reason=" + enc("سفارش تکراری <b>x</b>")
                + "&csrfToken=" + RunningDemoStore.csrfToken(page.body());

        HttpResponse<String> done = RunningDemoStore.postForm(shopper, "/cx/orders/" + order + "/cancel", form);
        assertEquals(302, done.statusCode());
        assertTrue(done.headers().firstValue("Location").orElse("").endsWith("/account/orders/" + order + "?cx=cancelled"));
        RunningDemoStore.postForm(shopper, "/cx/orders/" + order + "/cancel", form); // a double submit
        assertEquals("CANCELLED", statusOf(order));
        assertEquals(1, eventsOf(order), "recorded once");

        String html = awaitMail("سفارش " + order + " لغو شد").get("html");
        assertTrue(html.contains("dir=\"rtl\""));
        assertTrue(html.contains("&lt;b&gt;x&lt;/b&gt;"), "the shopper's reason is shown as text");
        HttpResponse<String> after = RunningDemoStore.get(shopper, "/account/orders/" + order + "?cx=cancelled");
        assertFalse(after.body().contains("/cancel\""), "a cancelled order offers no cancel form");
    }

    @Test
    void someoneElsesOrderIsA404AndStaysAsItWas() throws Exception {
        HttpClient shopper = signIn(DemoShoppers.SHOPPER_EMAIL, DemoShoppers.SHOPPER_PASSWORD);
        // the session's token (from the account page's preferences form): valid, but not for other people's orders
        String token = RunningDemoStore.csrfToken(RunningDemoStore.get(shopper, "/account").body());
        String laylas = anyOrderOf(DemoShoppers.ARABIC_SHOPPER_EMAIL);
        String statusBefore = statusOf(laylas);
        int eventsBefore = eventsOf(laylas);
        HttpResponse<String> r = RunningDemoStore.postForm(shopper, "/cx/orders/" + laylas + "/cancel",
                "eventId=e1&csrfToken=" + token);
        assertEquals(404, r.statusCode());
        assertEquals(statusBefore, statusOf(laylas));
        assertEquals(eventsBefore, eventsOf(laylas));
    }

    @Test
    void withoutACsrfTokenNothingHappens() throws Exception {
        HttpClient shopper = signIn(DemoShoppers.SHOPPER_EMAIL, DemoShoppers.SHOPPER_PASSWORD);
        String order = anyOrderOf(DemoShoppers.SHOPPER_EMAIL);
        String statusBefore = statusOf(order);
        int eventsBefore = eventsOf(order);
        HttpResponse<String> r = RunningDemoStore.postForm(shopper, "/cx/orders/" + order + "/cancel", "eventId=e2");
        assertTrue(r.statusCode() >= 400, "refused: " + r.statusCode());
        assertEquals(statusBefore, statusOf(order));
        assertEquals(eventsBefore, eventsOf(order));
    }

    // ---------------------------------------------------------------- fixtures

    static HttpClient signIn(String email, String password) throws Exception {
        HttpClient client = RunningDemoStore.newSession();
        String token = RunningDemoStore.csrfToken(RunningDemoStore.get(client, "/login").body());
        HttpResponse<String> r = RunningDemoStore.postForm(client, "/login_post.htm",
                "j_username=" + enc(email) + "&j_password=" + enc(password) + "&csrfToken=" + token);
        assertFalse(r.headers().firstValue("Location").orElse("").contains("error"), "signed in as " + email);
        return client;
    }

    /** The newest submitted order of that shopper that nothing has happened to yet. */
    static String anOrderOf(String email) throws Exception {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(
                "SELECT o.ORDER_NUMBER FROM BLC_ORDER o JOIN BLC_CUSTOMER c ON o.CUSTOMER_ID = c.CUSTOMER_ID "
                        + "WHERE c.EMAIL_ADDRESS = ? AND o.ORDER_STATUS = 'SUBMITTED' AND NOT EXISTS "
                        + "(SELECT 1 FROM CX_FULFILMENT_EVENT e WHERE e.ORDER_ID = o.ORDER_ID) ORDER BY o.ORDER_ID DESC")) {
            s.setString(1, email);
            ResultSet rs = s.executeQuery();
            assertTrue(rs.next(), email + " has an untouched submitted order");
            return rs.getString(1);
        }
    }

    /** Any order of that shopper, whatever other tests did to it. */
    static String anyOrderOf(String email) throws Exception {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(
                "SELECT o.ORDER_NUMBER FROM BLC_ORDER o JOIN BLC_CUSTOMER c ON o.CUSTOMER_ID = c.CUSTOMER_ID "
                        + "WHERE c.EMAIL_ADDRESS = ? AND o.ORDER_NUMBER IS NOT NULL ORDER BY o.ORDER_ID DESC")) {
            s.setString(1, email);
            ResultSet rs = s.executeQuery();
            assertTrue(rs.next(), email + " has an order");
            return rs.getString(1);
        }
    }

    static String statusOf(String orderNumber) throws Exception {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement("SELECT ORDER_STATUS FROM BLC_ORDER WHERE ORDER_NUMBER = ?")) {
            s.setString(1, orderNumber);
            ResultSet rs = s.executeQuery();
            rs.next();
            return rs.getString(1);
        }
    }

    static int eventsOf(String orderNumber) throws Exception {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM CX_FULFILMENT_EVENT e "
                + "JOIN BLC_ORDER o ON o.ORDER_ID = e.ORDER_ID WHERE o.ORDER_NUMBER = ?")) {
            s.setString(1, orderNumber);
            ResultSet rs = s.executeQuery();
            rs.next();
            return rs.getInt(1);
        }
    }

    static String field(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), "no " + name + " field");
        return m.group(1);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
