package dev.cxplugin.notify.admin;

import dev.cxplugin.notify.domain.CxOrderFulfilment;
import org.broadleafcommerce.admin.web.controller.entity.AdminOrderController;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Broadleaf's order screen with a link to the order's "Order updates" page above the form, for staff allowed
 * to record them. It replaces {@code blAdminOrderController} (same bean id); everything else is Broadleaf's.
 * A store with its own order controller extends this class instead of {@link AdminOrderController}.
 */
@Controller("blAdminOrderController")
@RequestMapping("/" + CxAdminOrderController.ORDER_SECTION_KEY)
public class CxAdminOrderController extends AdminOrderController {

    public static final String ORDER_SECTION_KEY = "order";

    @Override
    @RequestMapping(value = "/{id}", method = RequestMethod.GET)
    public String viewEntityForm(HttpServletRequest request, HttpServletResponse response, Model model,
            @PathVariable Map<String, String> pathVars,
            @PathVariable("id") String id) throws Exception {
        String view = super.viewEntityForm(request, response, model, pathVars, id);
        if (!isAjaxRequest(request) && "entityEdit".equals(model.asMap().get("viewType")) && mayReadFulfilment()) {
            model.addAttribute("cxOrderId", id);
            model.addAttribute("viewType", "cx/orderWithUpdates");
        }
        return view;
    }

    protected boolean mayReadFulfilment() {
        try {
            adminRemoteSecurityService.securityCheck(CxOrderFulfilment.class.getName(), EntityOperationType.FETCH);
            return true;
        } catch (ServiceException e) {
            return false;
        }
    }
}
