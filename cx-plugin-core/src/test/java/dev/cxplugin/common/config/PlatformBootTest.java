package dev.cxplugin.common.config;

import dev.cxplugin.notify.domain.CxNotification;
import dev.cxplugin.notify.domain.CxNotificationImpl;
import dev.cxplugin.test.BroadleafExtension;
import dev.cxplugin.test.LogWatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Date;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(BroadleafExtension.class)
class PlatformBootTest {

    @Resource(name = "cxPluginInfo")
    protected CxPluginInfo pluginInfo;

    @Resource(name = "entityManagerFactory")
    protected EntityManagerFactory emf;

    @Test
    void bootLogsNoJavassistEnhancementFailure() {
        assertTrue(LogWatch.install().fatalLines().isEmpty(), () -> "fatal log lines: " + LogWatch.install().fatalLines());
    }

    @Test
    void pluginInfoNamesVersionAndEnabledFeatures() {
        String line = pluginInfo.startupLine();
        assertTrue(line.startsWith("CX for Broadleaf 0."), line);
        assertTrue(line.contains("features enabled: notify, review, survey, complaint, loyalty, insight"), line);
    }

    @Test
    void pluginEntitiesAreMergedIntoBroadleafPersistenceUnit() {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            CxNotification n = new CxNotificationImpl();
            n.setKind("ORDER_CONFIRMED");
            n.setStatus("PENDING");
            n.setDedupeKey("boot-test-" + System.nanoTime());
            n.setMessageId("<boot-test@cx>");
            n.setCreatedDate(new Date());
            em.persist(n);
            em.getTransaction().commit();
            assertNotNull(n.getId());
            em.clear();
            CxNotification read = em.find(CxNotificationImpl.class, n.getId());
            assertEquals("ORDER_CONFIRMED", read.getKind());
        } finally {
            em.close();
        }
    }
}
