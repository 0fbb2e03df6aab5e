package dev.cxplugin.notify.service;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring3.SpringTemplateEngine;
import org.thymeleaf.spring3.messageresolver.SpringMessageResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.util.Locale;
import java.util.Map;

/**
 * Renders customer emails from Thymeleaf templates on the classpath ({@code cx/notify/<kind>.html}) with
 * messages in {@code cx/notify/messages[_ar|_fa].properties} (UTF-8). A merchant overrides a template or a
 * message by putting a file of the same name earlier on the classpath (their web application's classes).
 */
public class CxEmailRenderer {

    protected final SpringTemplateEngine engine = new SpringTemplateEngine();
    protected final ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();

    public CxEmailRenderer() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setSuffix(".html");
        resolver.setTemplateMode("HTML5");
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        messages.setBasenames("classpath:cx/notify/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        SpringMessageResolver messageResolver = new SpringMessageResolver();
        messageResolver.setMessageSource(messages);
        engine.setMessageResolver(messageResolver);
    }

    public MessageSource getMessages() {
        return messages;
    }

    /** The rendered HTML body; a missing template or variable fails with the reason. */
    public String html(String template, Locale locale, Map<String, Object> model) {
        Context context = new Context(locale, model);
        return engine.process(template, context);
    }

    public String message(String code, Object[] args, Locale locale) {
        return messages.getMessage(code, args, locale);
    }

    /** A plain-text alternative of an HTML email: the text, with lines where blocks end. */
    public static String plainText(String html) {
        String body = html.replaceAll("(?is)<(head|style|script)[^>]*>.*?</\\1>", "");
        body = body.replaceAll("(?i)<br\\s*/?>", "\n").replaceAll("(?i)</(p|div|tr|h[1-6]|li|table)>", "\n");
        body = body.replaceAll("(?i)</t[dh]>", "  ").replaceAll("<[^>]+>", "");
        body = body.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'");
        StringBuilder sb = new StringBuilder();
        for (String line : body.split("\n")) {
            String t = line.trim().replaceAll("\\s{2,}", "  ");
            if (!t.isEmpty()) {
                sb.append(t).append('\n');
            }
        }
        return sb.toString();
    }
}
