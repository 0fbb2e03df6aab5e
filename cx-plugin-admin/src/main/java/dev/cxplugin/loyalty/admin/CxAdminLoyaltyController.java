package dev.cxplugin.loyalty.admin;

import dev.cxplugin.loyalty.dao.CxLoyaltyDao;
import dev.cxplugin.loyalty.domain.CxLoyaltyAccount;
import dev.cxplugin.loyalty.service.CxLoyaltyException;
import dev.cxplugin.loyalty.service.CxLoyaltyProgramme;
import dev.cxplugin.loyalty.service.CxLoyaltyService;
import dev.cxplugin.loyalty.service.CxLoyaltySettingsService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import dev.cxplugin.common.admin.CxAdminSectionController;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * "Loyalty": the liability report (members, outstanding points and their money value), members by tier with
 * balances, a member's ledger, the programme settings and a manual adjustment with a mandatory reason (recorded
 * with the admin user's login). Reading needs READ on {@link CxLoyaltyAccount} (ROLE_CX_AGENT), settings and
 * adjustments need UPDATE (ROLE_CX_MANAGER, ROLE_ADMIN); anyone else gets 403 and no menu entry. POSTs pass
 * Broadleaf's admin CSRF filter.
 */
@Controller("cxAdminLoyaltyController")
@RequestMapping("/" + CxAdminLoyaltyController.SECTION_KEY)
public class CxAdminLoyaltyController extends CxAdminSectionController {

    private static final Log LOG = LogFactory.getLog(CxAdminLoyaltyController.class);

    public static final String SECTION_KEY = "cx-loyalty";
    protected static final String CEILING_ENTITY = CxLoyaltyAccount.class.getName();
    protected static final int PAGE = 50;


    @Override
    protected String ceilingEntity() {
        return CEILING_ENTITY;
    }

    @Resource(name = "cxLoyaltyService")
    protected CxLoyaltyService loyaltyService;

    @Resource(name = "cxLoyaltySettingsService")
    protected CxLoyaltySettingsService settings;

    @Resource(name = "cxLoyaltyDao")
    protected CxLoyaltyDao dao;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @RequestMapping(value = "", method = RequestMethod.GET)
    @Transactional("blTransactionManager")
    public String overview(HttpServletRequest request, HttpServletResponse response, Model model,
            @RequestParam(value = "tier", required = false) String tier,
            @RequestParam(value = "page", required = false, defaultValue = "0") int page) throws IOException {
        if (!isPermitted(EntityOperationType.FETCH)) {
            return forbidden(response);
        }
        CxLoyaltyProgramme p = settings.current();
        String tierFilter = tier == null || tier.trim().isEmpty() ? null : tier.trim().toUpperCase();
        int first = Math.max(0, page) * PAGE;
        long[] totals = dao.sumAccounts();
        setModelAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", "cx/loyalty");
        model.addAttribute("cxProgramme", p);
        model.addAttribute("cxMembers", totals[0]);
        model.addAttribute("cxAvailable", totals[1]);
        model.addAttribute("cxPending", totals[2]);
        model.addAttribute("cxAvailableValue", p.valueOf(totals[1]));
        model.addAttribute("cxPendingValue", p.valueOf(totals[2]));
        model.addAttribute("cxTotalValue", p.valueOf(totals[1] + totals[2]));
        model.addAttribute("cxTierCounts", tierCounts(p));
        model.addAttribute("cxTier", tierFilter);
        model.addAttribute("cxPage", Math.max(0, page));
        model.addAttribute("cxHasMore", dao.countAccounts(tierFilter) > first + PAGE);
        model.addAttribute("cxAccounts", dao.readAccounts(tierFilter, first, PAGE));
        model.addAttribute("cxMayEdit", isPermitted(EntityOperationType.UPDATE));
        model.addAttribute("cxSettingNames", CxLoyaltyProgramme.NAMES);
        return "modules/defaultContainer";
    }

    @RequestMapping(value = "/members/{customerId}", method = RequestMethod.GET)
    public String member(HttpServletRequest request, HttpServletResponse response, Model model,
            @PathVariable("customerId") String customerId) throws IOException {
        if (!isPermitted(EntityOperationType.FETCH)) {
            return forbidden(response);
        }
        Customer c = findCustomer(customerId);
        if (c == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No customer " + customerId);
            return null;
        }
        setModelAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", "cx/loyaltyMember");
        model.addAttribute("cxCustomer", c);
        model.addAttribute("cxSummary", loyaltyService.summary(c.getId(), 0));
        model.addAttribute("cxEntries", loyaltyService.readEntries(c.getId(), 0, 500));
        model.addAttribute("cxMayEdit", isPermitted(EntityOperationType.UPDATE));
        model.addAttribute("cxRequestKey", UUID.randomUUID().toString());
        return "modules/defaultContainer";
    }

    @RequestMapping(value = "/members/{customerId}/adjust", method = RequestMethod.POST)
    public String adjust(HttpServletRequest request, HttpServletResponse response, RedirectAttributes ra,
            @PathVariable("customerId") String customerId,
            @RequestParam(value = "points", required = false) String points,
            @RequestParam(value = "reason", required = false) String reason,
            @RequestParam(value = "requestKey", required = false) String requestKey) throws IOException {
        if (!isPermitted(EntityOperationType.UPDATE)) {
            return forbidden(response);
        }
        Customer c = findCustomer(customerId);
        if (c == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No customer " + customerId);
            return null;
        }
        String back = "redirect:/" + SECTION_KEY + "/members/" + c.getId();
        long n;
        try {
            n = Long.parseLong(points == null ? "" : points.trim());
        } catch (NumberFormatException e) {
            ra.addFlashAttribute("cxError", "Points must be a whole number, positive or negative.");
            return back;
        }
        try {
            loyaltyService.adjust(c.getId(), n, reason, currentLogin(), requestKey);
            LOG.info("Loyalty adjustment of " + n + " points for customer " + c.getId() + " by " + currentLogin());
            ra.addFlashAttribute("cxMessage", "Adjusted by " + n + " points.");
        } catch (CxLoyaltyException e) {
            ra.addFlashAttribute("cxError", e.getMessage());
        }
        return back;
    }

    @RequestMapping(value = "/settings", method = RequestMethod.POST)
    public String saveSettings(HttpServletRequest request, HttpServletResponse response, RedirectAttributes ra)
            throws IOException {
        if (!isPermitted(EntityOperationType.UPDATE)) {
            return forbidden(response);
        }
        Map<String, String> changes = new LinkedHashMap<String, String>();
        for (String name : CxLoyaltyProgramme.NAMES) {
            String v = request.getParameter(name);
            if (v != null) {
                changes.put(name, v);
            }
        }
        try {
            settings.save(changes, currentLogin());
            ra.addFlashAttribute("cxMessage", "Settings saved.");
        } catch (CxLoyaltyException e) {
            ra.addFlashAttribute("cxError", e.getMessage());
        }
        return "redirect:/" + SECTION_KEY;
    }

    protected Map<String, Long> tierCounts(CxLoyaltyProgramme p) {
        Map<String, Long> counts = new LinkedHashMap<String, Long>();
        for (dev.cxplugin.loyalty.service.CxLoyaltyTier t : p.getTiers()) {
            counts.put(t.getCode(), dao.countAccounts(t.getCode()));
        }
        return counts;
    }

    protected Customer findCustomer(String id) {
        try {
            return customerService.readCustomerById(Long.valueOf(id));
        } catch (NumberFormatException e) {
            return null;
        }
    }

}
