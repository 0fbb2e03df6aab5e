package dev.cxplugin.complaint.admin;

import dev.cxplugin.complaint.dao.CxComplaintQuery;
import dev.cxplugin.complaint.domain.CxComplaint;
import dev.cxplugin.complaint.domain.CxComplaintSlaPolicy;
import dev.cxplugin.complaint.service.CxComplaintActor;
import dev.cxplugin.complaint.service.CxComplaintClock;
import dev.cxplugin.complaint.service.CxComplaintCompensation;
import dev.cxplugin.complaint.service.CxComplaintException;
import dev.cxplugin.complaint.service.CxComplaintService;
import dev.cxplugin.complaint.type.CxComplaintCategory;
import dev.cxplugin.complaint.type.CxComplaintPriority;
import dev.cxplugin.complaint.type.CxComplaintStatus;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.broadleafcommerce.openadmin.server.security.service.AdminSecurityService;
import dev.cxplugin.common.admin.CxAdminSectionController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The "Complaints" desk in the admin: the queue with filters and counts, a ticket's page (thread, notes, order,
 * the customer's other tickets, SLA clocks, audit trail) and its actions, and the SLA policies.
 * Viewing needs READ and acting needs UPDATE on {@link CxComplaint} (ROLE_CX_AGENT, ROLE_CX_MANAGER, ROLE_ADMIN);
 * changing SLA policies, and compensating above the agent's limit, needs UPDATE on {@link CxComplaintSlaPolicy}
 * (ROLE_CX_MANAGER, ROLE_ADMIN). Anyone else gets 403 on every URL; every POST passes Broadleaf's CSRF filter.
 */
@Controller("cxAdminComplaintController")
@RequestMapping("/" + CxAdminComplaintController.SECTION_KEY)
public class CxAdminComplaintController extends CxAdminSectionController {

    private static final Log LOG = LogFactory.getLog(CxAdminComplaintController.class);

    public static final String SECTION_KEY = "cx-complaints";
    protected static final String CEILING_ENTITY = CxComplaint.class.getName();
    protected static final String MANAGER_ENTITY = CxComplaintSlaPolicy.class.getName();


    @Override
    protected String ceilingEntity() {
        return CEILING_ENTITY;
    }

