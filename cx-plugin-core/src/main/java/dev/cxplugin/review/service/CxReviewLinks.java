package dev.cxplugin.review.service;

import dev.cxplugin.common.link.CxInvalidLinkException;
import dev.cxplugin.common.link.CxLinkClaims;
import dev.cxplugin.common.link.CxSignedLinkService;
import dev.cxplugin.notify.domain.CxNotification;
import dev.cxplugin.notify.service.CxReviewLinkProvider;
import org.broadleafcommerce.core.catalog.domain.Product;

import java.util.Date;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;

/**
 * The follow-up email's "review this product" links: signed (HMAC over purpose, customer, order, product and
 * expiry), single use (consumed when the review is stored), valid {@code cx.review.linkValidityDays} (60).
 */
public class CxReviewLinks implements CxReviewLinkProvider {

    public static final String PURPOSE = "review";

    @Resource(name = "cxSignedLinkService")
    protected CxSignedLinkService signedLinkService;

    @Resource(name = "cxReviewSettings")
    protected CxReviewSettings settings;

    @Override
    public String reviewUrl(CxNotification notification, Product product) {
        if (notification.getCustomerId() == null || product == null) {
            return null;
        }
        return url(token(notification.getCustomerId(), notification.getOrderId(), product.getId()));
    }

    public String token(Long customerId, Long orderId, Long productId) {
        CxLinkClaims claims = new CxLinkClaims(PURPOSE, customerId,
                new Date(System.currentTimeMillis() + TimeUnit.DAYS.toMillis(settings.getLinkValidityDays())));
        claims.setOrderId(orderId);
        claims.setProductId(productId);
        return signedLinkService.sign(claims);
    }

    public String url(String token) {
        return settings.getSiteBaseUrl() + settings.getWritePath() + "?t=" + token;
    }

    /** The link's claims if genuine, unexpired and for a review of a product; does not use it up. */
    public CxLinkClaims verify(String token) throws CxInvalidLinkException {
        return check(signedLinkService.verify(token, PURPOSE));
    }

    /** As {@link #verify} and marks it used, in the caller's transaction (the one storing the review). */
    public CxLinkClaims consume(String token) throws CxInvalidLinkException {
        return check(signedLinkService.consume(token, PURPOSE));
    }

    protected CxLinkClaims check(CxLinkClaims claims) throws CxInvalidLinkException {
        if (claims.getCustomerId() == null || claims.getProductId() == null) {
            throw new CxInvalidLinkException(CxInvalidLinkException.Reason.MALFORMED, "a review link names a customer and a product");
        }
        return claims;
    }
}
