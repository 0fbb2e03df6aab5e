package dev.cxplugin.demo.site.web.catalog;

import org.apache.commons.lang3.StringUtils;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.web.controller.catalog.BroadleafSearchController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code GET /search?q=...}: Broadleaf's search over {@code blSearchService}, which is
 * {@code DatabaseSearchServiceImpl} while Solr is not configured (a case-insensitive LIKE on the default
 * SKU's name and long description of active products).
 *
 * <p>Model (Broadleaf's names): {@code products}, {@code facets}, {@code result}, {@code originalQuery}.
 * If the search service throws, the products are matched here by name and description instead, and
 * {@code searchFallback} is set to true. In a language other than the store's default, products whose translated
 * name matches are added to Broadleaf's results. An empty query redirects to the home page (Broadleaf's behavior).</p>
 */
@Controller("cxDemoSearchController")
public class SearchController extends BroadleafSearchController {

    private static final Log LOG = LogFactory.getLog(SearchController.class);

    @RequestMapping(value = "/search", method = RequestMethod.GET)
    public String searchPage(Model model, HttpServletRequest request, HttpServletResponse response,
                             @RequestParam(value = "q", required = false) String query) throws Exception {
        String view;
        try {
            view = super.search(model, request, response, query);
        } catch (RuntimeException e) {
            LOG.warn("blSearchService failed for '" + query + "', matching products by name instead: " + e);
            String term = StringUtils.trimToEmpty(query);
            model.addAttribute(PRODUCTS_ATTRIBUTE_NAME, fallbackSearch(term));
            model.addAttribute(ORIGINAL_QUERY_ATTRIBUTE_NAME, term);
            model.addAttribute("searchFallback", true);
            return getSearchView();
        }
        if (getSearchView().equals(view) && !isDefaultLocale()) {
            // the database search only sees the default-language names; add products whose translated
            // name or description (Broadleaf's translations for the current locale) match
            addTranslatedMatches(model);
        }
        return view;
    }

    @SuppressWarnings("unchecked")
    protected void addTranslatedMatches(Model model) {
        Object query = model.asMap().get(ORIGINAL_QUERY_ATTRIBUTE_NAME);
        if (!(query instanceof String)) {
            return;
        }
        List<Product> found = (List<Product>) model.asMap().get(PRODUCTS_ATTRIBUTE_NAME);
        Set<Product> merged = new LinkedHashSet<Product>();
        if (found != null) {
            merged.addAll(found);
        }
        merged.addAll(fallbackSearch((String) query));
        model.addAttribute(PRODUCTS_ATTRIBUTE_NAME, new ArrayList<Product>(merged));
    }

    protected boolean isDefaultLocale() {
        BroadleafRequestContext brc = BroadleafRequestContext.getBroadleafRequestContext();
        if (brc == null || brc.getLocale() == null) {
            return true;
        }
        return Boolean.TRUE.equals(brc.getLocale().getDefaultFlag());
    }

    /**
     * Active products whose name, description or long description (as read in the current locale, so
     * translated where Broadleaf has a translation) contain {@code term}, ignoring case.
     */
    protected List<Product> fallbackSearch(String term) {
        List<Product> matches = new ArrayList<Product>();
        if (term.isEmpty()) {
            return matches;
        }
        String needle = term.toLowerCase(Locale.ROOT);
        for (Product product : catalogService.findAllProducts()) {
            if (!product.isActive()) {
                continue;
            }
            String text = StringUtils.defaultString(product.getName()) + " "
                + StringUtils.defaultString(product.getDescription()) + " "
                + StringUtils.defaultString(product.getLongDescription());
            if (text.toLowerCase(Locale.ROOT).contains(needle)) {
                matches.add(product);
            }
        }
        return matches;
    }
}
