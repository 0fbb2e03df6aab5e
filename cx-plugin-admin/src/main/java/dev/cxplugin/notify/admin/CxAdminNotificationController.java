package dev.cxplugin.notify.admin;

import dev.cxplugin.notify.dao.CxNotificationDao;
import dev.cxplugin.notify.domain.CxNotification;
import dev.cxplugin.notify.service.CxNotificationDispatcher;
import dev.cxplugin.notify.service.CxNotificationService;
import dev.cxplugin.notify.type.CxNotificationStatus;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.broadleafcommerce.openadmin.web.controller.entity.AdminBasicEntityController;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The "Notifications" section: Broadleaf's own list grid and read-only form for {@link CxNotification}, plus
 * counts per status on the list, the email as the customer receives it on the detail page, and "Resend" for a
 * DEAD or CANCELLED one. Resend is a POST (Broadleaf's CSRF filter checks its token) and needs the UPDATE
 * permission on the notification entity (ROLE_ADMIN and ROLE_CX_MANAGER have it; agents only read).
 */
@Controller("cxAdminNotificationController")
@RequestMapping("/" + CxAdminNotificationController.SECTION_KEY)
public class CxAdminNotificationController extends AdminBasicEntityController {

    private static final Log LOG = LogFactory.getLog(CxAdminNotificationController.class);

    public static final String SECTION_KEY = "cx-notification";
    protected static final String CEILING_ENTITY = CxNotification.class.getName();
    protected static final List<String> STATUSES = Arrays.asList(CxNotificationStatus.PENDING,
            CxNotificationStatus.SENDING, CxNotificationStatus.SENT, CxNotificationStatus.DEAD, CxNotificationStatus.CANCELLED);

    @Resource(name = "cxNotificationService")
    protected CxNotificationService notificationService;

    @Resource(name = "cxNotificationDispatcher")
    protected CxNotificationDispatcher notificationDispatcher;

    @Resource(name = "cxNotificationDao")
    protected CxNotificationDao notificationDao;

    @Override
    protected String getSectionKey(Map<String, String> pathVars) {
        // links to ToOne records pass their own section key; every other request here is ours
        String key = super.getSectionKey(pathVars);
        return key != null ? key : SECTION_KEY;
    }

    @Override
    @RequestMapping(value = "", method = RequestMethod.GET)
    public String viewEntityList(HttpServletRequest request, HttpServletResponse response, Model model,
            @PathVariable Map<String, String> pathVars,
            @RequestParam MultiValueMap<String, String> requestParams) throws Exception {
        if (!isPermitted(EntityOperationType.FETCH)) {
            return forbidden(response);
        }
        String view = super.viewEntityList(request, response, model, pathVars, requestParams);
        model.addAttribute("cxStatusCounts", countByStatus());
        model.addAttribute("cxSelectedStatus", requestParams.getFirst("status"));
        model.addAttribute("viewType", "cx/notificationList");
        return view;
    }

    @Override
    @RequestMapping(value = "/{id}", method = RequestMethod.GET)
    public String viewEntityForm(HttpServletRequest request, HttpServletResponse response, Model model,
            @PathVariable Map<String, String> pathVars,
            @PathVariable("id") String id) throws Exception {
        if (!isPermitted(EntityOperationType.FETCH)) {
            return forbidden(response);
        }
        Long notificationId = parseId(id);
        CxNotification notification = notificationId == null ? null : notificationService.readById(notificationId);
        if (notification == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No notification " + id);
            return null;
        }
        String view = super.viewEntityForm(request, response, model, pathVars, id);
        if (isAjaxRequest(request)) {
            return view;
        }
        // the outbox is a record of what the store told its customers: no Save or Delete buttons
        EntityForm form = (EntityForm) model.asMap().get("entityForm");
        if (form != null) {
            form.removeAllActions();
        }
        model.addAttribute("cxNotification", notification);
        model.addAttribute("cxResendable", isResendable(notification));
        // the plain-text part reads in the customer's direction, as the HTML part does
        model.addAttribute("cxEmailDir", notification.getLocale() != null
                && dev.cxplugin.notify.service.CxOrderEmailModel.isRightToLeft(
                        dev.cxplugin.notify.service.CxOrderEmailModel.toLocale(notification.getLocale())) ? "rtl" : "ltr");
        model.addAttribute("cxMayResend", isPermitted(EntityOperationType.UPDATE));
        try {
            model.addAttribute("cxEmail", notificationDispatcher.preview(notificationId));
        } catch (RuntimeException e) {
            // a notification that cannot be rendered is exactly what staff come here to look at: show why
            LOG.info("Preview of notification " + notificationId + " failed: " + e);
            model.addAttribute("cxPreviewError", String.valueOf(e.getMessage()));
        }
        model.addAttribute("viewType", "cx/notificationView");
        return view;
    }

    /** Outbox rows are kept (they are the record of what was sent and why not): deleting one is refused. */
    @Override
    @RequestMapping(value = "/{id}/delete", method = RequestMethod.POST)
    public String removeEntity(HttpServletRequest request, HttpServletResponse response, Model model,
            @PathVariable Map<String, String> pathVars,
            @PathVariable(value = "id") String id,
            @ModelAttribute(value = "entityForm") EntityForm entityForm, BindingResult result) throws Exception {
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Notifications are not deleted");
        return null;
    }

    /** Puts a DEAD or CANCELLED notification back in the queue; anything else is left as it is. */
    @RequestMapping(value = "/{id}/resend", method = RequestMethod.POST)
    public String resend(HttpServletRequest request, HttpServletResponse response,
            @PathVariable("id") String id, RedirectAttributes ra) throws IOException {
        if (!isPermitted(EntityOperationType.UPDATE)) {
            return forbidden(response);
        }
        Long notificationId = parseId(id);
        CxNotification notification = notificationId == null ? null : notificationService.readById(notificationId);
        if (notification == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No notification " + id);
            return null;
        }
        if (!isResendable(notification)) {
            ra.addFlashAttribute("cxError", "cx.notification.resend.notAllowed");
            ra.addFlashAttribute("cxErrorArg", notification.getStatus());
        } else {
            notificationService.resend(notificationId);
            LOG.info("Notification " + notificationId + " requeued by " + currentLogin());
            ra.addFlashAttribute("cxMessage", "cx.notification.resend.done");
        }
        return "redirect:/" + SECTION_KEY + "/" + notificationId;
    }

    /** A GET never changes anything: resend exists only as a POST. */
    @RequestMapping(value = "/{id}/resend", method = RequestMethod.GET)
    public String resendByGet(HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "POST");
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Resend is a POST from the notification's page");
        return null;
    }

    protected Map<String, Long> countByStatus() {
        Map<String, Long> counts = new LinkedHashMap<String, Long>();
        for (String status : STATUSES) {
            counts.put(status, notificationDao.countByStatus(status));
        }
        return counts;
    }

    protected boolean isResendable(CxNotification n) {
        return CxNotificationStatus.DEAD.equals(n.getStatus()) || CxNotificationStatus.CANCELLED.equals(n.getStatus());
    }

    protected boolean isPermitted(EntityOperationType operation) {
        try {
            adminRemoteSecurityService.securityCheck(CEILING_ENTITY, operation);
            return true;
        } catch (ServiceException e) {
            return false;
        }
    }

    protected String currentLogin() {
        return adminRemoteSecurityService.getPersistentAdminUser() == null ? null
                : adminRemoteSecurityService.getPersistentAdminUser().getLogin();
    }

    protected String forbidden(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_FORBIDDEN, "Not allowed for this admin user");
        return null;
    }

    protected static Long parseId(String id) {
        try {
            return Long.valueOf(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
