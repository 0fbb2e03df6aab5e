package dev.cxplugin.notify.service;

import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

class CxMailSenderTuningTest {

    @Test
    void aSenderWithoutTimeoutsGetsThemAndTcpNoDelay() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        new CxMailSenderTuning().postProcessBeforeInitialization(sender, "blMailSender");
        Properties p = sender.getJavaMailProperties();
        assertEquals("10000", p.getProperty("mail.smtp.connectiontimeout"));
        assertEquals("30000", p.getProperty("mail.smtp.timeout"));
        assertEquals("30000", p.getProperty("mail.smtp.writetimeout"));
        assertEquals(NoDelaySocketFactory.class.getName(), p.getProperty("mail.smtp.socketFactory.class"));
        assertEquals("10000", sender.getSession().getProperty("mail.smtp.connectiontimeout"), "the session uses them");
    }

    @Test
    void theStoresOwnSettingsAreKept() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        Properties own = new Properties();
        own.setProperty("mail.smtp.timeout", "5000");
        own.setProperty("mail.smtp.ssl.enable", "true");
        sender.setJavaMailProperties(own);
        new CxMailSenderTuning().postProcessBeforeInitialization(sender, "blMailSender");
        assertEquals("5000", sender.getJavaMailProperties().getProperty("mail.smtp.timeout"));
        assertFalse(sender.getJavaMailProperties().containsKey("mail.smtp.socketFactory.class"),
                "an SSL connection keeps JavaMail's own socket factory");
    }

    @Test
    void otherBeansAreLeftAlone() {
        JavaMailSenderImpl other = new JavaMailSenderImpl();
        assertSame(other, new CxMailSenderTuning().postProcessBeforeInitialization(other, "someOtherSender"));
        assertFalse(other.getJavaMailProperties().containsKey("mail.smtp.timeout"));
    }
}
