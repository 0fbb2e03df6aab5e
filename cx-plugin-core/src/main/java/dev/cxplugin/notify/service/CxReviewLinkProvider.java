package dev.cxplugin.notify.service;

import dev.cxplugin.notify.domain.CxNotification;
import org.broadleafcommerce.core.catalog.domain.Product;

/**
 * Where the follow-up email after delivery sends a customer to review a product. The reviews capability
 * provides a signed link; without a provider the email links to the product page.
 */
public interface CxReviewLinkProvider {

    /** The link to review this product for this notification's order, or null to use the product page. */
    String reviewUrl(CxNotification notification, Product product);
}
