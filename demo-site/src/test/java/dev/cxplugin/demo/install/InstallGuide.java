package dev.cxplugin.demo.install;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the blocks of docs/INSTALL.md marked {@code <!-- install:NAME -->}: the lines of the code block after each marker. */
final class InstallGuide {

    private static final Pattern BLOCK = Pattern.compile("<!-- install:([a-z-]+) -->\\s*```[a-z]*\\n(.*?)```", Pattern.DOTALL);

    final Map<String, List<String>> blocks = new LinkedHashMap<>();

    InstallGuide(Path file) throws IOException {
        Matcher m = BLOCK.matcher(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        while (m.find()) {
            List<String> lines = new ArrayList<>();
            for (String line : m.group(2).split("\n")) {
                if (!line.trim().isEmpty()) {
                    lines.add(line.trim());
                }
            }
            blocks.put(m.group(1), lines);
        }
    }

    static InstallGuide load() throws IOException {
        Path file = Path.of("../docs/INSTALL.md");
        if (!Files.exists(file)) {
            file = Path.of("docs/INSTALL.md");
        }
        return new InstallGuide(file);
    }

    List<String> block(String name) {
        List<String> lines = blocks.get(name);
        if (lines == null || lines.isEmpty()) {
            throw new AssertionError("docs/INSTALL.md has no install:" + name + " block");
        }
        return lines;
    }

    /** "classpath:/x.xml" as Broadleaf's merge context wants it: a class path resource name. */
    static String resourceName(String location) {
        return location.replaceFirst("^classpath\\*?:/?", "").replaceFirst("^/", "");
    }
}
