package dev.cxplugin.notify.service;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Java versions of built-in templates write what Thymeleaf writes, and step aside for a merchant's own template. */
class CompiledTemplatesTest {

    static final String[] LOCALES = {"en_US", "ar", "fa", "de"};
    static final String[] NAMES = {"Mug", "قهوة إثيوبية", "چای سبز", "Tea & \"cake\" <b>x</b> 'y'", "  padded  ", "", "x\ny"};
    static final String[] CURRENCIES = {"USD", "EUR", "IRR", "SAR"};

    final CxEmailRenderer renderer = new CxEmailRenderer();
    final CxNotificationSettings settings = new CxNotificationSettings();

    @Test
    void theOrderConfirmationFileIsTheOneItsJavaVersionWasWrittenFrom() {
        assertEquals(CxOrderConfirmedHtml.SOURCE_SHA256, CxEmailRenderer.sha256Of(CxOrderConfirmedHtml.TEMPLATE + ".html"),
                "order-confirmed.html changed: bring CxOrderConfirmedHtml in line with it, then update SOURCE_SHA256");
        assertNotNull(renderer.compiledFor(CxOrderConfirmedHtml.TEMPLATE), "confirmations are rendered by the Java version");
    }

    @Test
    void theJavaOrderConfirmationIsWhatThymeleafWritesForManyOrders() {
        Random random = new Random(20261124L);
        for (int k = 0; k < 300; k++) {
            Locale locale = CxOrderEmailModel.toLocale(LOCALES[k % LOCALES.length]);
            Map<String, Object> model = aModel(random, locale, k);
            String java = renderer.html(CxOrderConfirmedHtml.TEMPLATE, locale, model);
            String thymeleaf = renderer.thymeleaf(CxOrderConfirmedHtml.TEMPLATE, locale, model);
            assertEquals(thymeleaf, java, "order " + k + " in " + locale + ": " + model);
        }
    }

    @Test
    void theEdgesRenderAlikeToo() {
        for (String code : LOCALES) {
            Locale locale = CxOrderEmailModel.toLocale(code);
            Map<String, Object> none = aModel(new Random(1), locale, 0);
            none.put("items", new ArrayList<Object>());
            none.put("addressLines", new ArrayList<Object>());
            none.put("firstName", null);
            none.put("storeName", "<Store> & 'Co'");
            none.put("supportEmail", "help+<a>@example.com");
            assertEquals(renderer.thymeleaf(CxOrderConfirmedHtml.TEMPLATE, locale, none),
                    renderer.html(CxOrderConfirmedHtml.TEMPLATE, locale, none), code);
        }
    }

    @Test
    void aModelTheJavaVersionDoesNotHandleGoesToThymeleaf() {
        Map<String, Object> model = aModel(new Random(2), Locale.US, 1);
        model.remove("accountUrl");
        assertNull(new CxOrderConfirmedHtml().render(Locale.US, model, renderer.getMessages()));
        assertEquals(renderer.thymeleaf(CxOrderConfirmedHtml.TEMPLATE, Locale.US, model),
                renderer.html(CxOrderConfirmedHtml.TEMPLATE, Locale.US, model));
    }

    @Test
    void aMerchantsOwnOrderConfirmationIsRenderedByThymeleaf() throws Exception {
        File dir = Files.createTempDirectory("cx-override").toFile();
        File template = new File(dir, CxOrderConfirmedHtml.TEMPLATE + ".html");
        assertTrue(template.getParentFile().mkdirs());
        Files.write(template.toPath(), ("<!DOCTYPE html>\n<html xmlns:th=\"http://www.thymeleaf.org\"><body>"
                + "<p th:text=\"'Merchant: ' + ${orderNumber}\">x</p></body></html>").getBytes(StandardCharsets.UTF_8));
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        // the merchant's classes ahead of the plugin's jar, as a web application's own classes are
        List<URL> path = new ArrayList<URL>();
        path.add(dir.toURI().toURL());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            path.add(new File(entry).toURI().toURL());
        }
        try (URLClassLoader merchant = new URLClassLoader(path.toArray(new URL[0]), ClassLoader.getPlatformClassLoader())) {
            Thread.currentThread().setContextClassLoader(merchant);
            CxEmailRenderer theirs = new CxEmailRenderer();
            assertNull(theirs.compiledFor(CxOrderConfirmedHtml.TEMPLATE), "another file: no Java version");
            String html = theirs.html(CxOrderConfirmedHtml.TEMPLATE, Locale.US, aModel(new Random(3), Locale.US, 2));
            assertTrue(html.contains("<p>Merchant: A-"), html);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** An order's model as the dispatcher builds it from a snapshot, with names, images and addresses varied. */
    Map<String, Object> aModel(Random random, Locale locale, int k) {
        Map<String, Object> snap = new LinkedHashMap<String, Object>();
        snap.put("v", 1);
        snap.put("currency", CURRENCIES[random.nextInt(CURRENCIES.length)]);
        snap.put("firstName", NAMES[random.nextInt(NAMES.length)]);
        List<Map<String, Object>> items = new ArrayList<Map<String, Object>>();
        int lines = random.nextInt(22);
        for (int i = 0; i < lines; i++) {
            Map<String, Object> item = new LinkedHashMap<String, Object>();
            item.put("name", NAMES[random.nextInt(NAMES.length)] + " " + i);
            item.put("quantity", 1 + random.nextInt(1500));
            item.put("price", String.valueOf(random.nextInt(2_000_000) / 100.0));
            item.put("sku", (long) random.nextInt(4));
            items.add(item);
        }
        snap.put("items", items);
        snap.put("subtotal", "1234567.5");
        snap.put("shipping", random.nextBoolean() ? "0" : "4.99");
        snap.put("tax", "0.01");
        snap.put("total", "1234572.50");
        List<String> address = new ArrayList<String>();
        int addressLines = random.nextInt(5);
        for (int i = 0; i < addressLines; i++) {
            address.add(NAMES[random.nextInt(NAMES.length)] + " " + i);
        }
        snap.put("address", address);
        Map<String, Object> model = CxOrderEmailModel.fromSnapshot(snap, "A-" + k + (k % 7 == 0 ? "<&>" : ""),
                new Date(1_700_000_000_000L + k * 86_400_000L), locale, settings,
                sku -> sku == 0 ? null : sku == 1 ? "/img/" + sku + "-primary.jpg" : "https://cdn.example.com/a?b=1&c=\"" + sku + "\"");
        model.put("details", new HashMap<String, String>());
        model.put("d", new HashMap<String, String>());
        model.put("shopUrl", "http://localhost:8080/");
        model.put("unsubscribeUrl", null);
        return model;
    }

}
