package dev.cxplugin.common.config;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import javax.annotation.PostConstruct;

/**
 * Names the plugin, its version and the capabilities switched on, once per context at start-up,
 * so a merchant reading the log knows what is running.
 */
public class CxPluginInfo {

    private static final Log LOG = LogFactory.getLog(CxPluginInfo.class);

    public static final List<String> CAPABILITIES = Collections.unmodifiableList(
            Arrays.asList("notify", "review", "survey", "complaint", "loyalty", "insight"));

    protected final Map<String, Boolean> features = new LinkedHashMap<String, Boolean>();
    protected String name = "CX for Broadleaf";
    protected String version = "unknown";

    public CxPluginInfo() {
        Properties props = new Properties();
        InputStream in = CxPluginInfo.class.getResourceAsStream("/META-INF/cx-plugin-version.properties");
        if (in != null) {
            try {
                props.load(in);
                name = props.getProperty("cx.plugin.name", name);
                version = props.getProperty("cx.plugin.version", version);
            } catch (IOException e) {
                LOG.warn("Could not read the CX plugin version", e);
            } finally {
                try { in.close(); } catch (IOException ignored) { }
            }
        }
    }

    /** Values come from {@code cx.<capability>.enabled} properties (see config/bc/cx/common-shared.properties). */
    public void setFeatures(Map<String, String> settings) {
        features.clear();
        for (String capability : CAPABILITIES) {
            String value = settings == null ? null : settings.get(capability);
            features.put(capability, value == null || value.trim().isEmpty() || Boolean.parseBoolean(value.trim()));
        }
    }

    @PostConstruct
    public void logStartup() {
        LOG.info(startupLine());
    }

    public String startupLine() {
        List<String> on = new ArrayList<String>();
        List<String> off = new ArrayList<String>();
        for (Map.Entry<String, Boolean> e : features.entrySet()) {
            (e.getValue() ? on : off).add(e.getKey());
        }
        return name + " " + version + " started; features enabled: " + join(on)
                + (off.isEmpty() ? "" : "; disabled: " + join(off));
    }

    public boolean isEnabled(String capability) {
        Boolean value = features.get(capability);
        return value != null && value;
    }

    public String getName() { return name; }

    public String getVersion() { return version; }

    public Map<String, Boolean> getFeatures() { return Collections.unmodifiableMap(features); }

    private static String join(List<String> items) {
        if (items.isEmpty()) {
            return "none";
        }
        StringBuilder sb = new StringBuilder();
        for (String item : items) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(item);
        }
        return sb.toString();
    }
}
