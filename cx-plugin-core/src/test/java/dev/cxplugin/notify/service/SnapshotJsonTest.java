package dev.cxplugin.notify.service;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The snapshot's hand-written JSON reads back with Jackson to the same values, whatever the names hold. */
class SnapshotJsonTest {

    @Test
    void namesWithQuotesBackslashesLineBreaksAndNonLatinTextReadBackUnchanged() {
        Map<String, Object> item = new LinkedHashMap<String, Object>();
        item.put("name", "Mug \"Classic\" \\ 12 oz\nline\ttab \u0001 قهوة عربية \u2028 ☕");
        item.put("quantity", 3);
        item.put("price", "12.50");
        item.put("image", null);
        Map<String, Object> snap = new LinkedHashMap<String, Object>();
        snap.put("v", 1);
        snap.put("currency", "USD");
        snap.put("firstName", "</script><b>Zoë</b>");
        snap.put("items", Arrays.asList(item));
        snap.put("address", Arrays.asList("1 Main St", "Tehran"));

        String json = CxOrderEmailModel.encodeSnapshot(snap);

        assertFalse(json.contains("\n"), "one payload line");
        Map<String, Object> back = CxOrderEmailModel.decodeSnapshot(json);
        assertEquals(snap.get("firstName"), back.get("firstName"));
        Map<?, ?> backItem = (Map<?, ?>) ((List<?>) back.get("items")).get(0);
        assertEquals(item.get("name"), backItem.get("name"));
        assertEquals(3, ((Number) backItem.get("quantity")).intValue());
        assertEquals("12.50", backItem.get("price"));
        assertEquals(null, backItem.get("image"));
        assertEquals(Arrays.asList("1 Main St", "Tehran"), back.get("address"));
    }

    @Test
    void aValueASnapshotCannotHoldIsRefused() {
        Map<String, Object> snap = new LinkedHashMap<String, Object>();
        snap.put("when", new java.util.Date());
        assertThrows(IllegalStateException.class, () -> CxOrderEmailModel.encodeSnapshot(snap));
    }
}
