package dev.cxplugin.demo.launcher;

import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The demo's database: an HSQLDB file under the data directory by default (it survives restarts), or
 * PostgreSQL / MariaDB given by {@code CX_DB_URL}. Knows its driver and Hibernate dialect, and whether
 * the schema exists yet (the admin application creates it on first start).
 */
public class DemoDatabase {

    public final String url;
    public final String user;
    public final String password;
    public final String driver;
    public final String dialect;

    public DemoDatabase(DemoSettings settings) {
        if (settings.usesEmbeddedDatabase()) {
            File dir = new File(settings.dataDir, "hsqldb");
            this.url = "jdbc:hsqldb:file:" + new File(dir, "store").getAbsolutePath() + ";hsqldb.tx=mvcc;sql.syntax_mys=false";
            this.user = settings.dbUser == null ? "SA" : settings.dbUser;
            this.password = settings.dbPassword == null ? "" : settings.dbPassword;
        } else {
            this.url = settings.dbUrl.trim();
            this.user = settings.dbUser == null ? "root" : settings.dbUser;
            this.password = settings.dbPassword == null ? "" : settings.dbPassword;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:hsqldb:")) {
            driver = "org.hsqldb.jdbcDriver";
            dialect = "org.hibernate.dialect.HSQLDialect";
        } else if (lower.startsWith("jdbc:postgresql:")) {
            driver = "org.postgresql.Driver";
            dialect = "org.hibernate.dialect.PostgreSQL82Dialect";
        } else if (lower.startsWith("jdbc:mariadb:") || lower.startsWith("jdbc:mysql:")) {
            driver = "org.mariadb.jdbc.Driver";
            dialect = "org.hibernate.dialect.MySQL5InnoDBDialect";
        } else {
            throw new DemoStartupException("CX_DB_URL '" + url + "' is not HSQLDB, PostgreSQL or MariaDB (jdbc:hsqldb:, jdbc:postgresql:, jdbc:mariadb:)");
        }
    }

    public boolean isEmbedded() {
        return driver.startsWith("org.hsqldb");
    }

    /** Connects once, so a wrong URL or a stopped server is reported before anything boots. */
    public boolean schemaExists() {
        try {
            Class.forName(driver);
        } catch (ClassNotFoundException e) {
            throw new DemoStartupException("JDBC driver " + driver + " is not on the classpath");
        }
        DriverManager.setLoginTimeout(10);
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            for (String name : new String[] {"BLC_ADMIN_USER", "blc_admin_user"}) {
                try (ResultSet rs = c.getMetaData().getTables(null, null, name, new String[] {"TABLE"})) {
                    if (rs.next()) {
                        return true;
                    }
                }
            }
            return false;
        } catch (SQLException e) {
            throw new DemoStartupException("Cannot reach the database at " + url + " as '" + user + "': "
                    + firstLine(e.getMessage()));
        }
    }

    /** Closes an embedded HSQLDB cleanly so its files are consistent on the next start. */
    public void shutdownEmbedded() {
        if (!isEmbedded()) {
            return;
        }
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException ignored) {
            // already closed
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
