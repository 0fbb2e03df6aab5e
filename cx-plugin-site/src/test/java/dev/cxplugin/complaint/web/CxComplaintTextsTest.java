package dev.cxplugin.complaint.web;

import dev.cxplugin.common.web.CxSiteTexts;
import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every text of the complaint pages and emails exists in English, Arabic and Persian, and is translated. */
class CxComplaintTextsTest {

    @Test
    void everyPageTextIsTranslatedIntoArabicAndPersian() {
        CxSiteTexts texts = new CxSiteTexts();
        texts.setBasenames("classpath:cx/complaint/site-messages");
        for (String key : CxComplaintController.TEXTS) {
            String en = texts.text("complaint." + key, Locale.ENGLISH);
            assertFalse(en.isEmpty(), key);
            for (String lang : new String[] {"ar", "fa"}) {
                String t = texts.text("complaint." + key, new Locale(lang));
                assertNotEquals(en, t, key + " in " + lang);
            }
        }
        assertEquals("rtl", texts.dir(new Locale("fa")));
    }

    @Test
    void everyEmailTextExistsInTheThreeLanguages() throws Exception {
        Properties en = load("cx/complaint/messages.properties");
        Properties ar = load("cx/complaint/messages_ar.properties");
        Properties fa = load("cx/complaint/messages_fa.properties");
        assertTrue(en.size() >= 25);
        assertEquals(en.keySet(), ar.keySet());
        assertEquals(en.keySet(), fa.keySet());
        for (Object key : en.keySet()) {
            assertNotEquals(en.get(key), ar.get(key), key + " in ar");
            assertNotEquals(en.get(key), fa.get(key), key + " in fa");
        }
    }

    static Properties load(String path) throws Exception {
        Properties p = new Properties();
        try (InputStreamReader r = new InputStreamReader(CxComplaintTextsTest.class.getClassLoader().getResourceAsStream(path),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
