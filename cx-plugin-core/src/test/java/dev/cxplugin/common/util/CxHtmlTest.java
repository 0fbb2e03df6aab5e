package dev.cxplugin.common.util;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class CxHtmlTest {

    @Test
    void escapesTheFiveCharactersThatOpenOrEndMarkup() {
        assertEquals("&lt;b title=&quot;a&#39;b&quot;&gt;Tea &amp; cake&lt;/b&gt;", CxHtml.escape("<b title=\"a'b\">Tea & cake</b>"));
        assertEquals("شاي &amp; كعك", CxHtml.escape("شاي & كعك"));
    }

    @Test
    void leavesOtherTextAloneAndNullEmpty() {
        String plain = "Ethiopian coffee, 250 g — ١٢٫٥٠";
        assertSame(plain, CxHtml.escape(plain), "nothing to escape: no copy");
        assertEquals("", CxHtml.escape((String) null));
        assertEquals("x", CxHtml.escape(new StringBuilder("x"), null).toString());
        assertEquals("x12&amp;", CxHtml.escape(new StringBuilder("x"), "12&").toString());
    }
}
