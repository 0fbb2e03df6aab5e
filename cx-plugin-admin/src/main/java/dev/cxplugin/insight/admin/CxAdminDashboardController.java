package dev.cxplugin.insight.admin;

import dev.cxplugin.common.util.CxCsv;
import dev.cxplugin.insight.domain.CxInsightDay;
import dev.cxplugin.insight.service.CxCohortRow;
import dev.cxplugin.insight.service.CxDashboardView;
import dev.cxplugin.insight.service.CxInsightDashboard;
import dev.cxplugin.insight.service.CxInsightDays;
import dev.cxplugin.insight.service.CxInsightRollups;
import dev.cxplugin.insight.service.CxRollupSource;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import dev.cxplugin.common.admin.CxAdminSectionController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.text.ParseException;
import java.text.SimpleDateFormat;
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
 * "CX dashboard": every panel's figures for a period beside the period just before, a weekly trend per figure
 * (inline SVG), each figure's definition, and a CSV export per panel. Only users with READ on the daily figures
 * (admin SQL: ROLE_ADMIN and ROLE_CX_MANAGER) may open it or its exports.
 */
@Controller("cxAdminDashboardController")
@RequestMapping("/" + CxAdminDashboardController.SECTION_KEY)
public class CxAdminDashboardController extends CxAdminSectionController {

    public static final String SECTION_KEY = "cx-dashboard";
    protected static final String CEILING_ENTITY = CxInsightDay.class.getName();
    protected static final int DEFAULT_DAYS = 90;


    @Override
    protected String ceilingEntity() {
        return CEILING_ENTITY;
    }

    @Resource(name = "cxInsightDashboard")
    protected CxInsightDashboard dashboard;

    @Resource(name = "cxInsightRollups")
    protected CxInsightRollups rollups;

    @RequestMapping(value = "", method = RequestMethod.GET)
    public String view(HttpServletRequest request, HttpServletResponse response, Model model,
            @RequestParam(value = "from", required = false) String from,
            @RequestParam(value = "to", required = false) String to) throws IOException {
        if (!isPermitted()) {
            return forbidden(response);
        }
        setModelAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", "cx/dashboard");
        Date[] period;
        try {
            period = period(from, to);
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("cxError", e.getMessage());
            period = period(null, null);
        }
        CxDashboardView view = dashboard.view(period[0], period[1]);
        boolean rtl = isRightToLeft(request.getLocale());
        model.addAttribute("cxView", view);
        model.addAttribute("cxCohorts", dashboard.cohorts(view.getFrom(), view.getLastDay()));
        model.addAttribute("cxFrom", iso(view.getFrom()));
        model.addAttribute("cxTo", iso(view.getLastDay()));
        model.addAttribute("cxCharts", charts(view, rtl));
        model.addAttribute("cxRefreshed", refreshed());
        model.addAttribute("cxDir", rtl ? "rtl" : "ltr");
        return "modules/defaultContainer";
    }

    /** One panel as CSV: its figures (now, before, definition), then each figure week by week, then the breakdown. */
    @RequestMapping(value = "/{panel}.csv", method = RequestMethod.GET)
    public void export(HttpServletResponse response, @PathVariable("panel") String panelKey,
            @RequestParam(value = "from", required = false) String from,
            @RequestParam(value = "to", required = false) String to) throws IOException {
        if (!isPermitted()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Not allowed for this admin user");
            return;
        }
        Date[] period;
        try {
            period = period(from, to);
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        if (dashboard.getPanel(panelKey) == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such panel");
            return;
        }
        CxDashboardView view = dashboard.view(period[0], period[1]);
        CxDashboardView.Panel panel = view.panel(panelKey);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"cx-" + panelKey + "-" + iso(view.getFrom()) + "-"
                + iso(view.getLastDay()) + ".csv\"");
        PrintWriter out = response.getWriter();
        out.print(CxCsv.row("panel", "figure", "period", "value", "definition"));
        for (CxDashboardView.Value v : panel.getValues()) {
            out.print(CxCsv.row(panel.getTitle(), v.getFigure().getLabel(), iso(view.getFrom()) + ".." + iso(view.getLastDay()),
                    plain(v.getCurrent()), v.getFigure().getDefinition()));
            out.print(CxCsv.row(panel.getTitle(), v.getFigure().getLabel(),
                    iso(view.getPreviousFrom()) + ".." + iso(view.getPreviousLastDay()), plain(v.getPrevious()), "previous period"));
        }
        for (CxDashboardView.Value v : panel.getValues()) {
            for (int i = 0; i < panel.getWeeks().size(); i++) {
                out.print(CxCsv.row(panel.getTitle(), v.getFigure().getLabel(), "week of " + iso(panel.getWeeks().get(i)),
                        plain(v.getWeekly().get(i)), ""));
            }
        }
        for (CxDashboardView.Breakdown b : panel.getBreakdown()) {
            out.print(CxCsv.row(panel.getTitle(), b.getDim(), iso(view.getFrom()) + ".." + iso(view.getLastDay()),
                    String.valueOf(b.getCurrent()), "previous period: " + b.getPrevious()));
        }
        out.flush();
    }

