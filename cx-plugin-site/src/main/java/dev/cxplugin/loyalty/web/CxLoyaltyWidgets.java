package dev.cxplugin.loyalty.web;

import dev.cxplugin.loyalty.service.CxLoyaltyService;
import dev.cxplugin.loyalty.service.CxLoyaltySummary;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;

import java.math.BigDecimal;

import javax.annotation.Resource;

/**
 * What storefront templates show about points ({@code ${@cxLoyaltyWidgets...}}): what a product or the cart
 * will earn the current shopper (at their tier), and their summary. Never fails a page: no points, no line.
 */
public class CxLoyaltyWidgets {

    @Resource(name = "cxLoyaltyService")
    protected CxLoyaltyService loyaltyService;

    protected boolean enabled = true;

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** Points one of this product earns at its current price; 0 when off or unknown. */
    public long productPoints(Product product) {
        if (!enabled || product == null || product.getDefaultSku() == null) {
            return 0;
        }
        Sku sku = product.getDefaultSku();
        BigDecimal price = sku.getSalePrice() != null ? sku.getSalePrice().getAmount()
                : sku.getRetailPrice() != null ? sku.getRetailPrice().getAmount() : null;
        return price == null ? 0 : loyaltyService.pointsForAmount(price, currentCustomerId());
    }

    /** Points the cart will earn once ordered (merchandise after discounts, no shipping or tax). */
    public long cartPoints(Order cart) {
        if (!enabled || cart == null || cart.getOrderItems() == null || cart.getOrderItems().isEmpty()) {
            return 0;
        }
        return loyaltyService.pointsForOrder(cart, currentCustomerId());
    }

    /** The signed-in shopper's summary (5 latest lines), or null for a guest. */
    public CxLoyaltySummary summary() {
        Long id = currentCustomerId();
        return !enabled || id == null ? null : loyaltyService.summary(id, 5);
    }

    protected Long currentCustomerId() {
        Customer c = CustomerState.getCustomer();
        return c != null && c.isRegistered() ? c.getId() : null;
    }
}
