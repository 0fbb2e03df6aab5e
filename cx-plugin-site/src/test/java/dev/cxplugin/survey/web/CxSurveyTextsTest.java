package dev.cxplugin.survey.web;

import dev.cxplugin.common.web.CxSiteTexts;
import dev.cxplugin.survey.type.CxSurveyKind;
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

/** Every survey text exists in English, Arabic and Persian, including each page text and each refusal reason. */
class CxSurveyTextsTest {

    static Properties bundle(String suffix) throws Exception {
        Properties p = new Properties();
        try (InputStream in = CxSurveyTextsTest.class.getResourceAsStream("/cx/survey/site-messages" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyTextIsTranslatedIntoArabicAndPersian() throws Exception {
        Properties en = bundle("");
        for (String suffix : new String[] {"_ar", "_fa"}) {
            Properties other = bundle(suffix);
            assertEquals(en.keySet(), other.keySet(), suffix + " has the same keys");
            for (String key : en.stringPropertyNames()) {
                assertNotEquals(en.getProperty(key), other.getProperty(key), suffix + " " + key + " is translated");
            }
        }
    }

    @Test
    void thePagesAndEveryKindFindTheirTexts() throws Exception {
        Properties en = bundle("");
        for (String key : CxSurveyController.PAGE_TEXTS) {
            assertTrue(en.containsKey("cx.survey.page." + key), key);
        }
        for (CxSurveyKind kind : CxSurveyKind.all()) {
            for (String key : new String[] {"question", "low", "high", "reason"}) {
                assertTrue(en.containsKey(kind.messagePrefix() + key), kind + " " + key);
            }
        }
    }

    @Test
    void theQuestionNamesTheStoreInEachLanguage() {
        CxSiteTexts texts = new CxSiteTexts();
        texts.setBasenames("classpath:cx/survey/site-messages");
        assertEquals("How likely are you to recommend Bean & Leaf to a friend or colleague?",
                texts.text("cx.survey.nps.question", Locale.ENGLISH, "Bean & Leaf"));
        assertTrue(texts.text("cx.survey.nps.question", new Locale("ar"), "Bean & Leaf").contains("Bean & Leaf"));
        assertTrue(texts.text("cx.survey.ces.question", new Locale("fa"), "Bean & Leaf").startsWith("Bean & Leaf"));
        assertFalse(texts.text("cx.survey.scoreLabel", new Locale("ar"), 9, 10).isEmpty());
    }
}
