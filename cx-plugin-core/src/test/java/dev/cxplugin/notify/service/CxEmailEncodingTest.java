package dev.cxplugin.notify.service;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import javax.mail.internet.MimeBodyPart;
import javax.mail.internet.MimeUtility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The body encoders the dispatcher uses instead of JavaMail's streams: JavaMail's decoders read back the text. */
class CxEmailEncodingTest {

    @Test
    void quotedPrintableReadsBackAsTheTextWithCrlfLineBreaks() throws Exception {
        String text = "Thanks, Sam = dear customer \t\nOrder 1234:\tشكراً لطلبك\r\nTrailing space \n"
                + "x".repeat(200) + "\n" + "=".repeat(40) + "\nend ";
        byte[] encoded = CxEmailRenderer.quotedPrintable(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(text.replace("\r\n", "\n").replace("\n", "\r\n"), decode(encoded, "quoted-printable"));
        assertLinesWithinMimeRules(encoded);
    }

    @Test
    void quotedPrintableSurvivesRandomText() throws Exception {
        Random random = new Random(42);
        String alphabet = "abc XYZ=\t\n.-€سلامé";
        for (int round = 0; round < 200; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(400); i > 0; i--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            byte[] encoded = CxEmailRenderer.quotedPrintable(text.getBytes(StandardCharsets.UTF_8));
            assertEquals(text.replace("\n", "\r\n"), decode(encoded, "quoted-printable"), "round " + round);
            assertLinesWithinMimeRules(encoded);
        }
    }

    @Test
    void base64IsMimeBase64() throws Exception {
        String text = "سلام، سفارش شما ثبت شد. ".repeat(30);
        byte[] encoded = CxEmailRenderer.base64(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(text, decode(encoded, "base64"));
        assertLinesWithinMimeRules(encoded);
    }

    @Test
    void aPartChoosesItsEncodingByContent() throws Exception {
        assertEquals("7bit", CxEmailRenderer.encodedPart("plain ascii", "text/plain").getEncoding());
        assertEquals("quoted-printable", CxEmailRenderer.encodedPart("mostly ascii, café", "text/plain").getEncoding());
        MimeBodyPart arabic = CxEmailRenderer.encodedPart("شكراً لطلبك من متجرنا", "text/plain");
        assertEquals("base64", arabic.getEncoding());
        assertEquals("شكراً لطلبك من متجرنا", arabic.getContent());
    }

    private static String decode(byte[] encoded, String encoding) throws Exception {
        try (InputStream in = MimeUtility.decode(new ByteArrayInputStream(encoded), encoding)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Lines end with CRLF, are at most 76 characters, and none ends in a bare space or tab. */
    private static void assertLinesWithinMimeRules(byte[] encoded) {
        String s = new String(encoded, StandardCharsets.US_ASCII);
        assertTrue(s.replace("\r\n", "").indexOf('\n') < 0 && s.replace("\r\n", "").indexOf('\r') < 0, "only CRLF breaks");
        for (String line : s.split("\r\n", -1)) {
            assertTrue(line.length() <= 76, "line of " + line.length() + ": " + line);
            assertTrue(!line.endsWith(" ") && !line.endsWith("\t"), "trailing whitespace: [" + line + "]");
        }
    }
}
