package dev.cxplugin.demo.site.web.checkout;

import org.broadleafcommerce.core.web.controller.checkout.BroadleafOrderConfirmationController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code GET /confirmation/<orderNumber>}: {@code checkout/confirmation} with model {@code order}. Broadleaf
 * shows an order only to the customer who placed it (same session for a guest); anyone else goes home.
 */
@Controller("cxDemoConfirmationController")
public class ConfirmationController extends BroadleafOrderConfirmationController {

    @RequestMapping(value = "/confirmation/{orderNumber}", method = RequestMethod.GET)
    public String confirmation(@PathVariable("orderNumber") String orderNumber, Model model,
                               HttpServletRequest request, HttpServletResponse response) {
        String view = displayOrderConfirmationByOrderNumber(orderNumber, model, request, response);
        return view == null ? "redirect:/" : view;
    }
}
