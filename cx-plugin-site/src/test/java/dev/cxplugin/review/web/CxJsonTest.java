package dev.cxplugin.review.web;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class CxJsonTest {

    @Test
    void reviewTextCannotCloseTheScriptElementOrBreakTheJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reviewBody", "</script><script>alert(1)</script> \"quoted\" & more\nline");
        m.put("ratingValue", 5);
        m.put("items", Arrays.asList("a", null, true));
        String json = CxJson.write(m);
        assertFalse(json.contains("</script"), json);
        assertFalse(json.contains("<"), json);
        assertEquals("{\"reviewBody\":\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\\"quoted\\\" "
                + "\\u0026 more\\nline\",\"ratingValue\":5,\"items\":[\"a\",null,true]}", json);
    }

    @Test
    void arabicAndPersianTextStaysReadable() {
        assertEquals("\"قهوة عالی\"", CxJson.write("قهوة عالی"));
    }
}
