package dev.cxplugin.demo.launcher;

import dev.cxplugin.demo.data.DemoShoppers;
import org.apache.catalina.Host;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Starts the demo store: storefront at /, Broadleaf admin at /admin, and a mail catcher whose inbox the
 * admin shows at /admin/mailbox, in one JVM and one embedded Tomcat. Bad setup ends with one clear line
 * and a non-zero exit. See README.md for the settings.
 */
public class DemoLauncher {

    public static final String ADMIN_LOGIN = "admin";
    public static final String ADMIN_PASSWORD = "admin";
    public static final String SHOPPER_LOGIN = DemoShoppers.SHOPPER_EMAIL;
    public static final String SHOPPER_PASSWORD = DemoShoppers.SHOPPER_PASSWORD;

    /** Jars that stay with the launcher (shared by both web applications) instead of each web application. */
    static final String[] SHARED_JAR_PREFIXES = {"tomcat-", "hsqldb-", "greenmail-", "javax.servlet-api-",
            "servlet-api-", "ecj-"};

    protected final DemoSettings settings;
    protected DemoDatabase database;
    protected MailCatcher mailCatcher;
    protected Tomcat tomcat;
    protected WebApplication admin;
    protected WebApplication site;
    protected long readyMillis;

    public DemoLauncher(DemoSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        DemoLauncher launcher = new DemoLauncher(new DemoSettings());
        try {
            launcher.start();
        } catch (DemoStartupException e) {
            System.err.println("CX demo cannot start: " + e.getMessage());
            launcher.stopQuietly();
            System.exit(2);
        } catch (Exception e) {
            System.err.println("CX demo cannot start: " + e);
            e.printStackTrace();
            launcher.stopQuietly();
            System.exit(1);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("CX demo: stopping...");
            launcher.stopQuietly();
            System.out.println("CX demo: stopped.");
        }, "cx-demo-shutdown"));
        double seconds = (System.nanoTime() - t0) / 1e9;
        launcher.printBanner(seconds);
        if (!launcher.isReady()) {
            System.err.println("CX demo: a web application failed to start; see the log above.");
        }
        launcher.tomcat.getServer().await();
    }

    /** Starts everything; returns when both web applications have started (or one has failed). */
    public void start() throws Exception {
        checkJvmFlags();
        checkPortFree(settings.port);
        database = new DemoDatabase(settings);
        boolean schemaExists = database.schemaExists();
        List<File> classpath = webappClasspath();

        if (settings.usesMailCatcher()) {
            mailCatcher = new MailCatcher(DemoSettings.intSetting("cx.mailcatcher.port", "CX_MAILCATCHER_PORT", 0));
            mailCatcher.start();
        }
        exportSystemProperties(schemaExists);

        File base = new File(settings.dataDir, "tomcat");
        tomcat = new Tomcat();
        tomcat.setBaseDir(base.getAbsolutePath());
        tomcat.setPort(settings.port);
        tomcat.setSilent(false);
        tomcat.enableNaming();
        Connector connector = tomcat.getConnector();
        connector.setURIEncoding("UTF-8");
        connector.setProperty("maxPostSize", String.valueOf(2 * 1024 * 1024));
        Host host = tomcat.getHost();
        host.setAutoDeploy(false);
        try {
            tomcat.start();
        } catch (LifecycleException e) {
            throw new DemoStartupException("Port " + settings.port + " could not be opened (" + e.getMessage()
                    + "); set CX_PORT or -Dcx.port to another port");
        }

        ClassLoader parent = new SharedClassLoader(DemoLauncher.class.getClassLoader());
        admin = adminApplication();
        long a0 = System.nanoTime();
        host.addChild(admin.build(new File(base, "webapps/admin"), classpath, parent));
        admin.startMillis = (System.nanoTime() - a0) / 1_000_000;

        site = siteApplication();
        long s0 = System.nanoTime();
        host.addChild(site.build(new File(base, "webapps/ROOT"), classpath, parent));
        site.startMillis = (System.nanoTime() - s0) / 1_000_000;
    }

    protected WebApplication adminApplication() {
        WebApplication app = new WebApplication("admin", "/admin")
                .patch("classpath:/bl-open-admin-contentClient-applicationContext.xml",
                        "classpath:/bl-open-admin-contentCreator-applicationContext.xml",
                        "classpath:/bl-admin-applicationContext.xml",
                        "classpath:/bl-cms-contentClient-applicationContext.xml",
                        "classpath:/bl-cms-contentCreator-applicationContext.xml",
                        "classpath:/bl-cx-applicationContext.xml",
                        "classpath:/bl-cx-admin-applicationContext.xml",
                        "classpath:/demo/common/demo-applicationContext.xml",
                        "classpath:/demo/admin/demo-admin-applicationContext.xml",
                        "classpath:/demo/admin/demo-admin-applicationContext-security.xml")
                .servlet("classpath:/applicationContext-servlet-open-admin.xml",
                        "classpath:/applicationContext-servlet-admin.xml",
                        "classpath:/applicationContext-servlet-cms-contentClient.xml",
                        "classpath:/applicationContext-servlet-cms-contentCreator.xml",
                        "classpath:/bl-cx-admin-applicationContext-servlet.xml",
                        "classpath:/demo/admin/demo-admin-applicationContext-servlet.xml");
        if (mailCatcher != null) {
            app.attribute(MailCatcher.CONTEXT_ATTRIBUTE, mailCatcher.asSupplier());
        }
        return app;
    }

    protected WebApplication siteApplication() {
        WebApplication app = new WebApplication("site", "")
                .patch("classpath:/bl-open-admin-contentClient-applicationContext.xml",
                        "classpath:/bl-cms-contentClient-applicationContext.xml",
                        "classpath:/bl-cx-applicationContext.xml",
                        "classpath:/bl-cx-site-applicationContext.xml",
                        "classpath:/demo/common/demo-applicationContext.xml",
                        "classpath:/demo/site/demo-site-applicationContext.xml",
                        "classpath:/demo/site/demo-site-applicationContext-security.xml")
                .servlet("classpath:/applicationContext-servlet-cms-contentClient.xml",
                        "classpath:/bl-cx-site-applicationContext-servlet.xml",
                        "classpath:/demo/site/demo-site-applicationContext-servlet.xml");
        if (settings.loadSampleData) {
            app.patch("classpath:/demo/site/demo-data-applicationContext.xml");
        }
        return app;
    }

    /** The storefront's configuration as the launcher would start it (nothing is started). */
    public WebApplication describeSite() {
        return siteApplication();
    }

    /** The admin's configuration as the launcher would start it (nothing is started). */
    public WebApplication describeAdmin() {
        return adminApplication();
    }

    protected void exportSystemProperties(boolean schemaExists) {
        System.setProperty("cx.db.driver", database.driver);
        System.setProperty("cx.db.url", database.url);
        System.setProperty("cx.db.user", database.user);
        System.setProperty("cx.db.password", database.password);
        System.setProperty("cx.db.pool.size", DemoSettings.setting("cx.db.pool.size", "CX_DB_POOL_SIZE", "15"));
        for (String unit : new String[] {"blPU", "blSecurePU", "blCMSStorage"}) {
            System.setProperty(unit + ".hibernate.dialect", database.dialect);
        }
        // a fresh database gets Broadleaf's schema and seed data from the admin application
        System.setProperty("cx.demo.schema", schemaExists ? "update" : "create");
        if (mailCatcher != null) {
            System.setProperty("cx.smtp.host", "127.0.0.1");
            System.setProperty("cx.smtp.port", String.valueOf(mailCatcher.getPort()));
            // Broadleaf's configurer turns "@null" into null: no login, so no SMTP AUTH attempt
            System.setProperty("cx.smtp.user", "@null");
            System.setProperty("cx.smtp.password", "@null");
            System.setProperty("cx.smtp.auth", "false");
            System.setProperty("cx.smtp.starttls", "false");
        } else {
            System.setProperty("cx.smtp.host", settings.smtpHost);
            System.setProperty("cx.smtp.port", String.valueOf(settings.smtpPort));
            System.setProperty("cx.smtp.user", settings.smtpUser.isEmpty() ? "@null" : settings.smtpUser);
            System.setProperty("cx.smtp.password", settings.smtpPassword.isEmpty() ? "@null" : settings.smtpPassword);
            System.setProperty("cx.smtp.auth", String.valueOf(!settings.smtpUser.isEmpty()));
            System.setProperty("cx.smtp.starttls", String.valueOf(settings.smtpStartTls));
        }
        System.setProperty("cx.demo.baseurl", settings.baseUrl());
        System.setProperty("net.sf.ehcache.skipUpdateCheck", "true");
        System.setProperty("org.apache.catalina.startup.EXIT_ON_INIT_FAILURE", "false");
    }

    /** The web applications' jars and class folders, from the list the build writes; shared jars left out. */
    protected List<File> webappClasspath() throws IOException, URISyntaxException {
        File listFile = settings.classpathFile;
        File ownClasses = new File(DemoLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (listFile == null) {
            listFile = new File(ownClasses.getParentFile(), "runtime-classpath.txt");
        }
        if (!listFile.isFile()) {
            throw new DemoStartupException("The web applications' classpath list " + listFile
                    + " is missing: build first (mvn -DskipTests install) or start with bin/demo");
        }
        List<File> result = new ArrayList<File>();
        result.add(ownClasses);
        String text = new String(Files.readAllBytes(listFile.toPath()), StandardCharsets.UTF_8).trim();
        for (String entry : text.split(File.pathSeparator)) {
            if (entry.trim().isEmpty()) {
                continue;
            }
            File f = new File(entry.trim());
            if (!isShared(f.getName()) && f.exists()) {
                result.add(f);
            }
        }
        return result;
    }

    static boolean isShared(String fileName) {
        for (String prefix : SHARED_JAR_PREFIXES) {
            if (fileName.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Without these flags Broadleaf boots "fine" but its Hibernate proxies are broken (see docs/INSTALL.md). */
    static void checkJvmFlags() {
        try {
            ClassLoader.class.getDeclaredMethod("findLoadedClass", String.class).setAccessible(true);
            java.util.ArrayList.class.getDeclaredField("elementData").setAccessible(true);
        } catch (RuntimeException | ReflectiveOperationException e) {
            throw new DemoStartupException("the JVM lacks the flags Broadleaf needs on JDK 17: start java with "
                    + "--add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/java.util=ALL-UNNAMED "
                    + "(bin/demo does)");
        }
    }

    static void checkPortFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new DemoStartupException("port " + port + " is already in use; stop what uses it or set CX_PORT "
                    + "(or -Dcx.port) to a free port");
        }
    }

    public boolean isReady() {
        return admin != null && site != null && admin.isAvailable() && site.isAvailable();
    }

    /** Undeploys one web application (the other keeps serving). */
    public void stopApplication(WebApplication app) {
        tomcat.getHost().removeChild(app.getContext());
    }

    /** Deploys a stopped web application again, with a fresh class loader, as a redeploy would. */
    public void startApplication(WebApplication app) {
        long t0 = System.nanoTime();
        tomcat.getHost().addChild(app.rebuild());
        app.startMillis = (System.nanoTime() - t0) / 1_000_000;
    }

    public WebApplication getAdmin() {
        return admin;
    }

    public WebApplication getSite() {
        return site;
    }

    public MailCatcher getMailCatcher() {
        return mailCatcher;
    }

    public DemoSettings getSettings() {
        return settings;
    }

    public void stopQuietly() {
        try {
            if (tomcat != null) {
                tomcat.stop();
                tomcat.destroy();
            }
        } catch (Exception e) {
            System.err.println("CX demo: Tomcat did not stop cleanly: " + e.getMessage());
        }
        tomcat = null;
        if (mailCatcher != null) {
            mailCatcher.stop();
            mailCatcher = null;
        }
        if (database != null) {
            database.shutdownEmbedded();
        }
    }

    protected void printBanner(double seconds) {
        String base = settings.baseUrl();
        StringBuilder sb = new StringBuilder();
        sb.append('\n');
        sb.append("==================================================================\n");
        sb.append(String.format(Locale.ROOT, " CX demo store ready in %.1f s (admin %.1f s, storefront %.1f s)%n",
                seconds, admin.startMillis / 1000.0, site.startMillis / 1000.0));
        sb.append(" Storefront : ").append(base).append("/   ").append(site.isAvailable() ? "" : "(FAILED)").append('\n');
        sb.append(" Admin      : ").append(base).append("/admin/   login ").append(ADMIN_LOGIN).append(" / ")
                .append(ADMIN_PASSWORD).append(admin.isAvailable() ? "" : "   (FAILED)").append('\n');
        if (mailCatcher != null) {
            sb.append(" Mailbox    : ").append(base).append("/admin/mailbox   (SMTP catcher on 127.0.0.1:")
                    .append(mailCatcher.getPort()).append(")\n");
        } else {
            sb.append(" Mail       : sent through ").append(settings.smtpHost).append(':').append(settings.smtpPort).append('\n');
        }
        sb.append(" Shopper    : ").append(SHOPPER_LOGIN).append(" / ").append(SHOPPER_PASSWORD).append('\n');
        sb.append(" Database   : ").append(database.url).append('\n');
        sb.append(" Stop with Ctrl-C\n");
        sb.append("==================================================================");
        System.out.println(sb);
    }
}
