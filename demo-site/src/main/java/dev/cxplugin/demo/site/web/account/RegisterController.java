package dev.cxplugin.demo.site.web.account;

import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.core.web.controller.account.BroadleafRegisterController;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.broadleafcommerce.profile.web.core.form.RegisterCustomerForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code GET /register} and {@code POST /register}: Broadleaf's registration (email is the user name,
 * password 4-15 letters or digits per Broadleaf's RegisterCustomerValidator); on success the new customer is
 * signed in, keeps the anonymous cart, and is sent to {@code /account} (or to a local {@code successUrl}).
 * Model: {@code registrationForm} (RegisterCustomerForm: customer.firstName, customer.lastName,
 * customer.emailAddress, password, passwordConfirm).
 */
@Controller("cxDemoRegisterController")
public class RegisterController extends BroadleafRegisterController {

    @InitBinder("registrationForm")
    public void initRegistrationBinder(WebDataBinder binder) {
        binder.setAllowedFields("customer.firstName", "customer.lastName", "customer.emailAddress",
            "password", "passwordConfirm", "redirectUrl");
    }

    @ModelAttribute("registrationForm")
    public RegisterCustomerForm registrationForm() {
        return initCustomerRegistrationForm();
    }

    @RequestMapping(value = "/register", method = RequestMethod.GET)
    public String registerPage(@ModelAttribute("registrationForm") RegisterCustomerForm form,
                               HttpServletRequest request, HttpServletResponse response, Model model) {
        Customer customer = CustomerState.getCustomer();
        if (customer != null && customer.isLoggedIn()) {
            return "redirect:/account";
        }
        return register(form, request, response, model);
    }

    @RequestMapping(value = "/register", method = RequestMethod.POST)
    public String registerSubmit(@ModelAttribute("registrationForm") RegisterCustomerForm form, BindingResult errors,
                                 HttpServletRequest request, HttpServletResponse response, Model model)
            throws ServiceException, PricingException {
        if (form.getCustomer() != null && form.getCustomer().getEmailAddress() != null) {
            form.getCustomer().setEmailAddress(form.getCustomer().getEmailAddress().trim());
        }
        String view = processRegister(form, errors, request, response, model);
        // Broadleaf answers "ajaxredirect:/" on success, which only its own view resolver understands
        if (view.startsWith("ajaxredirect:")) {
            return "redirect:/account";
        }
        return view;
    }
}
