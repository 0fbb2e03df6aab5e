package dev.cxplugin.notify.service;

import java.util.LinkedHashMap;
import java.util.Map;

/** The key=value lines a notification carries besides its order (see CxNotificationRequest#detail). */
public final class CxPayload {

    private CxPayload() {
    }

    public static Map<String, String> decode(String payload) {
        Map<String, String> result = new LinkedHashMap<String, String>();
        if (payload == null) {
            return result;
        }
        for (String line : payload.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                result.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return result;
    }
}
