package dev.cxplugin.demo.admin;

import dev.cxplugin.demo.launcher.RunningDemoStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CX dashboard and the customer timeline over HTTP against the running demo store: figures that agree
 * with the store's own tables, a CSV per panel, and who may open them.
 */
class AdminDashboardIT {

    static final String DASHBOARD = "/admin/cx-dashboard";

    @BeforeAll
    static void startStore() {
        RunningDemoStore.get();
    }

    static String figure(String body, String key) {
        Matcher m = Pattern.compile("data-figure=\"" + Pattern.quote(key) + "\">\\s*<td>.*?</td>\\s*<td class=\"cx-num cx-current\">([^<]*)<",
                Pattern.DOTALL).matcher(body);
        assertTrue(m.find(), "the dashboard shows " + key);
        return m.group(1).trim();
    }

    @Test
    void adminSeesEveryPanelWithFiguresThatAgreeWithTheStoresTables() throws Exception {
        HttpResponse<String> page = RunningDemoStore.get(RunningDemoStore.adminSession(), DASHBOARD);
        assertEquals(200, page.statusCode());
        String body = page.body();
        assertTrue(body.contains("id=\"cx-panel-orders\"") && body.contains("id=\"cx-panel-notify\""), "both panels");
        assertTrue(body.contains("<svg") && body.contains("class=\"cx-trend\""), "trend charts drawn on the server");
        assertTrue(body.contains("id=\"cx-definitions\""), "the help panel with every definition");
        assertTrue(body.contains("title=\"Orders placed (submitted) in the period"), "a definition on hover");
        assertFalse(body.contains("cdn") || body.contains("https://"), "nothing is loaded from another site");

        // the last 90 days (the default period) hold every demo order
        long placed = DemoStoreData.count("SELECT COUNT(*) FROM BLC_ORDER WHERE ORDER_STATUS IN ('SUBMITTED', 'CANCELLED')"
                + " AND SUBMIT_DATE >= ?", java.sql.Date.valueOf(LocalDate.now().minusDays(89)));
        assertTrue(placed > 0, "the demo store has orders");
        long sentNow = DemoStoreData.count("SELECT COUNT(*) FROM CX_NOTIFICATION WHERE STATUS = 'SENT'"
                + " AND CREATED_DATE >= ?", java.sql.Date.valueOf(LocalDate.now().minusDays(89)));
        String again = RunningDemoStore.get(RunningDemoStore.adminSession(), DASHBOARD).body();
        long shownOrders = Long.parseLong(figure(again, "orders.orders"));
        long shownSent = Long.parseLong(figure(again, "notify.sent"));
        // other tests place orders and send emails meanwhile: what is shown lies between the counts before and after
        assertTrue(shownOrders >= placed && shownOrders <= DemoStoreData.count("SELECT COUNT(*) FROM BLC_ORDER"
                + " WHERE ORDER_STATUS IN ('SUBMITTED', 'CANCELLED') AND SUBMIT_DATE >= ?",
                java.sql.Date.valueOf(LocalDate.now().minusDays(89))), "orders: " + shownOrders + " vs " + placed);
        assertTrue(shownSent >= sentNow, "sent: " + shownSent + " vs " + sentNow);
    }

    @Test
    void eachPanelExportsAsCsvAndABadDateIsRefused() throws Exception {
        HttpClient admin = RunningDemoStore.adminSession();
        String from = LocalDate.now().minusDays(13).toString();
        String to = LocalDate.now().toString();
        HttpResponse<String> csv = RunningDemoStore.get(admin, DASHBOARD + "/orders.csv?from=" + from + "&to=" + to);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = List.of(csv.body().split("\r\n"));
        assertEquals("panel,figure,period,value,definition", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Orders and carts,Orders," + from + ".." + to + ",")), csv.body());
        assertTrue(lines.stream().anyMatch(l -> l.contains(",week of ")), "the weekly trend is exported too");

        assertEquals(400, RunningDemoStore.get(admin, DASHBOARD + "?from=2026-02-31").statusCode());
        assertEquals(400, RunningDemoStore.get(admin, DASHBOARD + "/orders.csv?from=" + to + "&to=" + from).statusCode());
        assertEquals(404, RunningDemoStore.get(admin, DASHBOARD + "/nothing.csv").statusCode());
    }

    @Test
    void onlyAdminsAndCxManagersOpenTheDashboardOrItsExports() throws Exception {
        HttpClient manager = RunningDemoStore.adminSession("manager", "manager");
        assertEquals(200, RunningDemoStore.get(manager, DASHBOARD).statusCode());
        for (String login : new String[] {"agent", "merch"}) {
            HttpClient staff = RunningDemoStore.adminSession(login, login);
            assertEquals(403, RunningDemoStore.get(staff, DASHBOARD).statusCode(), login);
            assertEquals(403, RunningDemoStore.get(staff, DASHBOARD + "/orders.csv").statusCode(), login);
        }
        HttpResponse<String> anonymous = RunningDemoStore.get(RunningDemoStore.newSession(), DASHBOARD);
        assertTrue(anonymous.statusCode() == 302 || anonymous.statusCode() == 401, "login first: " + anonymous.statusCode());
    }

    @Test
    void aCustomersTimelineListsTheirOrdersAndEmailsNewestFirst() throws Exception {
        Map<String, Object> customer = DemoStoreData.query("SELECT CUSTOMER_ID FROM BLC_ORDER WHERE ORDER_STATUS = 'SUBMITTED'"
                + " ORDER BY SUBMIT_DATE").get(0);
        long id = ((Number) customer.get("CUSTOMER_ID")).longValue();
        HttpClient admin = RunningDemoStore.adminSession();
        String customerPage = RunningDemoStore.get(admin, "/admin/customer/" + id).body();
        assertTrue(customerPage.contains("href=\"/admin/cx-timeline/" + id + "\""), "the customer screen links the timeline");

        HttpResponse<String> timeline = RunningDemoStore.get(admin, "/admin/cx-timeline/" + id);
        assertEquals(200, timeline.statusCode());
        String body = timeline.body();
        long orders = DemoStoreData.count("SELECT COUNT(*) FROM BLC_ORDER WHERE CUSTOMER_ID = ?"
                + " AND ORDER_STATUS IN ('SUBMITTED', 'CANCELLED')", id);
        long emails = DemoStoreData.count("SELECT COUNT(*) FROM CX_NOTIFICATION WHERE CUSTOMER_ID = ?", id);
        assertEquals(orders, count(body, "data-kind=\"ORDER\""), "one entry per order");
        assertEquals(emails, count(body, "data-kind=\"EMAIL\""), "one entry per email");
        assertTrue(body.contains("href=\"/admin/order/"), "an order entry links to the order");

        List<String> times = Pattern.compile("class=\"cx-when\">([^<]+)<").matcher(body).results().map(r -> r.group(1)).toList();
        for (int i = 1; i < times.size(); i++) {
            assertTrue(times.get(i - 1).compareTo(times.get(i)) >= 0, "newest first: " + times);
        }
        assertEquals(404, RunningDemoStore.get(admin, "/admin/cx-timeline/999999999").statusCode());
        assertEquals(404, RunningDemoStore.get(admin, "/admin/cx-timeline/x'or'1").statusCode());
    }

    static long count(String body, String needle) {
        return Pattern.compile(Pattern.quote(needle)).matcher(body).results().count();
    }
}
