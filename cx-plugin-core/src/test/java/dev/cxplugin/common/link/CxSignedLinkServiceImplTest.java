package dev.cxplugin.common.link;

import dev.cxplugin.common.link.CxInvalidLinkException.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signing and checking alone, with a configured secret (no database). Single use is in SignedLinkDatabaseTest. */
class CxSignedLinkServiceImplTest {

    static final String SECRET = "a-test-secret-that-is-long-enough-0123456789";
    CxSignedLinkServiceImpl links;

    static CxSignedLinkServiceImpl withSecret(String secret) {
        CxSignedLinkServiceImpl s = new CxSignedLinkServiceImpl();
        s.setConfiguredSecret(secret);
        s.init();
        return s;
    }

    @BeforeEach
    void setUp() {
        links = withSecret(SECRET);
    }

    CxLinkClaims review(long customer, long order, long product, long expiresInMillis) {
        CxLinkClaims c = new CxLinkClaims("review", customer, new Date(System.currentTimeMillis() + expiresInMillis));
        c.setOrderId(order);
        c.setProductId(product);
        return c;
    }

    @Test
    void aSignedLinkVerifiesWithEveryClaim() throws Exception {
        CxLinkClaims claims = review(42L, 7001L, 55L, 3_600_000L);
        claims.getExtra().put("score", "9");
        String token = links.sign(claims);
        assertTrue(token.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"), "URL-safe, nothing to escape: " + token);

        CxLinkClaims back = links.verify(token, "review");
        assertEquals("review", back.getPurpose());
        assertEquals(42L, back.getCustomerId());
        assertEquals(7001L, back.getOrderId());
        assertEquals(55L, back.getProductId());
        assertEquals(claims.getExpiresAt().getTime() / 1000, back.getExpiresAt().getTime() / 1000);
        assertEquals("9", back.getExtra().get("score"));
    }

    @Test
    void missingIdsStayMissingAndDefaultExpiryIsSixtyDays() throws Exception {
        CxLinkClaims back = links.verify(links.sign(new CxLinkClaims("unsubscribe", 3L, null)), "unsubscribe");
        assertNull(back.getOrderId());
        assertNull(back.getProductId());
        long days = (back.getExpiresAt().getTime() - System.currentTimeMillis()) / 86_400_000L;
        assertTrue(days == 59 || days == 60, "default validity 60 days, got " + days);
    }

    @Test
    void aLinkSignedWithAnotherKeyIsForged() {
        String foreign = withSecret("another-secret-of-enough-length-987654321").sign(review(42L, 1L, 1L, 60_000L));
        assertEquals(Reason.FORGED, reason(foreign, "review"));
    }

    @Test
    void changingAnyClaimBreaksTheSignature() {
        String token = links.sign(review(42L, 7001L, 55L, 60_000L));
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String otherCustomer = payload.replace("|42|", "|43|");
        assertNotEquals(payload, otherCustomer);
        String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(otherCustomer.getBytes(StandardCharsets.UTF_8))
                + "." + parts[1];
        assertEquals(Reason.FORGED, reason(tampered, "review"));

        // a flipped signature character, too
        char last = token.charAt(token.length() - 2);
        String flipped = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
        assertEquals(Reason.FORGED, reason(flipped, "review"));
    }

    @Test
    void anExpiredLinkIsRefused() {
        assertEquals(Reason.EXPIRED, reason(links.sign(review(1L, 1L, 1L, -1_000L)), "review"));
    }

    @Test
    void aLinkForAnotherPurposeIsRefused() {
        String token = links.sign(review(1L, 1L, 1L, 60_000L));
        assertEquals(Reason.WRONG_PURPOSE, reason(token, "unsubscribe"));
        assertEquals(Reason.WRONG_PURPOSE, reason(token, null));
    }

    @Test
    void malformedTokensAreRefusedAsSuch() {
        String good = links.sign(review(1L, 1L, 1L, 60_000L));
        for (String bad : new String[] {null, "", ".", "abc", "abc.", ".abc", "a.b.c", good + "." + good,
                "%%%.###", "<script>alert(1)</script>", good.replace('.', ' '), repeat('A', 5000) + ".AA"}) {
            assertEquals(Reason.MALFORMED, reason(bad, "review"), "token: " + bad);
        }
    }

    @Test
    void aSecondSpellingOfTheSameBytesIsNotAccepted() {
        // base64 without padding: the last character's unused low bits must be zero; another value decodes to
        // the same bytes and would let one link be used twice under two spellings
        String token = links.sign(review(1L, 1L, 1L, 60_000L));
        String sig = token.substring(token.indexOf('.') + 1);
        assertEquals(43, sig.length(), "32 bytes -> 43 characters, 2 unused bits");
        char c = sig.charAt(42);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        char sibling = alphabet.charAt(alphabet.indexOf(c) ^ 1);
        String respelled = token.substring(0, token.length() - 1) + sibling;
        assertTrue(java.util.Arrays.equals(Base64.getUrlDecoder().decode(sig),
                Base64.getUrlDecoder().decode(respelled.substring(respelled.indexOf('.') + 1))), "same bytes");
        assertEquals(Reason.MALFORMED, reason(respelled, "review"));
    }

    @Test
    void badClaimsCannotBeSigned() {
        assertThrows(IllegalArgumentException.class, () -> links.sign(null));
        assertThrows(IllegalArgumentException.class, () -> links.sign(new CxLinkClaims(null, 1L, null)));
        assertThrows(IllegalArgumentException.class, () -> links.sign(new CxLinkClaims("re|view", 1L, null)));
        CxLinkClaims withPipe = new CxLinkClaims("review", 1L, null);
        withPipe.getExtra().put("score", "9|customer=2");
        assertThrows(IllegalArgumentException.class, () -> links.sign(withPipe));
    }

    @Test
    void aShortConfiguredSecretStopsTheStartWithAClearMessage() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> withSecret("too-short"));
        assertTrue(e.getMessage().contains("cx.link.secret") && e.getMessage().contains("32"), e.getMessage());
    }

    private Reason reason(String token, String purpose) {
        return assertThrows(CxInvalidLinkException.class, () -> links.verify(token, purpose)).getReason();
    }

    private static String repeat(char c, int n) {
        return String.valueOf(c).repeat(n);
    }
}
