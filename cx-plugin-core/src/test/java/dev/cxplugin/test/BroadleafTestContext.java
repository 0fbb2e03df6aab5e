package dev.cxplugin.test;

import org.broadleafcommerce.common.extensibility.context.MergeClassPathXMLApplicationContext;
import org.broadleafcommerce.common.extensibility.context.StandardConfigLocations;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Boots Broadleaf's site-side application context with the plugin merged in, once per test JVM
 * (boot takes 10-20 s), the way Broadleaf's own web application does: the standard config list plus
 * patch files. Modules add their own patch files with {@code -Dcx.test.extraContexts=a.xml,b.xml}.
 * {@code -Dcx.test.withoutPlugin=true} boots plain Broadleaf (the test tier only, none of the plugin's
 * files): the baseline of the checkout-overhead benchmark.
 */
public final class BroadleafTestContext {

    /** The plugin's own context file: left out when {@code cx.test.withoutPlugin} is true. */
    public static final String PLUGIN_CONTEXT = "bl-cx-applicationContext.xml";

    public static final List<String> BASE_PATCHES = Arrays.asList(
            "bl-open-admin-contentClient-applicationContext.xml",
            "bl-cms-contentClient-applicationContext.xml",
            PLUGIN_CONTEXT,
            "bl-cx-test-applicationContext.xml");

    private static ConfigurableApplicationContext context;
    private static RuntimeException bootFailure;
    private static long bootMillis;

    private BroadleafTestContext() {
    }

    public static synchronized ConfigurableApplicationContext get() {
        if (bootFailure != null) {
            throw bootFailure;
        }
        if (context == null) {
            try {
                context = boot();
            } catch (RuntimeException e) {
                bootFailure = e;
                throw e;
            } catch (Exception e) {
                bootFailure = new IllegalStateException("Broadleaf context failed to boot", e);
                throw bootFailure;
            }
        }
        return context;
    }

    public static long bootMillis() {
        return bootMillis;
    }

    /** Where the context's mail sender delivers: tests start GreenMail there (see {@code TestMailServer}). */
    public static synchronized int smtpPort() {
        String port = System.getProperty("cx.test.smtp.port");
        if (port == null) {
            try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
                port = String.valueOf(s.getLocalPort());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            System.setProperty("cx.test.smtp.port", port);
        }
        return Integer.parseInt(port);
    }

    /** True when this JVM boots plain Broadleaf, without the plugin ({@code -Dcx.test.withoutPlugin=true}). */
    public static boolean withoutPlugin() {
        return Boolean.getBoolean("cx.test.withoutPlugin");
    }

    public static TestDatabase database() {
        return TestDatabase.current();
    }

    private static ConfigurableApplicationContext boot() throws Exception {
        LogWatch watch = LogWatch.install();
        TestDatabase.current().applySystemProperties();
        System.setProperty("net.sf.ehcache.skipUpdateCheck", "true");
        System.setProperty("cx.test.smtp.port", String.valueOf(smtpPort()));
        List<String> patches = new ArrayList<String>(BASE_PATCHES);
        if (withoutPlugin()) {
            patches.remove(PLUGIN_CONTEXT);
        }
        String extra = System.getProperty("cx.test.extraContexts", "");
        for (String file : extra.split(",")) {
            if (!file.trim().isEmpty()) {
                patches.add(file.trim());
            }
        }
        long start = System.nanoTime();
        MergeClassPathXMLApplicationContext ctx = new MergeClassPathXMLApplicationContext(
                StandardConfigLocations.retrieveAll(StandardConfigLocations.APPCONTEXTTYPE),
                patches.toArray(new String[0]));
        bootMillis = (System.nanoTime() - start) / 1_000_000;
        if (!watch.fatalLines().isEmpty()) {
            ctx.close();
            throw new IllegalStateException("Broadleaf booted broken (JVM flags missing?): " + watch.fatalLines());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(ctx::close, "cx-test-context-close"));
        return ctx;
    }
}
