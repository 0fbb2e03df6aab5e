package dev.cxplugin.insight.admin;

import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.broadleafcommerce.openadmin.web.controller.entity.AdminBasicEntityController;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Broadleaf's customer screen with a link to the customer's CX timeline above the form. Broadleaf 3.1 serves
 * customers with its generic entity controller; this one answers the same URLs for the "customer" section and
 * changes nothing else.
 */
@Controller("cxAdminCustomerController")
@RequestMapping("/" + CxAdminCustomerController.CUSTOMER_SECTION_KEY)
public class CxAdminCustomerController extends AdminBasicEntityController {

    public static final String CUSTOMER_SECTION_KEY = "customer";

    @Override
    protected String getSectionKey(Map<String, String> pathVars) {
        String key = super.getSectionKey(pathVars);
        return key != null ? key : CUSTOMER_SECTION_KEY;
    }

    @Override
    @RequestMapping(value = "/{id}", method = RequestMethod.GET)
    public String viewEntityForm(HttpServletRequest request, HttpServletResponse response, Model model,
            @PathVariable Map<String, String> pathVars,
            @PathVariable("id") String id) throws Exception {
        String view = super.viewEntityForm(request, response, model, pathVars, id);
        if (!isAjaxRequest(request) && "entityEdit".equals(model.asMap().get("viewType")) && mayReadCustomers()) {
            model.addAttribute("cxCustomerId", id);
            model.addAttribute("viewType", "cx/customerWithTimeline");
        }
        return view;
    }

    protected boolean mayReadCustomers() {
        try {
            adminRemoteSecurityService.securityCheck(Customer.class.getName(), EntityOperationType.FETCH);
            return true;
        } catch (ServiceException e) {
            return false;
        }
    }
}
