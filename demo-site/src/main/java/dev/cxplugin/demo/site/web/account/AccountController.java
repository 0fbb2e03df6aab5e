package dev.cxplugin.demo.site.web.account;

import dev.cxplugin.common.web.CxEmailPreferences;
import dev.cxplugin.common.web.CxEmailPreferencesForm;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.web.controller.account.BroadleafOrderHistoryController;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Locale;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * The signed-in customer's account (Spring Security also guards {@code /account/**}).
 * <ul>
 *   <li>{@code GET /account}: {@code account/account}, model {@code orders} (the customer's submitted orders,
 *       newest first) and Broadleaf's request attribute {@code customer};</li>
 *   <li>{@code GET /account/orders/<orderNumber>}: {@code account/orderDetails}, model {@code order}; only the
 *       customer's own orders, anything else redirects to {@code /account}.</li>
 *   <li>{@code POST /account/email-preferences} (with the CSRF token): the "Email preferences" form, checked and
 *       saved by the plugin's {@code cxEmailPreferences}; back to {@code /account} with {@code emailPrefsSaved}
 *       or {@code emailPrefsErrors} and the posted {@code emailPrefs}.</li>
 * </ul>
 */
@Controller("cxDemoAccountController")
public class AccountController extends BroadleafOrderHistoryController {

    @Resource(name = "cxEmailPreferences")
    protected CxEmailPreferences emailPreferences;

    @RequestMapping(value = "/account", method = RequestMethod.GET)
    public String account(HttpServletRequest request, Model model) {
        if (!signedIn()) {
            return "redirect:/login";
        }
        viewOrderHistory(request, model);
        @SuppressWarnings("unchecked")
        java.util.List<Order> orders = (java.util.List<Order>) model.asMap().get("orders");
        if (orders != null) {
            java.util.List<Order> sorted = new java.util.ArrayList<Order>(orders);
            java.util.Collections.sort(sorted, new java.util.Comparator<Order>() {
                @Override
                public int compare(Order a, Order b) {
                    if (a.getSubmitDate() == null || b.getSubmitDate() == null) {
                        return a.getSubmitDate() == null ? (b.getSubmitDate() == null ? 0 : 1) : -1;
                    }
                    return b.getSubmitDate().compareTo(a.getSubmitDate());
                }
            });
            model.addAttribute("orders", sorted);
        }
        if (!model.containsAttribute("emailPrefs")) {
            // after a refused post the flash attributes bring back what the customer typed
            model.addAttribute("emailPrefs", emailPreferences.read(CustomerState.getCustomer().getId()));
        }
        return "account/account";
    }

    @RequestMapping(value = "/account/orders/{orderNumber}", method = RequestMethod.GET)
    public String orderDetails(@PathVariable("orderNumber") String orderNumber, HttpServletRequest request, Model model) {
        if (!signedIn()) {
            return "redirect:/login";
        }
        Order order = orderService.findOrderByOrderNumber(orderNumber);
        Customer customer = CustomerState.getCustomer();
        if (order == null || order.getCustomer() == null || !order.getCustomer().getId().equals(customer.getId())) {
            return "redirect:/account";
        }
        model.addAttribute("order", order);
        return "account/orderDetails";
    }

    @RequestMapping(value = "/account/email-preferences", method = RequestMethod.POST)
    public String saveEmailPreferences(HttpServletRequest request, RedirectAttributes redirect) {
        Customer customer = CustomerState.getCustomer();
        // a remembered ("cookied") visitor may look, only a signed-in one may change what we send them
        if (customer == null || !customer.isLoggedIn()) {
            return "redirect:/login";
        }
        CxEmailPreferencesForm form = new CxEmailPreferencesForm();
        form.setReceiveOccasional(request.getParameter("receiveOccasional") != null);
        form.setBirthDate(request.getParameter("birthDate"));
        List<String> errors = emailPreferences.save(customer.getId(), form, locale());
        if (errors.isEmpty()) {
            redirect.addFlashAttribute("emailPrefsSaved", emailPreferences.savedMessage(locale()));
        } else {
            redirect.addFlashAttribute("emailPrefs", form);
            redirect.addFlashAttribute("emailPrefsErrors", errors);
        }
        return "redirect:/account#email-preferences";
    }

    protected Locale locale() {
        BroadleafRequestContext brc = BroadleafRequestContext.getBroadleafRequestContext();
        return brc != null && brc.getJavaLocale() != null ? brc.getJavaLocale() : Locale.ENGLISH;
    }

    protected boolean signedIn() {
        Customer customer = CustomerState.getCustomer();
        return customer != null && (customer.isLoggedIn() || customer.isCookied());
    }
}
