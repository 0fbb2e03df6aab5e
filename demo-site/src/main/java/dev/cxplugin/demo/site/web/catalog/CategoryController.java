package dev.cxplugin.demo.site.web.catalog;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.web.catalog.CategoryHandlerMapping;
import org.broadleafcommerce.core.web.controller.catalog.BroadleafCategoryController;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.ModelAndView;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.List;

/**
 * Category pages. Broadleaf's {@link CategoryHandlerMapping} finds the category by URL ({@code /coffee})
 * and hands the request to the bean named exactly {@code blCategoryController}; Broadleaf's controller asks
 * {@code blSearchService} (the database implementation while Solr is off) for the products.
 *
 * <p>Model: {@code category}, {@code products}, {@code facets}, {@code result} (Broadleaf's names). If the
 * search service fails (for instance the database service does not support {@code ?q=} inside a category),
 * the page falls back to the category's active products instead of answering 500.</p>
 */
@Controller("blCategoryController")
public class CategoryController extends BroadleafCategoryController {

    private static final Log LOG = LogFactory.getLog(CategoryController.class);

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @Override
    public ModelAndView handleRequest(HttpServletRequest request, HttpServletResponse response) throws Exception {
        try {
            return super.handleRequest(request, response);
        } catch (RuntimeException e) {
            Category category = (Category) request.getAttribute(CategoryHandlerMapping.CURRENT_CATEGORY_ATTRIBUTE_NAME);
            if (category == null) {
                throw e;
            }
            LOG.warn("Category search failed for " + category.getUrl() + ", listing the category's products instead: " + e);
            List<Product> products;
            try {
                products = catalogService.findActiveProductsByCategory(category);
            } catch (RuntimeException again) {
                LOG.warn("Could not list the products of " + category.getUrl(), again);
                products = Collections.emptyList();
            }
            ModelAndView model = new ModelAndView(getDefaultCategoryView());
            model.addObject(CATEGORY_ATTRIBUTE_NAME, category);
            model.addObject(PRODUCTS_ATTRIBUTE_NAME, products);
            return model;
        }
    }
}
