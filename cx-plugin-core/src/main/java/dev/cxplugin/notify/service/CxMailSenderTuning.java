package dev.cxplugin.notify.service;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.util.Properties;

/**
 * Gives the store's mail sender ({@code blMailSender}) what a dependable outbox needs and JavaMail lacks by
 * default: explicit connect, read and write timeouts (JavaMail waits forever otherwise, and a hung SMTP
 * server would hold a dispatcher's lease), and TCP_NODELAY on plain connections (without it, several
 * messages over one connection stall ~40 ms each on Nagle's algorithm meeting delayed ACKs; PLATFORM.md).
 * Settings the store made itself are kept.
 */
public class CxMailSenderTuning implements BeanPostProcessor {

    protected String mailSenderBeanName = "blMailSender";
    protected int connectTimeoutMillis = 10000;
    protected int readTimeoutMillis = 30000;
    protected int writeTimeoutMillis = 30000;
    protected boolean noDelay = true;

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) throws BeansException {
        if (mailSenderBeanName.equals(beanName) && bean instanceof JavaMailSenderImpl) {
            tune((JavaMailSenderImpl) bean);
        }
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
        return bean;
    }

    public void tune(JavaMailSenderImpl sender) {
        Properties p = new Properties();
        p.putAll(sender.getJavaMailProperties());
        String protocol = sender.getProtocol() == null ? "smtp" : sender.getProtocol();
        String prefix = "mail." + protocol + ".";
        putIfAbsent(p, prefix + "connectiontimeout", String.valueOf(connectTimeoutMillis));
        putIfAbsent(p, prefix + "timeout", String.valueOf(readTimeoutMillis));
        putIfAbsent(p, prefix + "writetimeout", String.valueOf(writeTimeoutMillis));
        boolean ssl = "smtps".equals(protocol) || "true".equalsIgnoreCase(p.getProperty(prefix + "ssl.enable"));
        if (noDelay && !ssl && !p.containsKey(prefix + "socketFactory") && !p.containsKey(prefix + "socketFactory.class")) {
            p.setProperty(prefix + "socketFactory.class", NoDelaySocketFactory.class.getName());
        }
        sender.setJavaMailProperties(p);
    }

    protected static void putIfAbsent(Properties p, String key, String value) {
        if (!p.containsKey(key)) {
            p.setProperty(key, value);
        }
    }

    public void setMailSenderBeanName(String name) { this.mailSenderBeanName = name; }
    public void setConnectTimeoutMillis(int ms) { this.connectTimeoutMillis = ms; }
    public void setReadTimeoutMillis(int ms) { this.readTimeoutMillis = ms; }
    public void setWriteTimeoutMillis(int ms) { this.writeTimeoutMillis = ms; }
    public void setNoDelay(boolean noDelay) { this.noDelay = noDelay; }
}
