package dev.cxplugin.demo.admin;

import dev.cxplugin.demo.data.DemoShoppers;
import dev.cxplugin.demo.launcher.RunningDemoStore;
import dev.cxplugin.demo.launcher.SiteBeans;
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
        assertTrue(body.contains("id=\"cx-panel-complaint\"") && body.contains("id=\"cx-panel-loyalty\""),
                "the complaint and loyalty panels");
        for (String key : new String[] {"complaint.new", "complaint.resolved", "complaint.backlog", "complaint.backlog3",
                "complaint.firstResponse", "complaint.resolutionAverage", "complaint.resolutionMedian", "complaint.breachRate",
                "complaint.csat", "loyalty.activeMembers", "loyalty.membersWithPoints", "loyalty.earned", "loyalty.redeemed",
                "loyalty.expired", "loyalty.liabilityPoints", "loyalty.liabilityMoney"}) {
            figure(body, key);
        }
        assertTrue(body.contains("title=\"The middle resolution time (business hours"), "the median's definition on hover");
        assertTrue(body.contains("id=\"cx-cohorts\"") && body.contains("Lifetime value by first-order month"),
                "lifetime value by cohort under the retention panel");
        String firstMonth = DemoStoreData.query("SELECT SUBMIT_DATE FROM BLC_ORDER WHERE ORDER_STATUS IN ('SUBMITTED', 'CANCELLED')"
                + " ORDER BY SUBMIT_DATE").get(0).get("SUBMIT_DATE").toString().substring(0, 7);
        assertTrue(body.contains("data-cohort=\"" + firstMonth + "\""), "the demo's first cohort " + firstMonth);
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

        for (String panel : new String[] {"complaint", "loyalty"}) {
            HttpResponse<String> more = RunningDemoStore.get(admin, DASHBOARD + "/" + panel + ".csv?from=" + from + "&to=" + to);
            assertEquals(200, more.statusCode(), panel);
            assertTrue(more.body().startsWith("panel,figure,period,value,definition\r\n"), panel);
            assertTrue(more.body().contains(",week of "), panel + " week by week");
        }
        HttpResponse<String> cohorts = RunningDemoStore.get(admin, DASHBOARD + "/cohorts.csv?from=" + from + "&to=" + to);
        assertEquals(200, cohorts.statusCode());
        assertTrue(cohorts.body().startsWith("first order month,customers,revenue " + from + ".." + to + ",revenue to " + to
                + ",revenue per customer\r\n"), cohorts.body());
        assertTrue(cohorts.body().split("\r\n").length > 1, "a row per cohort");
        assertEquals(400, RunningDemoStore.get(admin, DASHBOARD + "/cohorts.csv?from=" + to + "&to=" + from).statusCode());
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
            assertEquals(403, RunningDemoStore.get(staff, DASHBOARD + "/complaint.csv").statusCode(), login);
            assertEquals(403, RunningDemoStore.get(staff, DASHBOARD + "/loyalty.csv").statusCode(), login);
            assertEquals(403, RunningDemoStore.get(staff, DASHBOARD + "/cohorts.csv").statusCode(), login);
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

    @Test
    void aCustomerWithAnOrderReviewAnswerComplaintAndPointsSeesAllFiveKindsOnTheTimeline() throws Exception {
        // the Persian demo shopper has orders and reviews; give her an answer, a complaint and points
        Long id = SiteBeans.customerId(DemoShoppers.PERSIAN_SHOPPER_EMAIL);
        if (DemoStoreData.count("SELECT COUNT(*) FROM CX_SURVEY_RESPONSE WHERE CUSTOMER_ID = ?", id) == 0) {
            SiteBeans.call(SiteBeans.bean("cxSurveyService"), "answerOnSite",
                    new Class<?>[] {Long.class, String.class, String.class, Long.class, String.class}, id, "CES", "6", null, "fa");
        }
        Object ticket = SiteBeans.call(SiteBeans.bean("cxComplaintService"), "openAutomatic",
                new Class<?>[] {String.class, String.class, String.class, Long.class, Long.class, String.class},
                "timeline-it:" + System.nanoTime(), "OTHER", null, id, null, "تاخیر در ارسال");
        Long ticketId = (Long) SiteBeans.call(ticket, "getId", new Class<?>[0]);
        SiteBeans.call(SiteBeans.bean("cxLoyaltyService"), "bonus", new Class<?>[] {Long.class, long.class, String.class, String.class},
                id, 15L, "Timeline test", "timeline-it-" + System.nanoTime());

        HttpClient admin = RunningDemoStore.adminSession();
        HttpResponse<String> timeline = RunningDemoStore.get(admin, "/admin/cx-timeline/" + id);
        assertEquals(200, timeline.statusCode());
        String body = timeline.body();
        for (String kind : new String[] {"ORDER", "REVIEW", "SURVEY", "COMPLAINT", "POINTS"}) {
            assertTrue(count(body, "data-kind=\"" + kind + "\"") > 0, kind + " on the timeline");
        }
        assertEquals(DemoStoreData.count("SELECT COUNT(*) FROM CX_REVIEW WHERE CUSTOMER_ID = ?", id), count(body, "data-kind=\"REVIEW\""),
                "one entry per review");
        assertTrue(body.contains("href=\"/admin/cx-review/"), "a review links to its moderation page");
        assertTrue(body.contains("href=\"/admin/cx-complaints/" + ticketId + "\""), "the complaint links to the ticket");
        assertTrue(body.contains("href=\"/admin/cx-loyalty/members/" + id + "\""), "points link to the member");
        Matcher survey = Pattern.compile("href=\"(/admin/cx-survey\\?customer=" + id + "[^\"]*)\"").matcher(body);
        assertTrue(survey.find(), "an answer links to the customer's answers");
        assertTrue(body.contains("تاخیر در ارسال") && body.contains("dir=\"auto\""), "the customer's words keep their direction");

        assertEquals(200, RunningDemoStore.get(admin, "/admin/cx-complaints/" + ticketId).statusCode());
        HttpResponse<String> answers = RunningDemoStore.get(admin, survey.group(1).replace("&amp;", "&"));
        assertEquals(200, answers.statusCode());
        long shown = count(answers.body(), "<tr data-id=");
        assertTrue(shown >= 1 && shown <= DemoStoreData.count("SELECT COUNT(*) FROM CX_SURVEY_RESPONSE WHERE CUSTOMER_ID = ?", id),
                "the survey list, filtered to her answers: " + shown);
    }

    static long count(String body, String needle) {
        return Pattern.compile(Pattern.quote(needle)).matcher(body).results().count();
    }
}
