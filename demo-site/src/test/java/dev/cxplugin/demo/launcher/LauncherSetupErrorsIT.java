package dev.cxplugin.demo.launcher;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad setup ends the demo launcher with one clear line and a non-zero exit, before anything boots. */
class LauncherSetupErrorsIT {

    static final List<String> FLAGS = Arrays.asList("--add-opens", "java.base/java.lang=ALL-UNNAMED",
            "--add-opens", "java.base/java.util=ALL-UNNAMED");

    @Test
    void portInUseNamesThePortAndTheSettingToChange() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            Result r = launch(FLAGS, Map.of("CX_PORT", String.valueOf(taken.getLocalPort())));
            assertEquals(2, r.exit, r.output);
            assertTrue(r.output.contains("port " + taken.getLocalPort() + " is already in use"), r.output);
            assertTrue(r.output.contains("CX_PORT"), r.output);
        }
    }

    @Test
    void unreachableDatabaseNamesItsUrl() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:1/nowhere";
        Result r = launch(FLAGS, Map.of("CX_PORT", String.valueOf(MailCatcher.freePort()), "CX_DB_URL", url));
        assertEquals(2, r.exit, r.output);
        assertTrue(r.output.contains("Cannot reach the database at " + url), r.output);
    }

    @Test
    void missingJvmFlagsAreNamed() throws Exception {
        Result r = launch(List.of(), Map.of("CX_PORT", String.valueOf(MailCatcher.freePort())));
        assertEquals(2, r.exit, r.output);
        assertTrue(r.output.contains("--add-opens java.base/java.lang=ALL-UNNAMED"), r.output);
    }

    static final class Result {
        final int exit;
        final String output;

        Result(int exit, String output) {
            this.exit = exit;
            this.output = output;
        }
    }

    static Result launch(List<String> jvmFlags, Map<String, String> env) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        cmd.addAll(jvmFlags);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(DemoLauncher.class.getName());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("CX_DATA_DIR", new File("target/it-bad-setup").getAbsolutePath());
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("launcher did not exit");
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.exitValue(), out);
    }
}
