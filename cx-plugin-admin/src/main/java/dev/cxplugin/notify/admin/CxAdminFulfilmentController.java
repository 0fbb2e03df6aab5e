package dev.cxplugin.notify.admin;

import dev.cxplugin.notify.domain.CxOrderFulfilment;
import dev.cxplugin.notify.service.CxFulfilmentEventRequest;
import dev.cxplugin.notify.service.CxFulfilmentEventService;
import dev.cxplugin.notify.service.CxFulfilmentException;
import dev.cxplugin.notify.service.CxFulfilmentResult;
import dev.cxplugin.notify.type.CxFulfilmentEventType;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import dev.cxplugin.common.admin.CxAdminSectionController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * "Order updates": staff find an order by its number, see its items, fulfilment state and event history, and
 * record what happened to it (shipped, new promised date, delivered, cancelled, return requested / received,
 * refund issued) through {@link CxFulfilmentEventService}, which also queues the customer's email.
 * Each action form carries an event id made when the page is rendered, so a double submit records once.
 * Viewing needs READ and recording needs UPDATE on {@link CxOrderFulfilment} (admin SQL: both CX roles and
 * ROLE_ADMIN have ALL); every POST passes Broadleaf's CSRF filter.
 */
@Controller("cxAdminFulfilmentController")
@RequestMapping("/" + CxAdminFulfilmentController.SECTION_KEY)
public class CxAdminFulfilmentController extends CxAdminSectionController {

    private static final Log LOG = LogFactory.getLog(CxAdminFulfilmentController.class);

    public static final String SECTION_KEY = "cx-fulfilment";
    protected static final String CEILING_ENTITY = CxOrderFulfilment.class.getName();


    @Override
    protected String ceilingEntity() {
        return CEILING_ENTITY;
    }

    @Resource(name = "cxFulfilmentEventService")
    protected CxFulfilmentEventService fulfilmentService;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    /** The search form; with {@code orderNumber} it opens that order or says it does not exist. */
    @RequestMapping(value = "", method = RequestMethod.GET)
    public String search(HttpServletRequest request, HttpServletResponse response, Model model,
            @RequestParam(value = "orderNumber", required = false) String orderNumber) throws IOException {
        if (!isPermitted(EntityOperationType.FETCH)) {
            return forbidden(response);
        }
        if (orderNumber != null && !orderNumber.trim().isEmpty()) {
            Order order = orderService.findOrderByOrderNumber(orderNumber.trim());
            if (order != null) {
                // before any model attribute: a redirect would carry them along as query parameters
                return "redirect:/" + SECTION_KEY + "/" + order.getId();
            }
            model.addAttribute("cxOrderNumber", orderNumber.trim());
            model.addAttribute("cxError", "cx.fulfilment.error.unknownOrderNumber");
            model.addAttribute("cxErrorArgs", new Object[] {orderNumber.trim(), ""});
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        setModelAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", "cx/fulfilmentSearch");
        return "modules/defaultContainer";
    }

    @RequestMapping(value = "/{orderId}", method = RequestMethod.GET)
    public String viewOrder(HttpServletRequest request, HttpServletResponse response, Model model,
            @PathVariable("orderId") String orderId) throws IOException {
        if (!isPermitted(EntityOperationType.FETCH)) {
            return forbidden(response);
        }
        Order order = findOrder(orderId);
        if (order == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No order " + orderId);
            return null;
        }
        setModelAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", "cx/fulfilmentOrder");
        model.addAttribute("cxOrder", order);
        model.addAttribute("cxMayRecord", isPermitted(EntityOperationType.UPDATE));
        model.addAttribute("cxActions", actionForms());
        model.addAttribute("cxFulfilment", fulfilmentService.readFulfilment(order.getId()));
        model.addAttribute("cxEvents", fulfilmentService.readEvents(order.getId()));
        return "modules/defaultContainer";
    }

    /** Records one action; whatever the outcome, back to the order's page with what happened (POST-redirect-GET). */
    @RequestMapping(value = "/{orderId}", method = RequestMethod.POST)
    public String record(HttpServletRequest request, HttpServletResponse response,
            @PathVariable("orderId") String orderId, RedirectAttributes ra) throws IOException {
        if (!isPermitted(EntityOperationType.UPDATE)) {
            return forbidden(response);
        }
        Order order = findOrder(orderId);
        if (order == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No order " + orderId);
            return null;
        }
        String back = "redirect:/" + SECTION_KEY + "/" + order.getId();
        CxFulfilmentEventRequest event;
        try {
            event = new CxAdminFulfilmentForm(singleValues(request)).toRequest(order.getId(), orderedQuantities(order),
                    currentLogin());
        } catch (CxAdminInputException e) {
            flashError(ra, e.getMessageKey(), e.getArguments());
            return back;
        }
        try {
            CxFulfilmentResult result = fulfilmentService.record(event);
            LOG.info("Order " + order.getOrderNumber() + ": " + event.getType() + " recorded by " + event.getActor()
                    + (result.isDuplicate() ? " (repeated submit, recorded once)" : ""));
            ra.addFlashAttribute("cxMessage", result.isDuplicate() ? "cx.fulfilment.done.duplicate" : "cx.fulfilment.done");
            ra.addFlashAttribute("cxMessageArgs", new Object[] {friendly(event.getType()),
                    result.getNotificationId() == null ? "-" : result.getNotificationId()});
            ra.addFlashAttribute("cxCompensationCode", result.getCompensationCode());
        } catch (CxFulfilmentException e) {
            flashError(ra, "cx.fulfilment.error.service", e.getCode().name(), e.getMessage());
        }
        return back;
    }

    /** One form per event type, each with an event id of its own made now. */
    protected List<Map<String, String>> actionForms() {
        List<Map<String, String>> forms = new ArrayList<Map<String, String>>();
        Collection<CxFulfilmentEventType> types = CxFulfilmentEventType.all();
        for (CxFulfilmentEventType type : types) {
            Map<String, String> form = new LinkedHashMap<String, String>();
            form.put("type", type.getType());
            form.put("friendlyType", type.getFriendlyType());
            form.put("eventId", UUID.randomUUID().toString());
            forms.add(form);
        }
        return forms;
    }

    protected Map<Long, Integer> orderedQuantities(Order order) {
        Map<Long, Integer> quantities = new LinkedHashMap<Long, Integer>();
        for (OrderItem item : order.getOrderItems()) {
            quantities.put(item.getId(), item.getQuantity());
        }
        return quantities;
    }

    protected Order findOrder(String orderId) {
        try {
            return orderService.findOrderById(Long.valueOf(orderId));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    protected static Map<String, String> singleValues(HttpServletRequest request) {
        Map<String, String> values = new LinkedHashMap<String, String>();
        for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
            values.put(e.getKey(), e.getValue() == null || e.getValue().length == 0 ? null : e.getValue()[0]);
        }
        return values;
    }

    protected static String friendly(CxFulfilmentEventType type) {
        return type == null ? "" : type.getFriendlyType();
    }

    protected void flashError(RedirectAttributes ra, String key, Object... args) {
        Object[] padded = new Object[] {"", ""};
        for (int i = 0; i < args.length && i < padded.length; i++) {
            padded[i] = args[i];
        }
        ra.addFlashAttribute("cxError", key);
        ra.addFlashAttribute("cxErrorArgs", padded);
    }

}
