package dev.cxplugin.common.web;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every storefront text of the plugin exists in English, Arabic and Persian; Arabic and Persian read right to left. */
class CxSiteTextsTest {

    static Properties bundle(String suffix) throws Exception {
        Properties p = new Properties();
        try (InputStream in = CxSiteTextsTest.class.getResourceAsStream("/cx/common/site-messages" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyTextIsTranslatedIntoArabicAndPersian() throws Exception {
        Properties en = bundle("");
        assertTrue(en.size() > 10);
        for (String suffix : new String[] {"_ar", "_fa"}) {
            Properties other = bundle(suffix);
            assertEquals(en.keySet(), other.keySet(), suffix + " has the same keys");
            for (String key : en.stringPropertyNames()) {
                assertNotEquals(en.getProperty(key), other.getProperty(key), suffix + " " + key + " is translated");
                assertFalse(other.getProperty(key).contains("\\u"), "written as UTF-8 text");
            }
        }
    }

    @Test
    void languageAndDirectionFollowTheLocale() {
        CxSiteTexts texts = new CxSiteTexts();
        assertEquals("rtl", texts.dir(new Locale("fa")));
        assertEquals("rtl", texts.dir(new Locale("ar", "EG")));
        assertEquals("ltr", texts.dir(Locale.US));
        assertEquals("en", texts.language(Locale.GERMAN), "a language the plugin has no texts for falls back to English");
        assertEquals("لغو اشتراک", texts.text("cx.unsubscribe.confirm.button", new Locale("fa")));
        assertEquals("Unsubscribe", texts.text("cx.unsubscribe.confirm.button", Locale.US));
        assertEquals("Unsubscribe", texts.text("cx.unsubscribe.confirm.button", Locale.GERMAN));
    }
}
