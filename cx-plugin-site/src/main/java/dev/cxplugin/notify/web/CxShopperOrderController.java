package dev.cxplugin.notify.web;

import dev.cxplugin.notify.service.CxFulfilmentEventRequest;
import dev.cxplugin.notify.service.CxFulfilmentEventService;
import dev.cxplugin.notify.service.CxFulfilmentException;
import dev.cxplugin.notify.type.CxFulfilmentEventType;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

/**
 * A signed-in shopper cancels an order that has not shipped, or asks to return a delivered one, from their
 * account. The same fulfilment service records it (source "storefront") and emails the acknowledgement.
 * Someone else's order, or one that does not exist, is a 404 and nothing changes; the store's CSRF filter
 * guards these POSTs like any other.
 */
@Controller
public class CxShopperOrderController {

    public static final int MAX_REASON = 500;

    @Resource(name = "cxFulfilmentEventService")
    protected CxFulfilmentEventService fulfilmentEventService;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    /** Where the shopper goes back to; {orderNumber} is replaced. */
    protected String orderPage = "/account/orders/{orderNumber}";

    @RequestMapping(value = "/cx/orders/{orderNumber}/cancel", method = RequestMethod.POST)
    public String cancel(@PathVariable("orderNumber") String orderNumber, @RequestParam("eventId") String eventId,
            @RequestParam(value = "reason", required = false) String reason, HttpServletResponse response) throws IOException {
        return act(CxFulfilmentEventType.CANCELLED, orderNumber, eventId, reason, response);
    }

    @RequestMapping(value = "/cx/orders/{orderNumber}/return", method = RequestMethod.POST)
    public String requestReturn(@PathVariable("orderNumber") String orderNumber, @RequestParam("eventId") String eventId,
            @RequestParam(value = "reason", required = false) String reason, HttpServletResponse response) throws IOException {
        return act(CxFulfilmentEventType.RETURN_REQUESTED, orderNumber, eventId, reason, response);
    }

    protected String act(CxFulfilmentEventType type, String orderNumber, String eventId, String reason,
            HttpServletResponse response) throws IOException {
        Customer customer = CustomerState.getCustomer();
        if (customer == null || !(customer.isLoggedIn() || customer.isCookied()) || !customer.isRegistered()) {
            return "redirect:/login";
        }
        Order order = orderService.findOrderByOrderNumber(orderNumber);
        if (order == null || order.getCustomer() == null || !order.getCustomer().getId().equals(customer.getId())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        }
        String outcome;
        if (eventId == null || eventId.trim().isEmpty() || eventId.length() > 100) {
            outcome = "invalid";
        } else if (reason != null && reason.length() > MAX_REASON) {
            outcome = "reasonTooLong";
        } else {
            try {
                fulfilmentEventService.record(new CxFulfilmentEventRequest(type, "storefront", "shopper:" + customer.getId() + ":" + eventId.trim())
                        .setOrderId(order.getId())
                        .setReason(reason == null || reason.trim().isEmpty() ? null : reason.trim())
                        .setActor("customer " + customer.getId()));
                outcome = CxFulfilmentEventType.CANCELLED.equals(type) ? "cancelled" : "returnRequested";
            } catch (CxFulfilmentException e) {
                outcome = e.getCode() == CxFulfilmentException.Code.WRONG_STATE ? "notAllowed" : "invalid";
            }
        }
        return "redirect:" + orderPage.replace("{orderNumber}", orderNumber) + "?cx=" + outcome;
    }

    public void setOrderPage(String orderPage) {
        this.orderPage = orderPage;
    }
}
