package dev.cxplugin.test;

import org.hsqldb.server.Server;

import java.net.ServerSocket;

/**
 * The test database as other processes reach it. PostgreSQL and MariaDB are servers already; HSQLDB runs
 * in memory inside the test JVM, so the test JVM serves that same in-memory database over the network
 * (an HSQLDB server in the JVM shares the in-process "mem:" catalog).
 */
public final class SharedDatabase {

    private static Server server;
    private static String hsqlUrl;

    private SharedDatabase() {
    }

    public static synchronized String urlForOtherProcesses() {
        TestDatabase db = TestDatabase.current();
        if (db != TestDatabase.HSQLDB) {
            return db.url;
        }
        if (hsqlUrl == null) {
            BroadleafTestContext.get(); // the schema is created by this JVM's context first
            String path = db.url.substring("jdbc:hsqldb:".length());
            int semi = path.indexOf(';');
            if (semi >= 0) {
                path = path.substring(0, semi);
            }
            if (!path.startsWith("mem:")) {
                throw new IllegalStateException("expected an in-memory HSQLDB test database, got " + db.url);
            }
            String alias = path.substring("mem:".length());
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            server = new Server();
            server.setLogWriter(null); // before anything else: it traces every setter otherwise
            server.setErrWriter(null);
            server.setAddress("127.0.0.1");
            server.setPort(port);
            server.setDatabaseName(0, alias);
            server.setDatabasePath(0, path);
            server.setSilent(true);
            server.setNoSystemExit(true);
            server.start();
            hsqlUrl = "jdbc:hsqldb:hsql://127.0.0.1:" + port + "/" + alias;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(), "cx-test-hsqldb-server-stop"));
        }
        return hsqlUrl;
    }
}
