package dev.cxplugin.demo.site.web.content;

import org.apache.commons.lang3.StringUtils;
import org.broadleafcommerce.cms.web.PageHandlerMapping;
import org.broadleafcommerce.cms.web.controller.BroadleafPageController;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.ModelAndView;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * CMS pages made in the admin (Content > Pages). Broadleaf's {@link PageHandlerMapping} finds the page by URL
 * and hands the request to the bean named exactly {@code blPageController}; without this bean any URL that
 * matches a CMS page would fail. The page's template is used when the storefront has it
 * ({@code webTemplates/<templatePath>.html}); otherwise the page renders through {@code content/page}, which
 * shows its "title" and "body" fields inside the store's layout. Model: {@code page} (a PageDTO).
 */
@Controller("blPageController")
public class PageController extends BroadleafPageController {

    public static final String DEFAULT_PAGE_VIEW = "content/page";

    @Override
    public ModelAndView handleRequest(HttpServletRequest request, HttpServletResponse response) throws Exception {
        ModelAndView model = super.handleRequest(request, response);
        String view = model.getViewName();
        if (StringUtils.isBlank(view) || !templateExists(view)) {
            model.setViewName(DEFAULT_PAGE_VIEW);
        }
        return model;
    }

    protected boolean templateExists(String view) {
        String path = "webTemplates/" + StringUtils.removeStart(view, "/") + ".html";
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = PageController.class.getClassLoader();
        }
        return loader.getResource(path) != null;
    }
}
