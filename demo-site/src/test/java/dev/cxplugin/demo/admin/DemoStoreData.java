package dev.cxplugin.demo.admin;

import dev.cxplugin.demo.launcher.DemoDatabase;
import dev.cxplugin.demo.launcher.MailCatcher;
import dev.cxplugin.demo.launcher.RunningDemoStore;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads (and for staging a failed send, writes) the running demo store's own database, and watches its
 * mailbox, so admin tests can check what an HTTP action really changed. The embedded HSQLDB is shared
 * in-process with the launcher (its jar is on the launcher's shared class loader).
 */
final class DemoStoreData {

    private DemoStoreData() {
    }

    static Connection connect() throws SQLException {
        DemoDatabase db = new DemoDatabase(RunningDemoStore.get().getSettings());
        return DriverManager.getConnection(db.url, db.user, db.password);
    }

    static List<Map<String, Object>> query(String sql, Object... args) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.put(rs.getMetaData().getColumnLabel(i).toUpperCase(), rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    static Map<String, Object> one(String sql, Object... args) throws SQLException {
        List<Map<String, Object>> rows = query(sql, args);
        if (rows.size() != 1) {
            throw new IllegalStateException(rows.size() + " rows for " + sql);
        }
        return rows.get(0);
    }

    static long count(String sql, Object... args) throws SQLException {
        return ((Number) one(sql, args).values().iterator().next()).longValue();
    }

    static int update(String sql, Object... args) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        }
    }

    static Map<String, Object> notification(long id) throws SQLException {
        return one("SELECT * FROM CX_NOTIFICATION WHERE NOTIFICATION_ID = ?", id);
    }

    /** How many emails with this Message-ID the demo mailbox holds. */
    static long mailsWithMessageId(String messageId) {
        String bare = strip(messageId);
        MailCatcher catcher = RunningDemoStore.get().getMailCatcher();
        return catcher.messages().stream().filter(m -> strip(m.get("messageId")).equals(bare)).count();
    }

    static Map<String, String> awaitMail(String messageId, long atLeast, long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        String bare = strip(messageId);
        while (System.currentTimeMillis() < end) {
            List<Map<String, String>> found = new ArrayList<>();
            for (Map<String, String> m : RunningDemoStore.get().getMailCatcher().messages()) {
                if (strip(m.get("messageId")).equals(bare)) {
                    found.add(m);
                }
            }
            if (found.size() >= atLeast) {
                return found.get(0);
            }
            Thread.sleep(500);
        }
        throw new AssertionError(atLeast + " email(s) with Message-ID " + messageId + " did not reach the mailbox in "
                + timeoutMillis + " ms");
    }

    static String strip(String messageId) {
        return messageId == null ? "" : messageId.trim().replaceAll("^<|>$", "");
    }
}
