package dev.cxplugin.common.contact;

import dev.cxplugin.common.link.CxLinkClaims;
import dev.cxplugin.common.link.CxSignedLinkService;

import java.util.Date;

import javax.annotation.Resource;
import javax.mail.MessagingException;
import javax.mail.internet.MimeMessage;

/**
 * The unsubscribe link every non-transactional email carries (in its footer and in the
 * {@code List-Unsubscribe} header with {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click}, RFC 8058).
 * It is signed for purpose {@value #PURPOSE}, valid {@code cx.contact.unsubscribeValidityDays} (default two
 * years: people unsubscribe from old emails) and not single use: a second click changes nothing.
 */
public class CxUnsubscribeLinks {

    public static final String PURPOSE = "unsubscribe";
    public static final String PATH = "/cx/unsubscribe";

    @Resource(name = "cxSignedLinkService")
    protected CxSignedLinkService signedLinkService;

    protected String siteBaseUrl;
    protected int validityDays = 730;

    /** The absolute URL for {@code List-Unsubscribe} and the email's footer. */
    public String unsubscribeUrl(Long customerId) {
        String base = siteBaseUrl == null ? "" : siteBaseUrl.trim();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        // the token is base64url with a dot: nothing in it needs escaping in a query string
        return base + PATH + "?t=" + unsubscribeToken(customerId);
    }

    /**
     * Adds {@code List-Unsubscribe: <url>} and {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click} (RFC 8058)
     * for this customer. Only on non-transactional emails; the DKIM signature must cover both headers for mailbox
     * providers to offer one-click unsubscribe. Returns the URL, for the email's footer.
     */
    public String addListUnsubscribeHeaders(MimeMessage message, Long customerId) throws MessagingException {
        String url = unsubscribeUrl(customerId);
        message.setHeader("List-Unsubscribe", "<" + url + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return url;
    }

    public String unsubscribeToken(Long customerId) {
        if (customerId == null) {
            throw new IllegalArgumentException("an unsubscribe link needs a customer");
        }
        return signedLinkService.sign(new CxLinkClaims(PURPOSE, customerId,
                new Date(System.currentTimeMillis() + validityDays * 86_400_000L)));
    }

    public void setSignedLinkService(CxSignedLinkService signedLinkService) {
        this.signedLinkService = signedLinkService;
    }

    public void setSiteBaseUrl(String siteBaseUrl) {
        this.siteBaseUrl = siteBaseUrl;
    }

    public void setValidityDays(int validityDays) {
        if (validityDays < 1) {
            throw new IllegalArgumentException("cx.contact.unsubscribeValidityDays must be at least 1, is " + validityDays);
        }
        this.validityDays = validityDays;
    }
}