    @Resource(name = "cxComplaintService")
    protected CxComplaintService complaintService;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "blAdminSecurityService")
    protected AdminSecurityService adminSecurityService;

    @RequestMapping(value = "", method = RequestMethod.GET)
    public String queue(HttpServletRequest request, HttpServletResponse response, Model model,
            @RequestParam(value = "status", required = false) String status,
            @RequestParam(value = "priority", required = false) String priority,
            @RequestParam(value = "category", required = false) String category,
            @RequestParam(value = "assignee", required = false) String assignee,
            @RequestParam(value = "sla", required = false) String sla,
            @RequestParam(value = "olderThanDays", required = false) String olderThanDays) throws IOException {
        if (!isPermitted(CEILING_ENTITY, EntityOperationType.FETCH)) {
            return forbidden(response);
        }
        CxComplaintQuery q = new CxComplaintQuery();
        q.status = CxComplaintStatus.parse(status) == null ? null : CxComplaintStatus.parse(status).name();
        q.openWorkOnly = status == null || status.isEmpty() || "ACTIVE".equals(status);
        q.priority = CxComplaintPriority.parse(priority) == null ? null : CxComplaintPriority.parse(priority).name();
        q.category = CxComplaintCategory.parse(category) == null ? null : CxComplaintCategory.parse(category).name();
        if ("me".equals(assignee)) {
            q.assigneeId = currentUser() == null ? null : currentUser().getId();
        } else if (assignee != null && assignee.matches("-?\\d{1,18}")) {
            q.assigneeId = Long.valueOf(assignee);
        }
        q.breachedOnly = "breached".equals(sla);
        Date now = new Date();
        if (olderThanDays != null && olderThanDays.matches("\\d{1,4}")) {
            q.createdBefore = new Date(now.getTime() - Long.parseLong(olderThanDays) * 86_400_000L);
        }
        List<Map<String, Object>> rows = new ArrayList<Map<String, Object>>();
        Map<String, Integer> counts = new LinkedHashMap<String, Integer>();
        for (CxComplaintStatus s : CxComplaintStatus.values()) {
            counts.put(s.name(), 0);
        }
        int breached = 0;
        int dueSoon = 0;
        for (CxComplaint c : complaintService.search(q)) {
            CxComplaintClock clock = complaintService.clock(c, now);
            boolean soon = clock.isDueWithin(complaintService.getSettings().getDueSoonMinutes());
            if ("dueSoon".equals(sla) && !soon) {
                continue;
            }
            counts.put(c.getStatus(), counts.get(c.getStatus()) + 1);
            breached += clock.isBreached() ? 1 : 0;
            dueSoon += soon ? 1 : 0;
            Map<String, Object> row = summary(c, clock);
            row.put("dueSoon", soon);
            rows.add(row);
        }
        counts.put("breached", breached);
        counts.put("dueSoon", dueSoon);
        setModelAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", "cx/complaintQueue");
        model.addAttribute("cxRows", rows);
        model.addAttribute("cxCounts", counts);
        model.addAttribute("cxFilter", filters(status, priority, category, assignee, sla, olderThanDays));
        model.addAttribute("cxStatuses", CxComplaintStatus.values());
        model.addAttribute("cxPriorities", CxComplaintPriority.values());
        model.addAttribute("cxCategories", CxComplaintCategory.values());
        model.addAttribute("cxAdmins", adminSecurityService.readAllAdminUsers());
        model.addAttribute("cxFigures", complaintService.figures(new Date(now.getTime() - 30L * 86_400_000L), now, now));
        model.addAttribute("cxIsManager", isPermitted(MANAGER_ENTITY, EntityOperationType.UPDATE));
        return "modules/defaultContainer";
    }

    @RequestMapping(value = "/{id}", method = RequestMethod.GET)
    public String view(HttpServletRequest request, HttpServletResponse response, Model model,
            @PathVariable("id") String id) throws IOException {
        if (!isPermitted(CEILING_ENTITY, EntityOperationType.FETCH)) {
            return forbidden(response);
        }
        CxComplaint c = find(id);
        if (c == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No complaint " + id);
            return null;
        }
        Date now = new Date();
        CxComplaintClock clock = complaintService.clock(c, now);
        setModelAttributes(model, SECTION_KEY);
        outcome(request, model);
        model.addAttribute("viewType", "cx/complaintView");
        model.addAttribute("cxComplaint", c);
        model.addAttribute("cxSummary", summary(c, clock));
        model.addAttribute("cxClock", clock);
        model.addAttribute("cxThread", complaintService.readThread(c.getId(), false));
        model.addAttribute("cxAudit", complaintService.readAudit(c.getId()));
        Order order = c.getOrderId() == null ? null : orderService.findOrderById(c.getOrderId());
        model.addAttribute("cxOrder", order);
        List<CxComplaint> history = new ArrayList<CxComplaint>();
        if (c.getCustomerId() != null) {
            for (CxComplaint other : complaintService.readForCustomer(c.getCustomerId())) {
                if (!other.getId().equals(c.getId())) {
                    history.add(other);
                }
            }
        }
        model.addAttribute("cxHistory", history);
        model.addAttribute("cxStatuses", CxComplaintStatus.values());
        model.addAttribute("cxPriorities", CxComplaintPriority.values());
        model.addAttribute("cxAdmins", adminSecurityService.readAllAdminUsers());
        model.addAttribute("cxMayAct", isPermitted(CEILING_ENTITY, EntityOperationType.UPDATE));
        model.addAttribute("cxIsManager", isPermitted(MANAGER_ENTITY, EntityOperationType.UPDATE));
        model.addAttribute("cxAgentMaxPercent", complaintService.getSettings().getAgentMaxPercent());
        model.addAttribute("cxAgentMaxAmount", complaintService.getSettings().getAgentMaxAmount());
        model.addAttribute("cxValidDays", complaintService.getSettings().getCompensationValidDays());
        return "modules/defaultContainer";
    }

    /** One action on the ticket; POST-redirect-GET with what happened. */
    @RequestMapping(value = "/{id}/{action}", method = RequestMethod.POST)
    public String act(HttpServletRequest request, HttpServletResponse response, RedirectAttributes ra,
            @PathVariable("id") String id, @PathVariable("action") String action) throws IOException {
        if (!isPermitted(CEILING_ENTITY, EntityOperationType.UPDATE)) {
            return forbidden(response);
        }
        CxComplaint c = find(id);
        if (c == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No complaint " + id);
            return null;
        }
        CxComplaintActor actor = actor();
        String text = request.getParameter("text");
        String back = "redirect:/" + SECTION_KEY + "/" + c.getId();
        try {
            if ("reply".equals(action)) {
                complaintService.staffReply(c.getId(), actor, text, request.getParameter("status"));
                ra.addFlashAttribute("cxMessage", "Reply sent; the customer's email is queued.");
            } else if ("note".equals(action)) {
                complaintService.note(c.getId(), actor, text);
                ra.addFlashAttribute("cxMessage", "Note added (not shown to the customer).");
            } else if ("assign".equals(action)) {
                String who = request.getParameter("assignee");
                AdminUser user = who == null || who.isEmpty() ? null : adminSecurityService.readAdminUserById(parseId(who));
                if (who != null && !who.isEmpty() && user == null) {
                    throw new CxComplaintException(CxComplaintException.Code.NOT_FOUND, "no such admin user");
                }
                complaintService.assign(c.getId(), actor, user == null ? null : user.getId(), user == null ? null : user.getName());
                ra.addFlashAttribute("cxMessage", user == null ? "Unassigned." : "Assigned to " + user.getName() + ".");
            } else if ("status".equals(action)) {
                complaintService.changeStatus(c.getId(), actor, request.getParameter("status"));
                ra.addFlashAttribute("cxMessage", "Status changed.");
            } else if ("priority".equals(action)) {
                complaintService.changePriority(c.getId(), actor, request.getParameter("priority"));
                ra.addFlashAttribute("cxMessage", "Priority changed; the SLA targets follow it.");
            } else if ("resolve".equals(action)) {
                complaintService.resolve(c.getId(), actor, text);
                ra.addFlashAttribute("cxMessage", "Resolved; the customer is emailed.");
            } else if ("compensate".equals(action)) {
                String code = complaintService.compensate(c.getId(), actor, new CxComplaintCompensation(
                        "percent".equals(request.getParameter("kind")), parseAmount(request.getParameter("value")),
                        parseDays(request.getParameter("validDays")), text));
                ra.addFlashAttribute("cxMessage", "Apology code " + code + " created for the customer and emailed.");
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND, "No action " + action);
                return null;
            }
            LOG.info("Complaint " + c.getReference() + ": " + action + " by " + actor.auditName());
            return back + "?done=" + action;
        } catch (CxComplaintException e) {
            LOG.info("Complaint " + c.getReference() + ": " + action + " by " + actor.auditName() + " refused: " + e.getMessage());
            ra.addFlashAttribute("cxError", e.getMessage() + ". Nothing was changed.");
            // the outcome travels in the URL as a fixed code (the page says what it means)
            return back + "?error=" + e.getCode().name();
        }
    }

    /** What a ?done= or ?error= code of the redirect after an action means. */
    protected static final Map<String, String> OUTCOMES = new LinkedHashMap<String, String>();
    static {
        OUTCOMES.put("done.reply", "Reply sent; the customer's email is queued.");
        OUTCOMES.put("done.note", "Note added (not shown to the customer).");
        OUTCOMES.put("done.assign", "Assignee changed.");
        OUTCOMES.put("done.status", "Status changed.");
        OUTCOMES.put("done.priority", "Priority changed; the SLA targets follow it.");
        OUTCOMES.put("done.resolve", "Resolved; the customer is emailed.");
        OUTCOMES.put("done.compensate", "Apology code created for the customer and emailed.");
        OUTCOMES.put("done.sla", "SLA policy saved; new and re-prioritised tickets use it.");
        OUTCOMES.put("error.FORBIDDEN", "Not allowed: above your compensation limit, or a manager's setting. Nothing was changed.");
        OUTCOMES.put("error.INVALID", "Please check the input (text up to 5,000 characters, amounts with at most two decimals, percent at most 100). Nothing was changed.");
        OUTCOMES.put("error.WRONG_STATE", "Not possible in the ticket's current state. Nothing was changed.");
        OUTCOMES.put("error.NOT_FOUND", "Not found. Nothing was changed.");
    }

    protected void outcome(HttpServletRequest request, Model model) {
        String done = OUTCOMES.get("done." + request.getParameter("done"));
        String error = OUTCOMES.get("error." + request.getParameter("error"));
        if (done != null && !model.containsAttribute("cxMessage")) {
            model.addAttribute("cxMessage", done);
        }
        if (error != null && !model.containsAttribute("cxError")) {
            model.addAttribute("cxError", error);
        }
    }

    @RequestMapping(value = "/sla", method = RequestMethod.GET)
    public String sla(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        if (!isPermitted(MANAGER_ENTITY, EntityOperationType.UPDATE)) {
            return forbidden(response);
        }
        setModelAttributes(model, SECTION_KEY);
        outcome(request, model);
        model.addAttribute("viewType", "cx/complaintSla");
        model.addAttribute("cxPolicies", complaintService.readPolicies());
        model.addAttribute("cxSettings", complaintService.getSettings());
        return "modules/defaultContainer";
    }

    @RequestMapping(value = "/sla", method = RequestMethod.POST)
    public String saveSla(HttpServletRequest request, HttpServletResponse response, RedirectAttributes ra) throws IOException {
        if (!isPermitted(MANAGER_ENTITY, EntityOperationType.UPDATE)) {
            return forbidden(response);
        }
        try {
            complaintService.savePolicy(request.getParameter("priority"), parseInt(request.getParameter("firstResponseHours")),
                    parseInt(request.getParameter("resolutionHours")), actor());
            return "redirect:/" + SECTION_KEY + "/sla?done=sla";
        } catch (CxComplaintException e) {
            return "redirect:/" + SECTION_KEY + "/sla?error=" + e.getCode().name();
        }
    }

    // ---------------------------------------------------------------- helpers

    protected Map<String, Object> summary(CxComplaint c, CxComplaintClock clock) {
        Map<String, Object> m = new LinkedHashMap<String, Object>();
        m.put("id", c.getId());
        m.put("reference", c.getReference());
        m.put("status", c.getStatus());
        m.put("priority", c.getPriority());
        m.put("category", c.getCategory());
        m.put("customer", c.getCustomerName() != null ? c.getCustomerName() : c.getEmail());
        m.put("email", c.getEmail());
        m.put("orderNumber", c.getOrderNumber());
        m.put("assignee", c.getAssigneeName());
        m.put("subject", c.getSubject());
        m.put("created", c.getCreatedAt());
        m.put("ageDays", (System.currentTimeMillis() - c.getCreatedAt().getTime()) / 86_400_000L);
        m.put("running", clock.isRunning());
        m.put("elapsedHours", String.format("%.1f", clock.getElapsedSeconds() / 3600.0));
        m.put("firstResponseDue", clock.getFirstResponseDueAt());
        m.put("resolutionDue", clock.getResolutionDueAt());
        m.put("firstResponseTargetHours", c.getFirstResponseTargetMinutes() / 60);
        m.put("resolutionTargetHours", c.getResolutionTargetMinutes() / 60);
        m.put("breached", clock.isBreached());
        m.put("firstResponseBreachedAt", c.getFirstResponseBreachedAt());
        m.put("resolutionBreachedAt", c.getResolutionBreachedAt());
        m.put("firstResponseHours", c.getFirstResponseSeconds() == null ? null
                : String.format("%.1f", c.getFirstResponseSeconds() / 3600.0));
        m.put("resolutionHours", c.getResolutionSeconds() == null ? null
                : String.format("%.1f", c.getResolutionSeconds() / 3600.0));
        return m;
    }

    protected Map<String, String> filters(String... values) {
        String[] names = {"status", "priority", "category", "assignee", "sla", "olderThanDays"};
        Map<String, String> m = new LinkedHashMap<String, String>();
        for (int i = 0; i < names.length; i++) {
            m.put(names[i], values[i] == null ? "" : values[i]);
        }
        return m;
    }

    protected CxComplaintActor actor() {
        AdminUser user = currentUser();
        Long id = user == null ? null : user.getId();
        String name = user == null ? "admin" : user.getName() != null ? user.getName() : user.getLogin();
        return isPermitted(MANAGER_ENTITY, EntityOperationType.UPDATE) ? CxComplaintActor.manager(id, name)
                : CxComplaintActor.agent(id, name);
    }

    protected AdminUser currentUser() {
        return adminRemoteSecurityService.getPersistentAdminUser();
    }

    protected CxComplaint find(String id) {
        try {
            return complaintService.read(Long.valueOf(id));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    protected static Long parseId(String s) {
        try {
            return Long.valueOf(s.trim());
        } catch (NumberFormatException e) {
            throw new CxComplaintException(CxComplaintException.Code.INVALID, "\"" + s + "\" is not an id");
        }
    }

    protected static int parseInt(String s) {
        try {
            return Integer.parseInt(s == null ? "" : s.trim());
        } catch (NumberFormatException e) {
            throw new CxComplaintException(CxComplaintException.Code.INVALID, "\"" + s + "\" is not a whole number");
        }
    }

    protected int parseDays(String s) {
        return s == null || s.trim().isEmpty() ? complaintService.getSettings().getCompensationValidDays() : parseInt(s);
    }

    protected static BigDecimal parseAmount(String s) {
        if (s == null || !s.trim().matches("\\d{1,7}(\\.\\d{1,2})?")) {
            throw new CxComplaintException(CxComplaintException.Code.INVALID,
                    "\"" + s + "\" is not a positive number with at most two decimals");
        }
        return new BigDecimal(s.trim());
    }

}
