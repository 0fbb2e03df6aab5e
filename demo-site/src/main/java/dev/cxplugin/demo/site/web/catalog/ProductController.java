package dev.cxplugin.demo.site.web.catalog;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.web.catalog.ProductHandlerMapping;
import org.broadleafcommerce.core.web.controller.catalog.BroadleafProductController;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.ModelAndView;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Product pages. Broadleaf's {@link ProductHandlerMapping} finds the product by URL ({@code /coffee/<slug>})
 * and hands the request to the bean named exactly {@code blProductController}.
 *
 * <p>Model (from Broadleaf): {@code product}; added here: {@code category} (the product's default
 * category, for the breadcrumb; may be null).</p>
 */
@Controller("blProductController")
public class ProductController extends BroadleafProductController {

    @Override
    public ModelAndView handleRequest(HttpServletRequest request, HttpServletResponse response) throws Exception {
        ModelAndView model = super.handleRequest(request, response);
        Product product = (Product) request.getAttribute(ProductHandlerMapping.CURRENT_PRODUCT_ATTRIBUTE_NAME);
        if (product != null) {
            Category category = product.getDefaultCategory();
            if (category == null && !product.getAllParentCategories().isEmpty()) {
                category = product.getAllParentCategories().get(0);
            }
            model.addObject("category", category);
        }
        return model;
    }
}
