package dev.cxplugin.notify.service;

import org.springframework.context.MessageSource;

import java.util.Locale;
import java.util.Map;

/**
 * A built-in email template written out in Java: the same HTML, character for character, that Thymeleaf makes of
 * the template file, for the emails sent in volume (Thymeleaf 2.1 was most of the CPU of each order confirmation).
 * {@link CxEmailRenderer} uses it only while the template on the classpath is the one it was written from
 * ({@link #sourceSha256()}); a merchant's own template of the same name is rendered by Thymeleaf.
 */
public interface CxCompiledTemplate {

    /** The template's name, as the notification kinds name it (e.g. {@code cx/notify/order-confirmed}). */
    String template();

    /** SHA-256 (hex) of the template file this class reproduces. */
    String sourceSha256();

    /** The HTML, or null to leave this model to Thymeleaf (a value the Java version does not handle). */
    String render(Locale locale, Map<String, Object> model, MessageSource messages);
}