    /** Lifetime value by first-order-month cohort up to the period's end, as CSV (the table under the retention panel). */
    @RequestMapping(value = "/cohorts.csv", method = RequestMethod.GET)
    public void exportCohorts(HttpServletResponse response, @RequestParam(value = "from", required = false) String from,
            @RequestParam(value = "to", required = false) String to) throws IOException {
        if (!isPermitted()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Not allowed for this admin user");
            return;
        }
        Date[] period;
        try {
            period = period(from, to);
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        CxDashboardView view = dashboard.view(period[0], period[1]);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"cx-cohorts-" + iso(view.getFrom()) + "-"
                + iso(view.getLastDay()) + ".csv\"");
        PrintWriter out = response.getWriter();
        out.print(CxCsv.row("first order month", "customers", "revenue " + iso(view.getFrom()) + ".." + iso(view.getLastDay()),
                "revenue to " + iso(view.getLastDay()), "revenue per customer"));
        for (CxCohortRow row : dashboard.cohorts(view.getFrom(), view.getLastDay())) {
            out.print(CxCsv.row(row.getCohort(), String.valueOf(row.getCustomers()), plain(row.getPeriodRevenue()),
                    plain(row.getRevenue()), plain(row.getRevenuePerCustomer())));
        }
        out.flush();
    }

    /** [first day, last day] from yyyy-MM-dd parameters; by default the last 90 days up to today. */
    protected Date[] period(String from, String to) {
        Date last = to == null || to.trim().isEmpty() ? CxInsightDays.startOfDay(new Date()) : parse(to, "to");
        Date first = from == null || from.trim().isEmpty() ? CxInsightDays.addDays(last, -(DEFAULT_DAYS - 1)) : parse(from, "from");
        if (first.after(last)) {
            throw new IllegalArgumentException("The first day comes after the last day.");
        }
        if (CxInsightDays.daysBetween(first, last) >= CxInsightDashboard.MAX_DAYS) {
            throw new IllegalArgumentException("A period is at most " + CxInsightDashboard.MAX_DAYS + " days.");
        }
        return new Date[] {first, last};
    }

    protected static Date parse(String value, String name) {
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd");
        format.setLenient(false);
        try {
            if (!value.trim().matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new ParseException(value, 0);
            }
            return format.parse(value.trim());
        } catch (ParseException e) {
            throw new IllegalArgumentException("'" + name + "' is not a date of the form 2026-01-31.");
        }
    }

    protected Map<String, String> charts(CxDashboardView view, boolean rtl) {
        Map<String, String> charts = new LinkedHashMap<String, String>();
        for (CxDashboardView.Panel panel : view.getPanels()) {
            List<String> labels = new ArrayList<String>();
            for (Date week : panel.getWeeks()) {
                labels.add("week of " + iso(week));
            }
            for (CxDashboardView.Value v : panel.getValues()) {
                charts.put(panel.getKey() + "." + v.getFigure().getKey(),
                        CxSvgChart.trend(v.getWeekly(), labels, v.getFigure().getLabel() + ", week by week", rtl, 220, 48));
            }
        }
        return charts;
    }

    protected Map<String, String> refreshed() {
        Map<String, String> refreshed = new LinkedHashMap<String, String>();
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd HH:mm");
        for (CxRollupSource source : rollups.getSources()) {
            Date date = rollups.refreshedDate(source.getName());
            refreshed.put(source.getName(), date == null ? "never" : format.format(date));
        }
        return refreshed;
    }

    protected static boolean isRightToLeft(Locale locale) {
        String language = locale == null ? "" : locale.getLanguage();
        return "ar".equals(language) || "fa".equals(language) || "he".equals(language) || "ur".equals(language);
    }

    protected static String iso(Date date) {
        return new SimpleDateFormat("yyyy-MM-dd").format(date);
    }

    protected static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

}
