package dev.cxplugin.notify.service;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import javax.mail.internet.MimeBodyPart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plain-text alternative and the pre-encoded MIME parts, without Broadleaf. */
class CxEmailRendererTest {

    @Test
    void plainTextDropsHeadStyleAndScriptAndEndsLinesWhereBlocksEnd() {
        String html = "<!DOCTYPE html><html><HEAD><title>T</title><style>p{color:red}</style></HEAD>"
                + "<body><script type=\"x\">var a = '<p>';</script><h1>Thank you, Sam!</h1>"
                + "<p>Line one<br/>line two<BR>three</p><div>Order   number:\t <strong>A-1</strong></div>"
                + "<table><tr><td>Mug</td><td>$29.00</td></tr><tr><th>Total</th><td>$29.00</td></tr></table>"
                + "<ul><li>first</li><li>second</li></ul>\n\n   \n<p>  padded  </p></body></html>";
        assertEquals("Thank you, Sam!\nLine one\nline two\nthree\nOrder  number:  A-1\nMug  $29.00\nTotal  $29.00\n"
                + "first\nsecond\npadded\n", CxEmailRenderer.plainText(html));
    }

    @Test
    void plainTextDecodesEntitiesOnceAndKeepsRightToLeftText() {
        String html = "<p>Tea &amp; cake &lt;3 &quot;fresh&quot; &#39;now&#39; &#x41;&#66;&nbsp;x &amp;lt; &bogus; a < b</p>"
                + "<p dir=\"rtl\">شكراً لك يا Layla!</p>";
        assertEquals("Tea & cake <3 \"fresh\" 'now' AB x &lt; &bogus; a < b\nشكراً لك يا Layla!\n",
                CxEmailRenderer.plainText(html));
    }

    @Test
    void plainTextOfAnEmptyOrTagOnlyDocumentIsEmpty() {
        assertEquals("", CxEmailRenderer.plainText(""));
        assertEquals("", CxEmailRenderer.plainText("<html><head><title>x</title></head><body> <br/> </body></html>"));
    }

    @Test
    void partsAreEncodedAsJavaMailWouldAndDecodeBackToTheText() throws Exception {
        String ascii = "Thank you, Sam!\nOrder 42: $29.00\n";
        String mostlyAscii = "<p style=\"margin:0;font-size:13px;color:#7a6a58;\">شكراً</p>\n".repeat(20);
        String arabic = "شكراً لك يا ليلى، طلبك في الطريق\n".repeat(20);
        String longLine = "x".repeat(1200);
        assertPart(ascii, "text/plain", "7bit");
        assertPart(mostlyAscii, "text/html", "quoted-printable");
        assertPart(arabic, "text/plain", "base64");
        assertPart(longLine, "text/plain", "quoted-printable");
    }

    static void assertPart(String content, String type, String encoding) throws Exception {
        MimeBodyPart part = CxEmailRenderer.encodedPart(content, type);
        assertEquals(encoding, part.getEncoding());
        assertTrue(part.getContentType().startsWith(type + "; charset=UTF-8"), part.getContentType());
        // quoted-printable carries line ends as CRLF, as JavaMail's own encoding does
        assertEquals(content, part.getContent().toString().replace("\r\n", "\n"), "decodes back to the text");
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        part.writeTo(raw);
        for (String line : raw.toString(StandardCharsets.ISO_8859_1).split("\r?\n")) {
            assertTrue(line.length() <= 998, "no line over 998 octets");
            if (!"7bit".equals(encoding)) {
                assertFalse(line.chars().anyMatch(c -> c > 127), "only ASCII on the wire");
            }
        }
    }
}
