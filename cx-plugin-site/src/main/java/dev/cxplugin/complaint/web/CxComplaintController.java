package dev.cxplugin.complaint.web;

import dev.cxplugin.common.link.CxInvalidLinkException;
import dev.cxplugin.common.link.CxLinkClaims;
import dev.cxplugin.common.link.CxSignedLinkService;
import dev.cxplugin.common.web.CxSiteTexts;
import dev.cxplugin.complaint.domain.CxComplaint;
import dev.cxplugin.complaint.domain.CxComplaintMessage;
import dev.cxplugin.complaint.service.CxComplaintClock;
import dev.cxplugin.complaint.service.CxComplaintException;
import dev.cxplugin.complaint.service.CxComplaintFiling;
import dev.cxplugin.complaint.service.CxComplaintService;
import dev.cxplugin.complaint.service.CxComplaintServiceImpl;
import dev.cxplugin.complaint.type.CxComplaintCategory;
import dev.cxplugin.complaint.type.CxComplaintStatus;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.text.DateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The shopper's side of the complaints desk, one self-contained template {@code cx/complaints}:
 * <ul>
 *   <li>{@code GET /complaints}: "My complaints" (signed in);</li>
 *   <li>{@code GET /complaints/new[?order=<number>]}, {@code POST /complaints}: "Report a problem" about an order
 *       and its items (signed in), or as a guest with the order number and its email;</li>
 *   <li>{@code GET /complaints/<reference>[?t=<signed token from an email>]}: the complaint and its public thread;
 *       {@code POST /complaints/<reference>/reply}: the customer writes back (reopens a waiting or resolved one).</li>
 * </ul>
 * Someone else's complaint (or a forged token) is a 404 and changes nothing; bad input is a 400 page that keeps
 * what was typed; the store's CSRF filter guards the POSTs (the forms carry the token through {@code blc:form}).
 */
@Controller
public class CxComplaintController {

    protected static final String[] TEXTS = {"title", "mine", "none", "report", "reportFor", "guestIntro", "reference",
        "status", "category", "order", "orderNumber", "email", "items", "description", "descriptionHint", "submit",
        "expected", "expectedWithin", "answered", "thread", "you", "staff", "reply", "replySend", "replyHint", "filed",
        "filedGuest", "notFound", "closed", "created", "compensation", "back", "account", "signIn", "error.INVALID",
        "error.NOT_FOUND", "error.WRONG_STATE", "error.FORBIDDEN", "replied", "chooseOrder", "noOrder",
        "status.NEW", "status.OPEN", "status.PENDING_CUSTOMER", "status.ON_HOLD", "status.RESOLVED", "status.CLOSED",
        "category.LATE_DELIVERY", "category.DAMAGED_ITEM", "category.WRONG_ITEM", "category.MISSING_ITEM",
        "category.REFUND", "category.OTHER", "category.NPS_DETRACTOR", "category.LOW_RATING_REVIEW",
        "category.DELIVERY_DELAY"};

    @Resource(name = "cxComplaintService")
    protected CxComplaintService complaintService;

