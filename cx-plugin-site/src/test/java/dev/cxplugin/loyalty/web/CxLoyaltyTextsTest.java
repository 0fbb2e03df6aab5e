package dev.cxplugin.loyalty.web;

import dev.cxplugin.common.web.CxSiteTexts;
import dev.cxplugin.loyalty.domain.CxLoyaltyEntryImpl;
import dev.cxplugin.loyalty.type.CxLoyaltyBonus;
import dev.cxplugin.loyalty.type.CxLoyaltyEntryKind;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Every rewards text exists in English, Arabic and Persian, and each ledger line's label finds its text. */
class CxLoyaltyTextsTest {

    static Properties bundle(String suffix) throws Exception {
        Properties p = new Properties();
        try (InputStream in = CxLoyaltyTextsTest.class.getResourceAsStream("/cx/loyalty/site-messages" + suffix + ".properties")) {
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
                if (key.startsWith("rewards.kind.")) {
                    assertNotEquals(en.getProperty(key), other.getProperty(key), suffix + " " + key + " is translated");
                }
            }
        }
    }

    @Test
    void eachBonusIsNamedByItsSourceAndOtherLinesByTheirKind() {
        CxSiteTexts texts = new CxSiteTexts();
        texts.setBasenames("classpath:cx/loyalty/site-messages");
        String[][] expected = {
                {"signup", "Welcome bonus", "مكافأة الترحيب", "پاداش خوش‌آمدگویی"},
                {"birthday", "Birthday bonus", "مكافأة عيد الميلاد", "پاداش تولد"},
                {"review", "Review bonus", "مكافأة المراجعة", "پاداش نظر"},
                {"complaint", "Apology bonus", "مكافأة الاعتذار", "پاداش عذرخواهی"}};
        for (String[] e : expected) {
            String label = entry("BONUS", CxLoyaltyBonus.getInstance(e[0]).key(42)).getLabel();
            assertEquals("BONUS." + e[0], label);
            assertEquals(e[1], texts.text("rewards.kind." + label, Locale.ENGLISH));
            assertEquals(e[2], texts.text("rewards.kind." + label, new Locale("ar")));
            assertEquals(e[3], texts.text("rewards.kind." + label, new Locale("fa")));
        }
        // a bonus of an unknown source, or any other kind, keeps the kind's own text
        assertEquals("Bonus", texts.text("rewards.kind." + entry("BONUS", "BONUS:test:1").getLabel(), Locale.ENGLISH));
        for (CxLoyaltyEntryKind kind : CxLoyaltyEntryKind.all()) {
            String label = entry(kind.getType(), kind.getType() + ":x:1").getLabel();
            assertEquals(kind.getType(), label);
            assertFalse(texts.text("rewards.kind." + label, new Locale("fa")).isEmpty(), label);
        }
    }

    static CxLoyaltyEntryImpl entry(String kind, String key) {
        CxLoyaltyEntryImpl e = new CxLoyaltyEntryImpl();
        e.setKind(kind);
        e.setEntryKey(key);
        return e;
    }
}
