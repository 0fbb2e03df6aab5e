package dev.cxplugin.test;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A real store JVM started by a test: {@code java} with the test classpath and the JVM flags of the test JVM
 * (the surefire argLine), running {@link StoreProcessMain}. It shares the test's database (see
 * {@link SharedDatabase}) without touching the schema, and sends mail to the SMTP port it is given.
 * Tests read its progress lines ({@code CX-CHILD ...}), tell it to go, and may kill it with SIGKILL.
 * Its output is kept in {@code target/store-process/<name>.log}.
 */
public final class StoreProcess implements AutoCloseable {

    public static final String MARK = "CX-CHILD ";

    private final String name;
    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final PrintWriter stdin;
    private final File log;

    private StoreProcess(String name, Process process, File log) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.stdin = new PrintWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
        Thread reader = new Thread(this::pump, "store-process-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    /** Builder of a store process: what it does, where it sends mail, which settings override the defaults. */
    public static Builder named(String name) {
        return new Builder(name);
    }

    public static final class Builder {
        private final String name;
        private final Map<String, String> settings = new LinkedHashMap<>();
        private final Map<String, String> systemProperties = new LinkedHashMap<>();
        private int smtpPort = BroadleafTestContext.smtpPort();

        private Builder(String name) {
            this.name = name;
            // the schema belongs to the test JVM: a store process must neither create nor drop it
            for (String unit : new String[] {"blPU", "blSecurePU", "blCMSStorage"}) {
                settings.put(unit + ".hibernate.hbm2ddl.auto", "none");
            }
            settings.put("cx.notify.jobs.enabled", "false");
        }

        public Builder smtpPort(int port) {
            this.smtpPort = port;
            return this;
        }

        /** A runtime property (read after the store's own files, through Broadleaf's property-override). */
        public Builder setting(String key, Object value) {
            settings.put(key, String.valueOf(value));
            return this;
        }

        public Builder systemProperty(String key, Object value) {
            systemProperties.put(key, String.valueOf(value));
            return this;
        }

        public StoreProcess start(String... args) throws IOException {
            File dir = new File("target/store-process");
            dir.mkdirs();
            File overrides = new File(dir, name + ".properties");
            Properties p = new Properties();
            p.putAll(settings);
            try (Writer w = Files.newBufferedWriter(overrides.toPath(), StandardCharsets.UTF_8)) {
                p.store(w, "settings of store process " + name);
            }
            List<String> cmd = new ArrayList<>();
            cmd.add(new File(System.getProperty("java.home"), "bin/java").getPath());
            cmd.addAll(jvmFlags());
            cmd.add("-Xmx1g");
            cmd.add("-XX:+UseSerialGC");
            cmd.add("-XX:TieredStopAtLevel=1"); // boots faster on a busy 2-core machine
            cmd.add("-Dproperty-override=" + overrides.getAbsolutePath());
            cmd.add("-Dcx.test.db=" + TestDatabase.current().name().toLowerCase());
            cmd.add("-Dcx.test.smtp.port=" + smtpPort);
            cmd.add("-Dcx.test.processName=" + name);
            String extra = System.getProperty("cx.test.extraContexts", "");
            cmd.add("-Dcx.test.extraContexts=" + (extra.isEmpty() ? "" : extra + ",") + "bl-cx-test-store-process-applicationContext.xml");
            for (Map.Entry<String, String> e : systemProperties.entrySet()) {
                cmd.add("-D" + e.getKey() + "=" + e.getValue());
            }
            cmd.add("-cp");
            cmd.add(testClassPath());
            cmd.add(StoreProcessMain.class.getName());
            for (String a : args) {
                cmd.add(a);
            }
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().put("CX_TEST_DB_URL", SharedDatabase.urlForOtherProcesses());
            File log = new File(dir, name + ".log");
            return new StoreProcess(name, pb.start(), log);
        }
    }

    /** The flags the test JVM got from the surefire argLine (cx.jvm.flags: the --add-opens Broadleaf needs). */
    static List<String> jvmFlags() {
        List<String> flags = new ArrayList<>();
        List<String> args = ManagementFactory.getRuntimeMXBean().getInputArguments();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if ((a.equals("--add-opens") || a.equals("--add-exports")) && i + 1 < args.size()) {
                flags.add(a);
                flags.add(args.get(++i));
            } else if (a.startsWith("--add-opens=") || a.startsWith("--add-exports=") || a.startsWith("-Dfile.encoding=")) {
                flags.add(a);
            }
        }
        if (flags.stream().noneMatch(f -> f.contains("java.base/java.lang="))) {
            // started outside Maven (e.g. an IDE without the argLine): the store would boot broken without them
            flags.add("--add-opens=java.base/java.lang=ALL-UNNAMED");
            flags.add("--add-opens=java.base/java.util=ALL-UNNAMED");
        }
        return flags;
    }

    /** Surefire runs tests through a manifest-only jar; the real classpath is in surefire.test.class.path. */
    static String testClassPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp == null || cp.isEmpty() ? System.getProperty("java.class.path") : cp;
    }

    private void pump() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(log), StandardCharsets.UTF_8), true)) {
            String line;
            while ((line = in.readLine()) != null) {
                out.println(line);
                if (line.startsWith(MARK)) {
                    synchronized (lines) {
                        lines.add(line.substring(MARK.length()));
                        lines.notifyAll();
                    }
                }
            }
        } catch (IOException e) {
            // the process was killed: its pipe breaks
        } finally {
            synchronized (lines) {
                lines.add("<eof>");
                lines.notifyAll();
            }
        }
    }

    /** Waits for a progress line starting with {@code word}; returns the rest of it. */
    public String await(String word, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lines) {
            while (true) {
                for (String l : lines) {
                    if (l.equals(word) || l.startsWith(word + " ")) {
                        return l.substring(word.length()).trim();
                    }
                }
                if (lines.contains("<eof>")) {
                    throw new IllegalStateException("store process " + name + " ended before '" + word + "' (exit "
                            + exitCodeOrNull() + "); see " + log.getAbsolutePath());
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("store process " + name + " did not report '" + word + "' within "
                            + timeout + "; see " + log.getAbsolutePath());
                }
                lines.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    /** Every progress line so far. */
    public List<String> progress() {
        synchronized (lines) {
            return new ArrayList<>(lines);
        }
    }

    public void go() {
        stdin.println("GO");
    }

    /** SIGKILL: no shutdown hooks, no finally blocks, nothing flushed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("store process " + name + " still running after " + timeout + "; see " + log.getAbsolutePath());
        }
        return process.exitValue();
    }

    public long pid() {
        return process.pid();
    }

    public File log() {
        return log;
    }

    private Integer exitCodeOrNull() {
        return process.isAlive() ? null : process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
