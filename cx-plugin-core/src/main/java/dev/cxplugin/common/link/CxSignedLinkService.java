package dev.cxplugin.common.link;

/**
 * Links a customer can follow from an email without signing in: an HMAC-signed token carrying the
 * purpose, the customer (and optionally order and product) and an expiry. Used by unsubscribe links,
 * review invitations and one-click survey answers.
 */
public interface CxSignedLinkService {

    /** A URL-safe token for these claims, signed with the store's secret ({@code cx.link.secret}). */
    String sign(CxLinkClaims claims);

    /**
     * The claims of a token that is genuine, unexpired and made for {@code purpose}; otherwise
     * {@link CxInvalidLinkException} with the reason. Does not use the link up.
     */
    CxLinkClaims verify(String token, String purpose) throws CxInvalidLinkException;

    /**
     * As {@link #verify}, then marks the link used, in the caller's transaction: a second call for the same
     * token fails with {@link CxInvalidLinkException} (reason USED), also when two requests race.
     */
    CxLinkClaims consume(String token, String purpose) throws CxInvalidLinkException;
}
