package dev.cxplugin.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The database the integration tests run on, chosen with {@code -Dcx.test.db=hsqldb|postgresql|mariadb}
 * (Maven profiles {@code -Ppostgresql}, {@code -Pmariadb}). PostgreSQL and MariaDB are the machine's
 * services at 127.0.0.1, database {@code test}; {@code CX_TEST_DB_URL} etc. point elsewhere.
 */
public enum TestDatabase {

    HSQLDB("org.hsqldb.jdbcDriver", "jdbc:hsqldb:mem:cxtest;sql.enforce_strict_size=true", "SA", "",
            "org.hibernate.dialect.HSQLDialect"),
    POSTGRESQL("org.postgresql.Driver", "jdbc:postgresql://127.0.0.1:5432/test", "root", "",
            "org.hibernate.dialect.PostgreSQL82Dialect"),
    MARIADB("org.mariadb.jdbc.Driver",
            "jdbc:mariadb://127.0.0.1:3306/test?useUnicode=true&characterEncoding=utf8mb4", "root", "",
            "org.hibernate.dialect.MySQL5InnoDBDialect");

    public final String driver;
    public final String url;
    public final String user;
    public final String password;
    public final String dialect;

    TestDatabase(String driver, String url, String user, String password, String dialect) {
        this.driver = driver;
        this.url = env("CX_TEST_DB_URL", url);
        this.user = env("CX_TEST_DB_USER", user);
        this.password = env("CX_TEST_DB_PASSWORD", password);
        this.dialect = dialect;
    }

    public static TestDatabase current() {
        String name = System.getProperty("cx.test.db", "hsqldb").trim();
        return valueOf(name.isEmpty() ? "HSQLDB" : name.toUpperCase());
    }

    /** The properties Broadleaf's configurer and our test context read (system properties are its fallback). */
    public void applySystemProperties() {
        System.setProperty("cx.db.driver", driver);
        System.setProperty("cx.db.url", url);
        System.setProperty("cx.db.user", user);
        System.setProperty("cx.db.password", password);
        for (String unit : new String[] {"blPU", "blSecurePU", "blCMSStorage"}) {
            System.setProperty(unit + ".hibernate.dialect", dialect);
        }
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }
}
