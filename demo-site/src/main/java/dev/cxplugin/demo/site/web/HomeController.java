package dev.cxplugin.demo.site.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import javax.annotation.Resource;

/**
 * The storefront's home page: the category tiles and a grid of featured products.
 * Model: {@code categories} (List&lt;Category&gt;), {@code featuredProducts} (List&lt;Product&gt;).
 */
@Controller("cxDemoHomeController")
public class HomeController {

    public static final int FEATURED_PRODUCTS = 8;

    @Resource(name = "cxStorefront")
    protected StorefrontHelper storefront;

    @RequestMapping(value = "/", method = RequestMethod.GET)
    public String home(Model model) {
        model.addAttribute("categories", storefront.getNavCategories());
        model.addAttribute("featuredProducts", storefront.featuredProducts(FEATURED_PRODUCTS));
        return "catalog/home";
    }
}
