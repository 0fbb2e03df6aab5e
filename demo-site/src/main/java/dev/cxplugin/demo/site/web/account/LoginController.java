package dev.cxplugin.demo.site.web.account;

import org.broadleafcommerce.core.web.controller.account.BroadleafLoginController;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code GET /login}: the sign-in form ({@code authentication/login}). The form posts {@code j_username},
 * {@code j_password} and {@code csrfToken} to Spring Security's {@code /login_post.htm}; a failure comes back
 * as {@code /login?error=true}. Signing out is Spring Security's {@code /logout}. A signed-in customer is
 * sent to the account page.
 */
@Controller("cxDemoLoginController")
public class LoginController extends BroadleafLoginController {

    @Override
    @RequestMapping(value = "/login", method = RequestMethod.GET)
    public String login(HttpServletRequest request, HttpServletResponse response, Model model) {
        Customer customer = CustomerState.getCustomer();
        if (customer != null && customer.isLoggedIn()) {
            return "redirect:/account";
        }
        return super.login(request, response, model);
    }
}
