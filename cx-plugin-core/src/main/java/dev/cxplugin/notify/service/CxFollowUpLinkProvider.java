package dev.cxplugin.notify.service;

import dev.cxplugin.notify.domain.CxNotification;
import org.broadleafcommerce.core.catalog.domain.Product;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Supplies the links of the follow-up email after delivery: where to review each product and the NPS
 * question's eleven answer links (0-10). The surveys and reviews capability provides the signed links; without
 * a provider the email links to each product page and asks no NPS question.
 */
public interface CxFollowUpLinkProvider {

    /** The link to review this product for this order, or null to use the product page. */
    String reviewUrl(CxNotification notification, Product product);

    /** Eleven maps with "label" and "url", 0 to 10; empty to leave the question out. */
    List<Map<String, String>> npsLinks(CxNotification notification, Locale locale);
}
