package dev.cxplugin.demo.site.web;

import org.broadleafcommerce.common.util.BroadleafMergeResourceBundleMessageSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The storefront's templates and message bundles, checked without booting Broadleaf: every template is
 * well-formed XML (Thymeleaf 2.1's HTML5 mode parses templates as XML), every message key a template or
 * controller uses exists in English, Arabic and Persian, and the bundles decode as the site's message source
 * reads them.
 */
class StorefrontTemplatesTest {

    static final String[] LOCALES = {"", "_ar", "_fa"};
    static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)");
    static final Pattern MESSAGES_MSG = Pattern.compile("#messages\\.msg\\('([A-Za-z0-9_.]+)'\\)");
    /** Codes used from Java (validators) rather than from templates. */
    static final String[] JAVA_CODES = {
        "checkout.error.required", "checkout.error.email", "checkout.error.country", "checkout.error.tooLong",
        "firstName.required", "lastName.required", "emailAddress.required", "emailAddress.invalid", "emailAddress.used",
        "username.used", "password.required", "password.invalid", "passwordConfirm.required", "passwordConfirm.invalid",
        "typeMismatch"};

    @Test
    void everyTemplateIsWellFormedXml() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        List<Path> templates = templates();
        assertTrue(templates.size() >= 15, "templates found: " + templates);
        for (Path template : templates) {
            try (Reader reader = Files.newBufferedReader(template, StandardCharsets.UTF_8)) {
                Document document = builder.parse(new InputSource(reader));
                assertEquals("html", document.getDocumentElement().getTagName(), template.toString());
            } catch (Exception e) {
                throw new AssertionError(template + " is not well-formed: " + e.getMessage(), e);
            }
        }
    }

    @Test
    void pagesAreCompleteDocumentsWithDirectionAndLanguage() throws Exception {
        for (Path template : templates()) {
            String text = read(template);
            if (template.toString().contains("partials") || template.endsWith("fullPageLayout.html")) {
                continue;
            }
            assertTrue(text.contains("th:fragment=\"page\""), template + " lacks th:fragment=\"page\" on <html>");
            assertTrue(text.contains("dir=${@cxStorefront.dir(#locale)}"), template + " lacks dir");
            assertTrue(text.contains("layout/partials :: head("), template + " lacks the shared head");
            assertTrue(text.contains("layout/partials :: header"), template + " lacks the shared header");
            assertTrue(text.contains("layout/partials :: footer"), template + " lacks the shared footer");
        }
    }

    @Test
    void everyPostFormCarriesTheCsrfToken() throws Exception {
        Pattern plainPost = Pattern.compile("<form[^>]*method=\"post\"", Pattern.CASE_INSENSITIVE);
        for (Path template : templates()) {
            Matcher matcher = plainPost.matcher(read(template));
            assertFalse(matcher.find(), template + ": POST forms must be <blc:form> so Broadleaf adds csrfToken");
        }
    }

    @Test
    void bundlesHaveTheSameKeys() throws Exception {
        Set<String> english = load("").stringPropertyNames();
        for (String suffix : new String[] {"_ar", "_fa"}) {
            Set<String> other = load(suffix).stringPropertyNames();
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(other);
            Set<String> extra = new TreeSet<>(other);
            extra.removeAll(english);
            assertTrue(missing.isEmpty() && extra.isEmpty(), "demo-site" + suffix + ": missing " + missing + ", extra " + extra);
        }
    }

    @Test
    void everyUsedKeyExistsInEveryLanguage() throws Exception {
        Set<String> used = new TreeSet<>();
        for (Path template : templates()) {
            String text = read(template);
            for (Pattern pattern : new Pattern[] {MESSAGE_KEY, MESSAGES_MSG}) {
                Matcher matcher = pattern.matcher(text);
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        used.addAll(List.of(JAVA_CODES));
        for (String suffix : LOCALES) {
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(load(suffix).stringPropertyNames());
            assertTrue(missing.isEmpty(), "demo-site" + suffix + " lacks " + missing);
        }
    }

    @Test
    void siteMessageSourceReadsArabicAndPersianAndFormatsEveryMessage() throws Exception {
        // configured like the storefront's messageSource bean (demo-site-applicationContext.xml)
        BroadleafMergeResourceBundleMessageSource source = new BroadleafMergeResourceBundleMessageSource();
        source.setBasenames("classpath:messages/demo-site");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);

        assertEquals("Your cart", source.getMessage("cart.title", null, Locale.US));
        assertEquals("\u0633\u0644\u0629 \u0627\u0644\u062a\u0633\u0648\u0642", source.getMessage("cart.title", null, new Locale("ar")));
        assertEquals("\u0633\u0628\u062f \u062e\u0631\u06cc\u062f \u0634\u0645\u0627", source.getMessage("cart.title", null, new Locale("fa")));
        assertEquals("Test payment (no charge)", source.getMessage("checkout.testPayment", null, Locale.US));
        // Persian text uses Persian letters, not their Arabic look-alikes
        String persian = String.join("", load("_fa").stringPropertyNames().stream()
            .map(k -> loadUnchecked("_fa").getProperty(k)).collect(Collectors.toList()));
        assertFalse(persian.contains("\u064a") || persian.contains("\u0643"), "Arabic yeh/kaf in the Persian bundle");

        // every message, with 0, 1, 2 and 12 as its argument, goes through MessageFormat without error
        for (String suffix : LOCALES) {
            Locale locale = suffix.isEmpty() ? Locale.US : new Locale(suffix.substring(1));
            for (String key : load(suffix).stringPropertyNames()) {
                for (Object arg : new Object[] {0, 1, 2, 12}) {
                    String message = source.getMessage(key, new Object[] {arg}, locale);
                    assertFalse(message.contains("{0"), key + " (" + locale + ") left a placeholder: " + message);
                }
            }
        }
        assertEquals("Cart, 2 items", source.getMessage("nav.cartCount", new Object[] {2}, Locale.US));
        assertEquals("Cart, empty", source.getMessage("nav.cartCount", new Object[] {0}, Locale.US));
    }

    // ------------------------------------------------------------------ helpers

    static List<Path> templates() throws IOException, URISyntaxException {
        Path root = resourceDir("webTemplates");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().collect(Collectors.toList());
        }
    }

    static Path resourceDir(String name) throws URISyntaxException {
        URL url = StorefrontTemplatesTest.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new AssertionError("classpath has no " + name);
        }
        return Paths.get(url.toURI());
    }

    static String read(Path path) throws IOException {
        return new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
    }

    static Properties load(String suffix) throws IOException {
        Properties properties = new Properties();
        String name = "messages/demo-site" + suffix + ".properties";
        try (InputStream in = StorefrontTemplatesTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new AssertionError("missing " + name);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    static Properties loadUnchecked(String suffix) {
        try {
            return load(suffix);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
