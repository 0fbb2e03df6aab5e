package dev.cxplugin.insight.service;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import javax.annotation.PostConstruct;
import javax.sql.DataSource;

/**
 * Broadleaf indexes its orders by customer, status and number, not by date. The dashboard reads orders a few
 * days at a time (by submit date and by creation date); without these two indexes each read scans every order.
 * Created once at start-up when missing ({@code cx.insight.createOrderIndexes}, on by default); a store whose
 * database user may not create indexes switches it off and has its DBA run the statements in docs/INSTALL.md.
 */
public class CxOrderIndexes {

    private static final Log LOG = LogFactory.getLog(CxOrderIndexes.class);

    /** Broadleaf's transaction manager knows blPU's data source, whatever the store named it. */
    @javax.annotation.Resource(name = "blTransactionManager")
    protected org.springframework.orm.jpa.JpaTransactionManager transactionManager;

    protected boolean enabled = true;

    public void setEnabled(boolean enabled) { this.enabled = enabled; }

    @PostConstruct
    public void ensure() {
        if (!enabled) {
            return;
        }
        DataSource dataSource = transactionManager.getDataSource();
        if (dataSource == null) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            ensure(c, "CX_ORDER_SUBMIT_DATE", "SUBMIT_DATE");
            ensure(c, "CX_ORDER_DATE_CREATED", "DATE_CREATED");
        } catch (SQLException e) {
            LOG.warn("Could not create the order date indexes the CX dashboard reads by (" + e.getMessage()
                    + "); it works without them, more slowly on large stores. See docs/INSTALL.md.");
        }
    }

    protected void ensure(Connection c, String index, String column) throws SQLException {
        if (!tableExists(c, "BLC_ORDER") || indexExists(c, "BLC_ORDER", column)) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("CREATE INDEX " + index + " ON BLC_ORDER (" + column + ")");
            if (!c.getAutoCommit()) {
                c.commit();
            }
            LOG.info("Created index " + index + " on BLC_ORDER(" + column + ") for the CX dashboard");
        }
    }

    protected static boolean tableExists(Connection c, String table) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        for (String name : new String[] {table, table.toLowerCase(Locale.ROOT)}) {
            try (ResultSet rs = md.getTables(c.getCatalog(), null, name, null)) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether some index starts with this column (its own, or one a DBA made under another name). */
    protected static boolean indexExists(Connection c, String table, String column) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        for (String name : new String[] {table, table.toLowerCase(Locale.ROOT)}) {
            try (ResultSet rs = md.getIndexInfo(c.getCatalog(), null, name, false, true)) {
                while (rs.next()) {
                    String col = rs.getString("COLUMN_NAME");
                    if (col != null && col.equalsIgnoreCase(column) && rs.getShort("ORDINAL_POSITION") == 1) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
