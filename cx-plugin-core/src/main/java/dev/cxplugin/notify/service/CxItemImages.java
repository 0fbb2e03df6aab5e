package dev.cxplugin.notify.service;

import org.broadleafcommerce.common.media.domain.Media;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.annotation.Resource;

/**
 * The primary image of a SKU (else its product's) for the items of an email, as stored (the email makes it
 * absolute). Checkout records only the SKU; the dispatcher asks here, and most SKUs of a store's orders repeat,
 * so answers are kept for a while on each node: a changed image shows in emails within {@link #ttlMillis}.
 * Call inside a transaction or with an open entity manager (a SKU may be loaded).
 */
public class CxItemImages {

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    /** How long an answer is reused. */
    protected long ttlMillis = 10 * 60 * 1000L;

    /** Beyond this many SKUs the cache starts again rather than grow without end. */
    protected int maxEntries = 20000;

    protected final Map<Long, Known> known = new ConcurrentHashMap<Long, Known>();

    public String primaryImageUrl(Long skuId) {
        if (skuId == null) {
            return null;
        }
        long now = System.currentTimeMillis();
        Known k = known.get(skuId);
        if (k != null && k.until > now) {
            return k.url;
        }
        String url = lookUp(skuId);
        if (known.size() >= maxEntries) {
            known.clear();
        }
        known.put(skuId, new Known(url, now + ttlMillis));
        return url;
    }

    /** The SKU's "primary" media (Broadleaf falls back to the product's default SKU), or null. */
    protected String lookUp(Long skuId) {
        Sku sku = catalogService.findSkuById(skuId);
        if (sku == null) {
            return null;
        }
        Media media = sku.getSkuMedia() == null ? null : sku.getSkuMedia().get("primary");
        if (media == null && sku.getProduct() != null && sku.getProduct().getMedia() != null) {
            media = sku.getProduct().getMedia().get("primary");
        }
        return media == null ? null : media.getUrl();
    }

    public void setTtlMillis(long ttlMillis) {
        this.ttlMillis = ttlMillis;
    }

    protected static final class Known {
        final String url;
        final long until;

        Known(String url, long until) {
            this.url = url;
            this.until = until;
        }
    }
}
