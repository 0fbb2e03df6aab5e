package dev.cxplugin.demo.launcher;

import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The demo store started once per test JVM, in this JVM, exactly as bin/demo starts it (same launcher, same
 * contexts), on a free port with a fresh HSQLDB under target/. Integration tests (*IT) share it.
 */
public final class RunningDemoStore {

    private static DemoLauncher launcher;
    private static RuntimeException failure;

    private RunningDemoStore() {
    }

    public static synchronized DemoLauncher get() {
        if (failure != null) {
            throw failure;
        }
        if (launcher == null) {
            try {
                File dataDir = new File(System.getProperty("cx.it.dataDir", "target/it-demo-data"));
                deleteRecursively(dataDir.toPath());
                System.setProperty("cx.data.dir", dataDir.getAbsolutePath());
                System.setProperty("cx.port", String.valueOf(MailCatcher.freePort()));
                DemoLauncher l = new DemoLauncher(new DemoSettings());
                l.start();
                if (!l.isReady()) {
                    throw new IllegalStateException("demo store did not start: admin=" + l.getAdmin().isAvailable()
                            + " site=" + l.getSite().isAvailable());
                }
                Runtime.getRuntime().addShutdownHook(new Thread(l::stopQuietly));
                launcher = l;
            } catch (Exception e) {
                failure = e instanceof RuntimeException ? (RuntimeException) e : new IllegalStateException(e);
                throw failure;
            }
        }
        return launcher;
    }

    public static String baseUrl() {
        return get().getSettings().baseUrl();
    }

    /** An HTTP client with its own cookie jar (one browser session). */
    public static HttpClient newSession() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public static HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public static HttpResponse<String> postForm(HttpClient client, String path, String form)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in to the admin as the demo user; returns the logged-in session. */
    public static HttpClient adminSession() throws IOException, InterruptedException {
        return adminSession(DemoLauncher.ADMIN_LOGIN, DemoLauncher.ADMIN_PASSWORD);
    }

    public static HttpClient adminSession(String login, String password) throws IOException, InterruptedException {
        HttpClient client = newSession();
        HttpResponse<String> loginPage = get(client, "/admin/login");
        String token = csrfToken(loginPage.body());
        HttpResponse<String> r = postForm(client, "/admin/login_admin_post",
                "j_username=" + login + "&j_password=" + password + "&csrfToken=" + token);
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("admin login failed: " + r.statusCode() + " " + location
                    + " login page headers " + loginPage.headers().map() + " post headers " + r.headers().map());
        }
        return client;
    }

    public static String csrfToken(String html) {
        Matcher m = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no csrfToken in page");
        }
        return m.group(1);
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
