package dev.cxplugin.bench;

import dev.cxplugin.notify.dao.CxNotificationDao;
import dev.cxplugin.notify.domain.CxNotification;
import dev.cxplugin.notify.service.CxNotificationDispatcher;
import dev.cxplugin.notify.service.CxNotificationSettings;
import dev.cxplugin.notify.type.CxNotificationStatus;
import dev.cxplugin.notify.service.CxOrderEmailModel;
import dev.cxplugin.test.BroadleafTestContext;
import dev.cxplugin.test.CheckoutFixtures;
import dev.cxplugin.test.TestMailServer;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.mail.internet.MimeMessage;

/**
 * dispatch-throughput: real rendered order confirmations sent from the outbox to a loopback SMTP server
 * (GreenMail in this JVM) by the dispatcher, against the naive way (one connection per message, default
 * JavaMail settings, as Broadleaf's own sender does). Run with bench/run dispatch-throughput.
 */
public final class DispatchThroughputBench {

    public static void main(String[] args) throws Exception {
        int orders = Integer.parseInt(System.getProperty("orders", "400"));
        int naiveSample = Integer.parseInt(System.getProperty("naive", "150"));
        int itemsPerOrder = Integer.parseInt(System.getProperty("items", "8"));
        ConfigurableApplicationContext ctx = BroadleafTestContext.get();
        TestMailServer smtp = new TestMailServer().start();
        CheckoutFixtures fixtures = new CheckoutFixtures(ctx);
        OrderService orderService = ctx.getBean("blOrderService", OrderService.class);
        CxNotificationDispatcher dispatcher = ctx.getBean("cxNotificationDispatcher", CxNotificationDispatcher.class);

        // orders of itemsPerOrder, 1.75x and 2.5x as many lines (about 10, 15 and 20 KB per confirmation)
        int maxItems = itemsPerOrder * 5 / 2;
        List<Product> products = new ArrayList<>();
        for (int i = 0; i < maxItems; i++) {
            Product p = fixtures.aProduct("Single-origin coffee no. " + (i + 1), String.valueOf(9 + i) + ".50");
            fixtures.withPrimaryImage(p, "/img/coffee/" + (i + 1) + "-primary.jpg");
            products.add(p);
        }
        long t0 = System.nanoTime();
        List<Long> placed = placeOrders(fixtures, orderService, products, orders, "Shopper");
        System.out.printf(Locale.ROOT, "placed %d orders (%d items each) in %.1f s; their confirmations wait in the outbox%n",
                orders, itemsPerOrder, (System.nanoTime() - t0) / 1e9);

        double perOrderMs = (System.nanoTime() - t0) / 1e6 / orders;
        // what the snapshot adds to checkout: built and encoded from an order loaded as checkout has it
        double snapshotUs = fixtures.withOpenEntityManager(() -> {
            Order o = orderService.findOrderById(placed.get(placed.size() - 1));
            CxOrderEmailModel.snapshotJson(o); // loads what checkout had loaded
            int rounds = 2000;
            long s = System.nanoTime();
            for (int k = 0; k < rounds; k++) {
                CxOrderEmailModel.snapshotJson(o);
            }
            return (System.nanoTime() - s) / 1e3 / rounds;
        });
        System.out.printf(Locale.ROOT, "checkout: the order snapshot adds %.0f us per order (placing one took %.1f ms: %.2f%%)%n",
                snapshotUs, perOrderMs, snapshotUs / 10 / perOrderMs);

        // the SMTP server of the measured runs: the lean sink (GreenMail caps the figure; it is timed below too)
        JavaMailSenderImpl storeSender = ctx.getBean("blMailSender", JavaMailSenderImpl.class);
        LeanSmtpSink sink = new LeanSmtpSink();
        boolean useGreenMail = Boolean.getBoolean("greenmail");
        if (!useGreenMail) {
            storeSender.setPort(sink.port());
        }
        if (Integer.getInteger("renderThreads") != null) { // -DrenderThreads=N: the measured run with N render threads
            ctx.getBean("cxNotificationSettings", CxNotificationSettings.class).setRenderThreads(Integer.getInteger("renderThreads"));
        }
        dispatcher.dispatchAll(); // warm-up: templates, JIT (these orders' rows go too)
        smtp.purge();
        sink.purge();
        // the measured run: a second batch of the same size
        List<Long> measured = placeOrders(fixtures, orderService, products, orders, "Second");
        Thread main = Thread.currentThread();
        java.util.Map<String, Integer> samples = new java.util.TreeMap<>();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                String where = "other";
                for (StackTraceElement f : main.getStackTrace()) {
                    String c = f.getClassName();
                    if (c.startsWith("org.thymeleaf")) { where = "render (thymeleaf)"; break; }
                    if (c.startsWith("javax.mail") || c.startsWith("com.sun.mail")) {
                        StackTraceElement[] st = main.getStackTrace();
                        where = "mail @ " + (st.length > 0 ? st[0].getClassName() + "." + st[0].getMethodName() : "?");
                        break;
                    }
                    if (c.startsWith("org.hibernate") || c.startsWith("org.hsqldb")) { where = "database (hibernate)"; }
                    if (c.startsWith("dev.cxplugin.notify.service.CxOrderEmailModel")) { where = "model: " + where; break; }
                    if (c.startsWith("dev.cxplugin.notify.service.CxNotificationDispatcher")) { where = f.getMethodName() + ": " + where; break; }
                }
                samples.merge(where, 1, Integer::sum);
                try { Thread.sleep(2); } catch (InterruptedException e) { return; }
            }
        });
        sampler.setDaemon(true);
        // -Djfr=file.jfr records CPU samples of every thread (render pool and SMTP server too) during the measured run
        String jfr = System.getProperty("jfr");
        jdk.jfr.Recording recording = null;
        if (jfr != null) {
            recording = new jdk.jfr.Recording();
            recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(2));
            recording.start();
        }
        // CPU time of the whole process and of the SMTP sink's threads: the dispatcher's CPU per message is the
        // difference, much less sensitive than wall time to other work on a shared machine
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long sinkCpu0 = sink.cpuNanos();
        long d0 = System.nanoTime();
        if (Boolean.getBoolean("profile")) sampler.start();
        int sent = dispatcher.dispatchAll();
        double seconds = (System.nanoTime() - d0) / 1e9;
        double sinkCpuMs = (sink.cpuNanos() - sinkCpu0) / 1e6;
        double cpuMsPerMessage = (os.getProcessCpuTime() - cpu0) / 1e6 / Math.max(1, sent);
        double sinkMsPerMessage = sinkCpuMs / Math.max(1, sent);
        double load = os.getSystemLoadAverage();
        sampler.interrupt();
        if (recording != null) {
            recording.stop();
            recording.dump(java.nio.file.Path.of(jfr));
        }
        if (!samples.isEmpty()) System.out.println("where the dispatcher's time went (samples): " + samples);
        MimeMessage[] received = useGreenMail ? smtp.received() : verify(sink.received(), sent, fixtures, dao(ctx), measured);
        double perSec = sent / seconds;
        long[] sizes = Arrays.stream(received).mapToLong(DispatchThroughputBench::size).sorted().toArray();
        System.out.printf(Locale.ROOT, "outbox -> SMTP (%s): %d confirmations in %.2f s = %.0f msg/s (claim, render, send over one connection, record)%n",
                useGreenMail ? "GreenMail" : "lean SMTP sink", sent, seconds, perSec);
        System.out.printf(Locale.ROOT, "CPU per confirmation: %.2f ms whole process, of which the SMTP server %.2f ms: dispatcher %.2f ms"
                + " (2 cores would allow %.0f msg/s); load average %.1f%n",
                cpuMsPerMessage, useGreenMail ? 0 : sinkMsPerMessage, cpuMsPerMessage - (useGreenMail ? 0 : sinkMsPerMessage),
                2000 / (cpuMsPerMessage - (useGreenMail ? 0 : sinkMsPerMessage)), load);
        System.out.printf(Locale.ROOT, "message size: min %.1f KB, median %.1f KB, max %.1f KB (HTML + text, en/ar/fa)%n",
                sizes[0] / 1024.0, sizes[sizes.length / 2] / 1024.0, sizes[sizes.length - 1] / 1024.0);

        // the same emails again, other ways, in the same run (same machine load, roughly)
        CxNotificationDao dao = ctx.getBean("cxNotificationDao", CxNotificationDao.class);
        CxNotificationSettings settings = ctx.getBean("cxNotificationSettings", CxNotificationSettings.class);
        int threads = settings.getRenderThreads();
        settings.setRenderThreads(1);
        resend(fixtures, dao, measured, false);
        smtp.purge();
        sink.purge();
        long r0 = System.nanoTime();
        int oneThread = dispatcher.dispatchAll();
        double oneThreadPerSec = oneThread / ((System.nanoTime() - r0) / 1e9);
        settings.setRenderThreads(threads);
        resend(fixtures, dao, measured, true);
        smtp.purge();
        sink.purge();
        long f0 = System.nanoTime();
        int fromOrders = dispatcher.dispatchAll();
        double fromOrdersPerSec = fromOrders / ((System.nanoTime() - f0) / 1e9);
        System.out.printf(Locale.ROOT, "same emails, rendered on the dispatching thread only: %.0f msg/s; built from the orders (no snapshot): %.0f msg/s%n",
                oneThreadPerSec, fromOrdersPerSec);

        // the SMTP leg alone: the same messages over one reused connection with the store's sender
        MimeMessage[] copies = new MimeMessage[received.length];
        for (int i = 0; i < received.length; i++) {
            copies[i] = new MimeMessage(received[i]);
        }
        long s0 = System.nanoTime();
        storeSender.send(copies);
        double smtpSeconds = (System.nanoTime() - s0) / 1e9;
        System.out.printf(Locale.ROOT, "SMTP leg alone (one connection, TCP_NODELAY): %d in %.2f s = %.0f msg/s%n",
                copies.length, smtpSeconds, copies.length / smtpSeconds);
        if (!useGreenMail) {
            // for comparison with earlier figures: the same messages to GreenMail (it parses and stores each)
            storeSender.setPort(BroadleafTestContext.smtpPort());
            long g0 = System.nanoTime();
            storeSender.send(copies);
            double gmSeconds = (System.nanoTime() - g0) / 1e9;
            System.out.printf(Locale.ROOT, "the same to GreenMail (one connection, TCP_NODELAY): %d in %.2f s = %.0f msg/s%n",
                    copies.length, gmSeconds, copies.length / gmSeconds);
            storeSender.setPort(sink.port());
        }

        // the naive way: the same messages, one connection each, default JavaMail settings
        JavaMailSenderImpl naive = new JavaMailSenderImpl();
        naive.setHost("127.0.0.1");
        naive.setPort(useGreenMail ? BroadleafTestContext.smtpPort() : sink.port());
        int n = Math.min(naiveSample, received.length);
        long n0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            naive.send(new MimeMessage(received[i]));
        }
        double naiveSeconds = (System.nanoTime() - n0) / 1e9;
        double naivePerSec = n / naiveSeconds;
        System.out.printf(Locale.ROOT, "naive (one connection per message, default settings): %d in %.2f s = %.1f msg/s%n",
                n, naiveSeconds, naivePerSec);
        System.out.printf(Locale.ROOT, "machine: %d cores, Java %s, HSQLDB in memory, %s on loopback, load average %.1f%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                useGreenMail ? "GreenMail 1.6.15" : "lean SMTP sink", os.getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "RESULT dispatch-throughput per_sec=%.0f naive_per_sec=%.1f speedup=%.1f%n",
                perSec, naivePerSec, perSec / naivePerSec);
        smtp.stop();
        sink.close();
        System.exit(0);
    }

    /** Makes the measured rows due again, optionally without their snapshots, to time another way on the same emails. */
    static void resend(CheckoutFixtures fixtures, CxNotificationDao dao, List<Long> orderIds, boolean dropSnapshot) {
        fixtures.inTransaction(() -> {
            for (Long orderId : orderIds) {
                CxNotification n = dao.readByDedupeKey("ORDER_CONFIRMED:order:" + orderId);
                n.setStatus(CxNotificationStatus.PENDING);
                n.setNextAttemptDate(new java.util.Date(System.currentTimeMillis() - 1000));
                n.setAttempts(0);
                if (dropSnapshot) {
                    n.setPayload(null);
                }
                dao.save(n);
            }
            return null;
        });
    }

    static List<Long> placeOrders(CheckoutFixtures fixtures, OrderService orderService, List<Product> products, int orders,
            String namePrefix) {
        int base = products.size() * 2 / 5;
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < orders; i++) {
            final int n = i;
            Customer c = fixtures.aCustomer(namePrefix + i, i % 3 == 0 ? "ar" : i % 3 == 1 ? "fa" : "en_US");
            Order o = fixtures.withOpenEntityManager(() -> {
                fixtures.useRequestContextOf(c);
                Order cart = fixtures.cartWith(c, products.get(0), 1);
                int lines = base * (4 + 3 * ((n / 3) % 3)) / 4; // 1x, 1.75x, 2.5x, each in every language
                for (int p = 1; p < lines; p++) {
                    cart = orderService.addItem(cart.getId(), new OrderItemRequestDTO(products.get(p).getId(),
                            products.get(p).getDefaultSku().getId(), 1 + p % 3), true);
                }
                return fixtures.aSubmittedOrderFromCart(cart, c);
            });
            ids.add(o.getId());
        }
        return ids;
    }

    static CxNotificationDao dao(ConfigurableApplicationContext ctx) {
        return ctx.getBean("cxNotificationDao", CxNotificationDao.class);
    }

    /**
     * What the sink received is what was sent: as many messages, each a whole MIME message with the Message-ID
     * recorded in the outbox for one of the measured orders (so none twice), a subject and an HTML part.
     */
    static MimeMessage[] verify(List<byte[]> raw, int sent, CheckoutFixtures fixtures, CxNotificationDao dao, List<Long> orderIds)
            throws Exception {
        if (raw.size() != sent) {
            throw new IllegalStateException("the SMTP sink received " + raw.size() + " messages, the dispatcher sent " + sent);
        }
        java.util.Set<String> expected = fixtures.inTransaction(() -> {
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (Long orderId : orderIds) {
                ids.add(dao.readByDedupeKey("ORDER_CONFIRMED:order:" + orderId).getMessageId());
            }
            return ids;
        });
        javax.mail.Session session = javax.mail.Session.getInstance(new java.util.Properties());
        MimeMessage[] messages = new MimeMessage[raw.size()];
        for (int i = 0; i < raw.size(); i++) {
            MimeMessage m = new MimeMessage(session, new java.io.ByteArrayInputStream(raw.get(i)));
            String body = new String(raw.get(i), java.nio.charset.StandardCharsets.ISO_8859_1);
            if (!expected.remove(m.getMessageID()) || m.getSubject() == null || !body.contains("text/html")) {
                throw new IllegalStateException("unexpected or duplicate message " + m.getMessageID() + " / " + m.getSubject());
            }
            messages[i] = m;
        }
        if (!expected.isEmpty()) {
            throw new IllegalStateException(expected.size() + " confirmations did not arrive");
        }
        System.out.println("verified: " + raw.size() + " messages received, one per measured order, each with its recorded Message-ID");
        return messages;
    }

    static long size(MimeMessage m) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            m.writeTo(out);
            return out.size();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