    @Resource(name = "cxSignedLinkService")
    protected CxSignedLinkService signedLinks;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "cxComplaintTexts")
    protected CxSiteTexts texts;

    protected String viewName = "cx/complaints";
    /** the longest description or reply a form accepts (the service has its own limit too) */
    protected int maxLength = 5000;

    @RequestMapping(value = "/complaints", method = RequestMethod.GET)
    public String mine(HttpServletRequest request, HttpServletResponse response, Model model) {
        Customer customer = signedIn();
        if (customer == null) {
            return "redirect:/login";
        }
        List<Map<String, Object>> rows = new ArrayList<Map<String, Object>>();
        Locale locale = locale(request, customer);
        for (CxComplaint c : complaintService.readForCustomer(customer.getId())) {
            rows.add(row(c, locale));
        }
        model.addAttribute("cxComplaints", rows);
        return page(request, response, model, customer, "list");
    }

    @RequestMapping(value = "/complaints/new", method = RequestMethod.GET)
    public String form(HttpServletRequest request, HttpServletResponse response, Model model,
            @RequestParam(value = "order", required = false) String orderNumber) {
        Customer customer = signedIn();
        Map<String, Object> form = new LinkedHashMap<String, Object>();
        form.put("orderNumber", orderNumber);
        if (customer != null && orderNumber != null) {
            Order order = orderService.findOrderByOrderNumber(orderNumber);
            if (!ownOrder(order, customer)) {
                return notFound(request, response, model, customer);
            }
        }
        return formPage(request, response, model, customer, form, null);
    }

    @RequestMapping(value = "/complaints", method = RequestMethod.POST)
    public String file(HttpServletRequest request, HttpServletResponse response, Model model,
            @RequestParam(value = "orderNumber", required = false) String orderNumber,
            @RequestParam(value = "email", required = false) String email,
            @RequestParam(value = "category", required = false) String category,
            @RequestParam(value = "item", required = false) List<Long> items,
            @RequestParam(value = "description", required = false) String description) {
        Customer customer = signedIn();
        Map<String, Object> form = new LinkedHashMap<String, Object>();
        form.put("orderNumber", orderNumber);
        form.put("email", email);
        form.put("category", category);
        form.put("description", description);
        form.put("items", items);
        if (description != null && description.length() > maxLength) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            form.put("description", description.substring(0, maxLength));
            return formPage(request, response, model, customer, form, "INVALID");
        }
        CxComplaintFiling filing = customer != null
                ? CxComplaintFiling.byCustomer(customer.getId()).orderNumber(blank(orderNumber) ? null : orderNumber.trim())
                : CxComplaintFiling.byGuest(email, orderNumber);
        filing.items(items).category(category).description(description).locale(locale(request, customer).getLanguage());
        CxComplaint c;
        try {
            c = complaintService.file(filing);
        } catch (CxComplaintException e) {
            response.setStatus(e.getCode() == CxComplaintException.Code.NOT_FOUND ? HttpServletResponse.SC_NOT_FOUND
                    : HttpServletResponse.SC_BAD_REQUEST);
            return formPage(request, response, model, customer, form, e.getCode().name());
        }
        if (customer == null) {
            // a guest has no list to go back to: the confirmation page names the reference; the email carries the link
            model.addAttribute("cxReference", c.getReference());
            return page(request, response, model, null, "filedGuest");
        }
        return "redirect:/complaints/" + c.getReference() + "?filed=1";
    }

    @RequestMapping(value = "/complaints/{reference}", method = RequestMethod.GET)
    public String show(HttpServletRequest request, HttpServletResponse response, Model model,
            @PathVariable("reference") String reference, @RequestParam(value = "t", required = false) String token) {
        Customer customer = signedIn();
        CxComplaint c = accessible(reference, customer, token);
        if (c == null) {
            if (customer == null && blank(token)) {
                return "redirect:/login";
            }
            return notFound(request, response, model, customer);
        }
        return detail(request, response, model, customer, c, token, null);
    }

    @RequestMapping(value = "/complaints/{reference}/reply", method = RequestMethod.POST)
    public String reply(HttpServletRequest request, HttpServletResponse response, Model model,
            @PathVariable("reference") String reference, @RequestParam(value = "t", required = false) String token,
            @RequestParam(value = "body", required = false) String body) {
        Customer customer = signedIn();
        CxComplaint c = accessible(reference, customer, token);
        if (c == null) {
            return notFound(request, response, model, customer);
        }
        if (body != null && body.length() > maxLength) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return detail(request, response, model, customer, c, token, "INVALID");
        }
        try {
            complaintService.customerReply(c.getId(), c.getCustomerId(), body);
        } catch (CxComplaintException e) {
            response.setStatus(e.getCode() == CxComplaintException.Code.WRONG_STATE ? HttpServletResponse.SC_CONFLICT
                    : HttpServletResponse.SC_BAD_REQUEST);
            return detail(request, response, model, customer, complaintService.read(c.getId()), token, e.getCode().name());
        }
        return "redirect:/complaints/" + c.getReference() + "?replied=1" + (blank(token) ? "" : "&t=" + token);
    }

    // ---------------------------------------------------------------- helpers

    /** The complaint when the signed-in customer owns it or the token was made for it; else null. */
    protected CxComplaint accessible(String reference, Customer customer, String token) {
        if (reference == null || reference.length() > 20) {
            return null;
        }
        CxComplaint c = complaintService.readByReference(reference);
        if (c == null) {
            return null;
        }
        if (customer != null && customer.getId().equals(c.getCustomerId())) {
            return c;
        }
        if (!blank(token)) {
            try {
                CxLinkClaims claims = signedLinks.verify(token, CxComplaintServiceImpl.LINK_PURPOSE + c.getId());
                if (claims.getCustomerId() == null || claims.getCustomerId().equals(c.getCustomerId())) {
                    return c;
                }
            } catch (CxInvalidLinkException e) {
                return null;
            }
        }
        return null;
    }

    protected String detail(HttpServletRequest request, HttpServletResponse response, Model model, Customer customer,
            CxComplaint c, String token, String error) {
        Locale locale = locale(request, customer);
        model.addAttribute("cxComplaint", row(c, locale));
        List<Map<String, Object>> thread = new ArrayList<Map<String, Object>>();
        DateFormat df = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, locale);
        for (CxComplaintMessage m : complaintService.readThread(c.getId(), true)) {
            Map<String, Object> e = new LinkedHashMap<String, Object>();
            e.put("type", m.getType());
            e.put("mine", "CUSTOMER".equals(m.getType()));
            e.put("author", "CUSTOMER".equals(m.getType()) ? null : m.getAuthorName());
            e.put("body", m.getBody());
            e.put("when", df.format(m.getCreatedAt()));
            thread.add(e);
        }
        model.addAttribute("cxThread", thread);
        model.addAttribute("cxToken", token);
        model.addAttribute("cxError", error);
        model.addAttribute("cxFiled", request.getParameter("filed") != null);
        model.addAttribute("cxReplied", request.getParameter("replied") != null);
        return page(request, response, model, customer, "detail");
    }

    protected String formPage(HttpServletRequest request, HttpServletResponse response, Model model, Customer customer,
            Map<String, Object> form, String error) {
        List<String> categories = new ArrayList<String>();
        for (CxComplaintCategory cat : CxComplaintCategory.values()) {
            if (cat.isShopperChoice()) {
                categories.add(cat.name());
            }
        }
        model.addAttribute("cxCategories", categories);
        model.addAttribute("cxForm", form);
        model.addAttribute("cxError", error);
        model.addAttribute("cxMaxLength", maxLength);
        if (customer != null) {
            List<Map<String, Object>> orders = new ArrayList<Map<String, Object>>();
            for (Order o : orderService.findOrdersForCustomer(customer, OrderStatus.SUBMITTED)) {
                Map<String, Object> m = new LinkedHashMap<String, Object>();
                m.put("number", o.getOrderNumber());
                m.put("date", o.getSubmitDate() == null ? "" : DateFormat.getDateInstance(DateFormat.MEDIUM,
                        locale(request, customer)).format(o.getSubmitDate()));
                orders.add(m);
            }
            model.addAttribute("cxOrders", orders);
            Object number = form.get("orderNumber");
            if (number != null && !blank(number.toString())) {
                Order order = orderService.findOrderByOrderNumber(number.toString());
                if (ownOrder(order, customer)) {
                    List<Map<String, Object>> items = new ArrayList<Map<String, Object>>();
                    for (OrderItem item : order.getOrderItems()) {
                        Map<String, Object> m = new LinkedHashMap<String, Object>();
                        m.put("id", item.getId());
                        m.put("name", item.getName());
                        m.put("quantity", item.getQuantity());
                        items.add(m);
                    }
                    model.addAttribute("cxItems", items);
                }
            }
        }
        return page(request, response, model, customer, customer == null ? "guest" : "new");
    }

    protected String notFound(HttpServletRequest request, HttpServletResponse response, Model model, Customer customer) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return page(request, response, model, customer, "notFound");
    }

    protected String page(HttpServletRequest request, HttpServletResponse response, Model model, Customer customer,
            String state) {
        response.setHeader("Cache-Control", "no-store");
        Locale locale = locale(request, customer);
        model.addAttribute("cxState", state);
        model.addAttribute("cxText", texts.texts(locale, "complaint.", TEXTS));
        model.addAttribute("cxLang", texts.language(locale));
        model.addAttribute("cxDir", texts.dir(locale));
        model.addAttribute("cxSignedIn", customer != null);
        return viewName;
    }

    protected Map<String, Object> row(CxComplaint c, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<String, Object>();
        m.put("reference", c.getReference());
        m.put("status", c.getStatus());
        m.put("category", c.getCategory());
        m.put("orderNumber", c.getOrderNumber());
        m.put("created", DateFormat.getDateInstance(DateFormat.MEDIUM, locale).format(c.getCreatedAt()));
        m.put("compensationCode", c.getCompensationCode());
        m.put("compensationValue", c.getCompensationValue());
        m.put("closed", CxComplaintStatus.CLOSED.name().equals(c.getStatus()));
        CxComplaintClock clock = complaintService.clock(c, new Date());
        Date due = clock.getFirstResponseDueAt();
        m.put("expected", c.getFirstResponseAt() != null ? null
                : due == null ? null : DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, locale).format(due));
        m.put("answered", c.getFirstResponseAt() != null);
        m.put("responseHours", c.getFirstResponseTargetMinutes() / 60);
        return m;
    }

    protected Customer signedIn() {
        Customer customer = CustomerState.getCustomer();
        if (customer == null || !customer.isRegistered() || !(customer.isLoggedIn() || customer.isCookied())) {
            return null;
        }
        return customer;
    }

    protected boolean ownOrder(Order order, Customer customer) {
        return order != null && order.getCustomer() != null && order.getCustomer().getId().equals(customer.getId())
                && !OrderStatus.IN_PROCESS.equals(order.getStatus());
    }

    protected Locale locale(HttpServletRequest request, Customer customer) {
        return texts.pageLocale(request, customer);
    }

    protected static boolean blank(String s) {
        return s == null || s.trim().isEmpty();
    }

    public void setViewName(String viewName) { this.viewName = viewName; }
    public void setMaxLength(int maxLength) { this.maxLength = maxLength; }
}
