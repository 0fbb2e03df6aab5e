package dev.cxplugin.demo.launcher;

import java.io.File;

/**
 * Everything the demo launcher can be told, read from system properties first ({@code -Dcx.port}) and
 * then environment variables ({@code CX_PORT}); defaults give a store on port 8080 with an embedded
 * HSQLDB file database and an in-process mail catcher.
 */
public class DemoSettings {

    public int port = intSetting("cx.port", "CX_PORT", 8080);
    public String host = setting("cx.host", "CX_HOST", "localhost");
    public File dataDir = new File(setting("cx.data.dir", "CX_DATA_DIR",
            System.getProperty("user.home") + File.separator + ".cx-broadleaf-demo"));
    public String dbUrl = setting("cx.db.url", "CX_DB_URL", null);
    public String dbUser = setting("cx.db.user", "CX_DB_USER", null);
    public String dbPassword = setting("cx.db.password", "CX_DB_PASSWORD", null);
    public String smtpHost = setting("cx.smtp.host", "CX_SMTP_HOST", null);
    public int smtpPort = intSetting("cx.smtp.port", "CX_SMTP_PORT", 25);
    public String smtpUser = setting("cx.smtp.user", "CX_SMTP_USER", "");
    public String smtpPassword = setting("cx.smtp.password", "CX_SMTP_PASSWORD", "");
    public boolean smtpStartTls = Boolean.parseBoolean(setting("cx.smtp.starttls", "CX_SMTP_STARTTLS", "false"));
    /** Sample catalog, customers and orders on first start (CX_DEMO_DATA=false for an empty store). */
    public boolean loadSampleData = Boolean.parseBoolean(setting("cx.demo.data", "CX_DEMO_DATA", "true"));
    /** Runtime classpath of the web applications, written by the build (demo-site/target/runtime-classpath.txt). */
    public File classpathFile = fileSetting("cx.demo.classpath", "CX_DEMO_CLASSPATH", null);

    public boolean usesMailCatcher() {
        return smtpHost == null || smtpHost.trim().isEmpty();
    }

    public boolean usesEmbeddedDatabase() {
        return dbUrl == null || dbUrl.trim().isEmpty();
    }

    public String baseUrl() {
        return "http://" + host + ":" + port;
    }

    static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isEmpty()) {
            value = System.getenv(env);
        }
        return value == null || value.isEmpty() ? fallback : value;
    }

    static int intSetting(String property, String env, int fallback) {
        String value = setting(property, env, null);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new DemoStartupException(env + " (or -D" + property + ") must be a number, not '" + value + "'");
        }
    }

    static File fileSetting(String property, String env, File fallback) {
        String value = setting(property, env, null);
        return value == null ? fallback : new File(value);
    }
}
