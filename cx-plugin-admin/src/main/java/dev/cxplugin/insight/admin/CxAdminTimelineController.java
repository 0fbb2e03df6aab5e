package dev.cxplugin.insight.admin;

import dev.cxplugin.insight.timeline.CxCustomerTimeline;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.io.IOException;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

/**
 * A customer's timeline: orders, emails, order updates, reviews, survey answers, complaints and points, newest
 * first, each linking to its page. Anyone who may read customers may read their timeline.
 */
@Controller("cxAdminTimelineController")
@RequestMapping("/" + CxAdminTimelineController.SECTION_KEY)
public class CxAdminTimelineController extends AdminAbstractController {

    public static final String SECTION_KEY = "cx-timeline";
    protected static final int MAX_ENTRIES = 300;

    @Resource(name = "cxCustomerTimeline")
    protected CxCustomerTimeline timeline;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @RequestMapping(value = "/{customerId}", method = RequestMethod.GET)
    public String view(HttpServletResponse response, Model model, @PathVariable("customerId") String customerId) throws IOException {
        try {
            adminRemoteSecurityService.securityCheck(Customer.class.getName(), EntityOperationType.FETCH);
        } catch (ServiceException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Not allowed for this admin user");
            return null;
        }
        Customer customer = customerId.matches("-?\\d{1,18}") ? customerService.readCustomerById(Long.valueOf(customerId)) : null;
        if (customer == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such customer");
            return null;
        }
        setModelAttributes(model, "customer");
        model.addAttribute("cxCustomer", customer);
        model.addAttribute("cxEntries", timeline.entries(customer.getId(), MAX_ENTRIES));
        model.addAttribute("cxMaxEntries", MAX_ENTRIES);
        model.addAttribute("viewType", "cx/customerTimeline");
        return "modules/defaultContainer";
    }
}
