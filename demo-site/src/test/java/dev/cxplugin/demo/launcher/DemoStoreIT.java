package dev.cxplugin.demo.launcher;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import javax.mail.Message;
import javax.mail.Session;
import javax.mail.Transport;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo store as a person meets it over HTTP: admin, mailbox, and the two web applications' independence. */
class DemoStoreIT {

    @BeforeAll
    static void startStore() {
        RunningDemoStore.get();
    }

    @Test
    void demoAdminSignsInAndSeesBroadleafAndCustomerExperienceSections() throws Exception {
        HttpClient admin = RunningDemoStore.adminSession();
        HttpResponse<String> home = RunningDemoStore.get(admin, "/admin/customer");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("href=\"/admin/order\""), "Broadleaf's order screen is in the menu");
        assertTrue(home.body().contains("href=\"/admin/cx-notification\""), "the plugin's Notifications section is in the menu");
        assertEquals(200, RunningDemoStore.get(admin, "/admin/cx-notification").statusCode());
        assertEquals(200, RunningDemoStore.get(admin, "/admin/order").statusCode());
    }

    @Test
    void wrongAdminPasswordIsRefused() throws Exception {
        HttpClient client = RunningDemoStore.newSession();
        String token = RunningDemoStore.csrfToken(RunningDemoStore.get(client, "/admin/login").body());
        HttpResponse<String> r = RunningDemoStore.postForm(client, "/admin/login_admin_post",
                "j_username=admin&j_password=wrong&csrfToken=" + token);
        assertTrue(r.headers().firstValue("Location").orElse("").contains("error"), "sent back to the login page with an error");
        assertEquals(302, RunningDemoStore.get(client, "/admin/customer").statusCode(), "still not signed in");
    }

    @Test
    void adminLoginWithoutCsrfTokenDoesNotSignIn() throws Exception {
        HttpClient client = RunningDemoStore.newSession();
        RunningDemoStore.get(client, "/admin/login");
        RunningDemoStore.postForm(client, "/admin/login_admin_post", "j_username=admin&j_password=admin");
        HttpResponse<String> r = RunningDemoStore.get(client, "/admin/customer");
        assertEquals(302, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElse("").contains("/admin/login"));
    }

    @Test
    void mailboxShowsWhatTheStoreSentAndOnlyToStaff() throws Exception {
        DemoLauncher launcher = RunningDemoStore.get();
        String subject = "Mailbox check " + System.nanoTime();
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(launcher.getMailCatcher().getPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress("store@example.com"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("layla@example.com"));
        message.setSubject(subject, "UTF-8");
        message.setContent("<html dir=\"rtl\"><body><p>شكراً لطلبك</p></body></html>", "text/html; charset=UTF-8");
        Transport.send(message);

        HttpResponse<String> page = RunningDemoStore.get(RunningDemoStore.adminSession(), "/admin/mailbox");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(subject), "the message is listed");
        assertTrue(page.body().contains("layla@example.com"));
        assertTrue(page.body().contains("srcdoc="), "its HTML is rendered in a sandboxed frame");

        HttpResponse<String> anonymous = RunningDemoStore.get(RunningDemoStore.newSession(), "/admin/mailbox");
        assertEquals(302, anonymous.statusCode(), "a visitor is sent to the admin login");
        assertTrue(RunningDemoStore.get(RunningDemoStore.newSession(), "/mailbox").statusCode() >= 400
                || !RunningDemoStore.get(RunningDemoStore.newSession(), "/mailbox").body().contains(subject),
                "the storefront does not expose the mailbox");
    }

    @Test
    void restartingTheStorefrontLeavesTheAdminServing() throws Exception {
        DemoLauncher launcher = RunningDemoStore.get();
        HttpClient admin = RunningDemoStore.adminSession();
        launcher.stopApplication(launcher.getSite());
        try {
            assertEquals(404, RunningDemoStore.get(RunningDemoStore.newSession(), "/").statusCode(), "the storefront is down");
            assertEquals(200, RunningDemoStore.get(admin, "/admin/customer").statusCode(),
                    "admin serves while the storefront is down");
        } finally {
            launcher.startApplication(launcher.getSite());
        }
        assertTrue(launcher.isReady(), "the storefront came back");
        assertEquals(200, RunningDemoStore.get(RunningDemoStore.newSession(), "/").statusCode());
        assertEquals(200, RunningDemoStore.get(admin, "/admin/customer").statusCode(), "admin still serves after the restart");
        assertTrue(new String(RunningDemoStore.get(admin, "/admin/cx-notification").body().getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8).contains("listGrid-main"));
    }
}
