package dev.cxplugin.bench;

import java.util.Map;
import java.util.TreeMap;

/**
 * With {@code -Dprofile=true}: samples the checkout thread's stack every millisecond while performCheckout runs
 * and counts where the time goes (Broadleaf's own checkout, the plugin's activity, the synchronous send).
 * Stack sampling slows the sampled thread a little: the timings of a profiled run are not the benchmark's figures.
 */
final class CheckoutSampler {

    static volatile boolean inCheckout;
    private static Thread sampler;
    private static final Map<String, Integer> SAMPLES = new TreeMap<>();

    private CheckoutSampler() {
    }

    static synchronized void start(Thread target) {
        sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                if (inCheckout) {
                    String where = classify(target.getStackTrace());
                    synchronized (SAMPLES) {
                        SAMPLES.merge(where, 1, Integer::sum);
                    }
                }
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "cx-checkout-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    static synchronized void stopAndPrint() {
        if (sampler == null) {
            return;
        }
        sampler.interrupt();
        int total;
        synchronized (SAMPLES) {
            total = SAMPLES.values().stream().mapToInt(Integer::intValue).sum();
            StringBuilder line = new StringBuilder("where performCheckout's time went (" + total + " samples):");
            SAMPLES.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).forEach(e -> line.append(
                    String.format(java.util.Locale.ROOT, "%n  %5.1f%%  %s", 100.0 * e.getValue() / Math.max(1, total), e.getKey())));
            System.out.println(line);
        }
    }

    /** Who is running (plugin activity, synchronous send, Broadleaf) and what it is doing at the leaf. */
    static String classify(StackTraceElement[] stack) {
        if (Boolean.getBoolean("profile.detail")) {
            return detail(stack);
        }
        String owner = "broadleaf checkout";
        String activity = null;
        for (StackTraceElement f : stack) {
            String c = f.getClassName();
            if (c.startsWith("dev.cxplugin.notify")) {
                owner = "plugin";
                break;
            }
            if (c.startsWith("dev.cxplugin.bench.SyncOrderConfirmation")) {
                owner = "sync send";
                break;
            }
            if (activity == null && c.startsWith("org.broadleafcommerce") && c.endsWith("Activity")) {
                activity = c.substring(c.lastIndexOf('.') + 1);
            }
        }
        if (owner.startsWith("broadleaf") && activity != null) {
            owner = "broadleaf " + activity;
        }
        return owner + ": " + leaf(stack);
    }

    /** -Dprofile.detail=true: the innermost plugin frame and the leaf frame, to find what a plugin share is made of. */
    static String detail(StackTraceElement[] stack) {
        String plugin = "-";
        for (StackTraceElement f : stack) {
            String c = f.getClassName();
            boolean ours = c.startsWith("dev.cxplugin") && !c.startsWith("dev.cxplugin.bench") && !c.endsWith("Fixtures");
            if (ours || (c.startsWith("org.broadleafcommerce") && c.endsWith("Activity"))) {
                plugin = f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName();
                break;
            }
        }
        StackTraceElement top = stack.length == 0 ? null : stack[0];
        if (top != null && top.getMethodName().equals("unpark")) {
            StringBuilder chain = new StringBuilder(plugin + " | unpark <-");
            for (int i = 12; i < Math.min(stack.length, 30); i++) {
                chain.append(' ').append(stack[i].getClassName().substring(stack[i].getClassName().lastIndexOf('.') + 1)).append('.').append(stack[i].getMethodName());
            }
            return chain.toString();
        }
        return plugin + " | " + (top == null ? "?" : top.getClassName() + "." + top.getMethodName());
    }

    static String leaf(StackTraceElement[] stack) {
        for (StackTraceElement f : stack) {
            String c = f.getClassName();
            if (c.startsWith("javax.mail") || c.startsWith("com.sun.mail") || c.startsWith("java.net") || c.startsWith("sun.nio")) {
                return "SMTP";
            }
            if (c.startsWith("org.thymeleaf")) {
                return "render";
            }
            if (c.startsWith("org.hsqldb") || c.startsWith("com.zaxxer") || c.startsWith("org.postgresql") || c.startsWith("org.mariadb")) {
                return "JDBC";
            }
            if (c.contains("FlushEventListener") || c.contains("AbstractFlushingEventListener")) {
                return "Hibernate flush";
            }
            if (c.startsWith("org.hibernate.loader") || c.startsWith("org.hibernate.ejb.QueryImpl")) {
                return "Hibernate query";
            }
            if (c.startsWith("org.springframework.transaction") || c.startsWith("org.springframework.orm.jpa.JpaTransactionManager")) {
                return "transaction begin/commit";
            }
        }
        return "other";
    }
}
