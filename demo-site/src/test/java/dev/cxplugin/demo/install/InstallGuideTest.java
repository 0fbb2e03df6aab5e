package dev.cxplugin.demo.install;

import dev.cxplugin.common.config.CxPluginInfo;
import dev.cxplugin.demo.launcher.DemoLauncher;
import dev.cxplugin.demo.launcher.DemoSettings;
import dev.cxplugin.demo.launcher.WebApplication;
import dev.cxplugin.notify.domain.CxNotificationImpl;
import dev.cxplugin.test.LogWatch;
import dev.cxplugin.test.TestDatabase;
import org.broadleafcommerce.common.extensibility.context.MergeClassPathXMLApplicationContext;
import org.broadleafcommerce.common.extensibility.context.StandardConfigLocations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Proves docs/INSTALL.md: a Broadleaf store configured with Broadleaf's own files plus only the files, SQL
 * and properties the guide lists boots with the plugin installed. (Runs in its own JVM: see demo-site's pom.)
 */
class InstallGuideTest {

    static InstallGuide guide;
    static MergeClassPathXMLApplicationContext storefront;

    @BeforeAll
    static void bootStorefrontFromTheGuide() throws Exception {
        guide = InstallGuide.load();
        LogWatch watch = LogWatch.install();
        TestDatabase.current().applySystemProperties();
        dev.cxplugin.test.BroadleafTestContext.smtpPort(); // the test data source file also points the mail sender somewhere
        List<String> patches = new ArrayList<>();
        // what every Broadleaf 3.1 storefront already has
        patches.add("bl-open-admin-contentClient-applicationContext.xml");
        patches.add("bl-cms-contentClient-applicationContext.xml");
        for (String location : guide.block("site-patch")) {
            patches.add(InstallGuide.resourceName(location));
        }
        // the store's own data source and persistence unit settings
        patches.add("bl-cx-test-applicationContext.xml");
        storefront = new MergeClassPathXMLApplicationContext(
                StandardConfigLocations.retrieveAll(StandardConfigLocations.APPCONTEXTTYPE), patches.toArray(new String[0]));
        assertTrue(watch.fatalLines().isEmpty(), () -> "broken boot: " + watch.fatalLines());
    }

    @AfterAll
    static void close() {
        if (storefront != null) {
            storefront.close();
        }
    }

    @Test
    void storefrontWithTheDocumentedFilesHasThePluginBeansAndEntities() {
        CxPluginInfo info = storefront.getBean("cxPluginInfo", CxPluginInfo.class);
        assertTrue(info.isEnabled("notify"));
        EntityManagerFactory emf = storefront.getBean("entityManagerFactory", EntityManagerFactory.class);
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            CxNotificationImpl n = new CxNotificationImpl();
            n.setKind("ORDER_CONFIRMED");
            n.setStatus("PENDING");
            n.setDedupeKey("install-guide");
            n.setMessageId("<install-guide@cx>");
            n.setCreatedDate(new Date());
            em.persist(n);
            em.getTransaction().commit();
            assertNotNull(n.getId(), "the plugin's entity is part of blPU");
        } finally {
            em.close();
        }
    }

    @Test
    void documentedServletAndAdminContextFilesExistAndAreSpringBeanFiles() throws Exception {
        List<String> all = new ArrayList<>(guide.block("site-servlet"));
        all.addAll(guide.block("admin-patch"));
        all.addAll(guide.block("admin-servlet"));
        for (String location : all) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(InstallGuide.resourceName(location))) {
                assertNotNull(in, location + " is on the classpath");
                String root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement().getNodeName();
                assertEquals("beans", root, location);
            }
        }
    }

    @Test
    void documentedAdminSqlRunsAfterBroadleafsOwnAdminSeedData() throws Exception {
        DataSource ds = storefront.getBean("cxTestDataSource", DataSource.class);
        List<String> files = new ArrayList<>(List.of("/config/bc/sql/load_admin_permissions.sql",
                "/config/bc/sql/load_admin_roles.sql", "/config/bc/sql/load_admin_menu.sql"));
        files.addAll(guide.block("admin-sql"));
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String file : files) {
                for (String sql : statements(file)) {
                    s.execute(sql);
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT m.NAME, s.URL FROM BLC_ADMIN_SECTION s JOIN BLC_ADMIN_MODULE m "
                    + "ON s.ADMIN_MODULE_ID = m.ADMIN_MODULE_ID WHERE s.CEILING_ENTITY = 'dev.cxplugin.notify.domain.CxNotification'")) {
                assertTrue(rs.next(), "the Notifications section exists");
                assertEquals("Customer Experience", rs.getString(1));
                assertEquals("/cx-notification", rs.getString(2));
            }
            try (ResultSet rs = s.executeQuery("SELECT m.NAME, s.URL FROM BLC_ADMIN_SECTION s JOIN BLC_ADMIN_MODULE m "
                    + "ON s.ADMIN_MODULE_ID = m.ADMIN_MODULE_ID WHERE s.CEILING_ENTITY = 'dev.cxplugin.notify.domain.CxOrderFulfilment'")) {
                assertTrue(rs.next(), "the Order updates section exists");
                assertEquals("Customer Experience", rs.getString(1));
                assertEquals("/cx-fulfilment", rs.getString(2));
            }
            // Broadleaf's admin and both CX roles may record order updates
            try (ResultSet rs = s.executeQuery("SELECT COUNT(DISTINCT r.NAME) FROM BLC_ADMIN_ROLE r"
                    + " JOIN BLC_ADMIN_ROLE_PERMISSION_XREF x ON x.ADMIN_ROLE_ID = r.ADMIN_ROLE_ID"
                    + " JOIN BLC_ADMIN_PERMISSION p ON p.ADMIN_PERMISSION_ID = x.ADMIN_PERMISSION_ID"
                    + " WHERE p.NAME = 'PERMISSION_CX_FULFILMENT' AND p.PERMISSION_TYPE = 'ALL'"
                    + " AND r.NAME IN ('ROLE_ADMIN', 'ROLE_CX_AGENT', 'ROLE_CX_MANAGER')")) {
                rs.next();
                assertEquals(3, rs.getInt(1));
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM BLC_ADMIN_ROLE WHERE NAME IN ('ROLE_CX_AGENT', 'ROLE_CX_MANAGER')")) {
                rs.next();
                assertEquals(2, rs.getInt(1));
            }
        }
    }

    @Test
    void documentedPropertiesAreThePluginsDefaults() throws Exception {
        Properties defaults = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/config/bc/cx/common-shared.properties")) {
            defaults.load(in);
        }
        for (String line : guide.block("properties")) {
            String[] kv = line.split("=", 2);
            assertEquals(defaults.getProperty(kv[0]), kv[1], kv[0]);
        }
    }

    @Test
    void demoStoreIsInstalledWithTheDocumentedFiles() {
        DemoLauncher launcher = new DemoLauncher(new DemoSettings());
        WebApplication site = launcher.describeSite();
        WebApplication admin = launcher.describeAdmin();
        assertTrue(site.getPatchConfigLocations().containsAll(guide.block("site-patch")));
        assertTrue(site.getServletConfigLocations().containsAll(guide.block("site-servlet")));
        assertTrue(admin.getPatchConfigLocations().containsAll(guide.block("admin-patch")));
        assertTrue(admin.getServletConfigLocations().containsAll(guide.block("admin-servlet")));
    }

    @Test
    void demoStoreExemptsExactlyTheDocumentedUrlsFromCsrf() throws Exception {
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document doc;
        try (InputStream in = getClass().getResourceAsStream("/demo/site/demo-site-applicationContext-security.xml")) {
            doc = f.newDocumentBuilder().parse(in);
        }
        List<String> excluded = new ArrayList<>();
        org.w3c.dom.NodeList beans = doc.getElementsByTagNameNS("*", "bean");
        for (int i = 0; i < beans.getLength(); i++) {
            org.w3c.dom.Element bean = (org.w3c.dom.Element) beans.item(i);
            if ("blCsrfFilter".equals(bean.getAttribute("id"))) {
                org.w3c.dom.NodeList values = bean.getElementsByTagNameNS("*", "value");
                for (int j = 0; j < values.getLength(); j++) {
                    excluded.add(values.item(j).getTextContent().trim());
                }
            }
        }
        assertEquals(guide.block("csrf-exempt"), excluded, "the demo's CSRF filter exempts what the guide says, nothing more");
    }

    static List<String> statements(String file) throws Exception {
        List<String> result = new ArrayList<>();
        try (InputStream in = InstallGuideTest.class.getResourceAsStream(file)) {
            assertNotNull(in, file + " is on the classpath");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String sql = line.trim();
                if (sql.isEmpty() || sql.startsWith("--")) {
                    continue;
                }
                result.add(sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql);
            }
        }
        return result;
    }
}
