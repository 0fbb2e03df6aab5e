package dev.cxplugin.common.contact;

import dev.cxplugin.common.link.CxLinkClaims;
import dev.cxplugin.common.link.CxSignedLinkServiceImpl;
import org.junit.jupiter.api.Test;

import java.util.Properties;

import javax.mail.Session;
import javax.mail.internet.MimeMessage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The unsubscribe URL and the RFC 8058 headers a non-transactional email carries. */
class CxUnsubscribeLinksTest {

    static CxUnsubscribeLinks links(String base) {
        CxSignedLinkServiceImpl signer = new CxSignedLinkServiceImpl();
        signer.setConfiguredSecret("unsubscribe-test-secret-0123456789abcdef");
        signer.init();
        CxUnsubscribeLinks l = new CxUnsubscribeLinks();
        l.setSignedLinkService(signer);
        l.setSiteBaseUrl(base);
        return l;
    }

    @Test
    void theUrlIsTheStoresUnsubscribePageWithATokenForTheCustomer() throws Exception {
        CxUnsubscribeLinks l = links("https://shop.example.com/");
        String url = l.unsubscribeUrl(77L);
        assertTrue(url.startsWith("https://shop.example.com/cx/unsubscribe?t="), url);
        CxLinkClaims claims = l.signedLinkService.verify(url.substring(url.indexOf("t=") + 2), "unsubscribe");
        assertEquals(77L, claims.getCustomerId());
        long days = (claims.getExpiresAt().getTime() - System.currentTimeMillis()) / 86_400_000L;
        assertTrue(days >= 729 && days <= 730, "two years by default, got " + days);
    }

    @Test
    void headersFollowRfc8058() throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        String url = links("http://localhost:8080").addListUnsubscribeHeaders(m, 5L);
        assertEquals("<" + url + ">", m.getHeader("List-Unsubscribe", null));
        assertEquals("List-Unsubscribe=One-Click", m.getHeader("List-Unsubscribe-Post", null));
        assertTrue(url.startsWith("http://localhost:8080/cx/unsubscribe?t="));
    }

    @Test
    void badSettingsAndMissingCustomerAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> links("http://x").unsubscribeUrl(null));
        assertThrows(IllegalArgumentException.class, () -> new CxUnsubscribeLinks().setValidityDays(0));
    }
}
