package dev.cxplugin.survey.admin;

import dev.cxplugin.survey.domain.CxSurveyResponse;
import dev.cxplugin.survey.service.CxSurveyCsv;
import dev.cxplugin.survey.service.CxSurveyService;
import dev.cxplugin.survey.type.CxSurveyKind;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import dev.cxplugin.common.admin.CxAdminSectionController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * "Surveys" under Customer Experience: the responses, newest first, filtered by survey, score band, channel and
 * date range, paged in the database, and exported as CSV with the same filters. Read-only; it needs READ on
 * {@link CxSurveyResponse} (admin SQL: ROLE_CX_AGENT reads, ROLE_CX_MANAGER and ROLE_ADMIN have ALL); any other
 * admin user gets no menu entry and a 403 on every URL here.
 */
@Controller("cxAdminSurveyController")
@RequestMapping("/" + CxAdminSurveyController.SECTION_KEY)
public class CxAdminSurveyController extends CxAdminSectionController {

    private static final Log LOG = LogFactory.getLog(CxAdminSurveyController.class);

    public static final String SECTION_KEY = "cx-survey";
    protected static final String CEILING_ENTITY = CxSurveyResponse.class.getName();
    /** Rows fetched per query while exporting: the export streams, it never holds every row. */
    protected static final int EXPORT_BATCH = 500;


    @Override
    protected String ceilingEntity() {
        return CEILING_ENTITY;
    }

    @Resource(name = "cxSurveyService")
    protected CxSurveyService surveyService;

    @Resource(name = "cxSurveyCsv")
    protected CxSurveyCsv csv;

    @RequestMapping(value = "", method = RequestMethod.GET)
    public String list(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        if (!isPermitted()) {
            return forbidden(response);
        }
        CxAdminSurveyFilterForm form = new CxAdminSurveyFilterForm(singleValues(request));
        if (!form.getErrors().isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        long total = surveyService.countResponses(form.getFilter());
        List<CxSurveyResponse> rows = surveyService.readResponses(form.getFilter(), form.getOffset(),
                CxAdminSurveyFilterForm.PAGE_SIZE);
        List<Map<String, Object>> view = new ArrayList<Map<String, Object>>();
        SimpleDateFormat when = new SimpleDateFormat("yyyy-MM-dd HH:mm");
        for (CxSurveyResponse r : rows) {
            Map<String, Object> row = new LinkedHashMap<String, Object>();
            CxSurveyKind kind = CxSurveyKind.getInstance(r.getSurvey());
            row.put("id", r.getId());
            row.put("survey", r.getSurvey());
            row.put("score", r.getScore());
            row.put("band", kind == null ? "" : kind.band(r.getScore()));
            row.put("channel", r.getChannel());
            row.put("customerId", r.getCustomerId());
            row.put("orderId", r.getOrderId());
            row.put("topic", r.getTopic());
            row.put("locale", r.getLocale());
            row.put("answered", r.getCreatedDate() == null ? "" : when.format(r.getCreatedDate()));
            row.put("comment", r.getComment());
            view.add(row);
        }
        int pages = (int) Math.max(1, (total + CxAdminSurveyFilterForm.PAGE_SIZE - 1) / CxAdminSurveyFilterForm.PAGE_SIZE);
        setModelAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", "cx/surveyList");
        model.addAttribute("cxFilter", form.getValues());
        model.addAttribute("cxErrors", form.getErrors());
        model.addAttribute("cxRows", view);
        model.addAttribute("cxTotal", total);
        model.addAttribute("cxPage", form.getPage());
        model.addAttribute("cxPages", pages);
        String query = query(form.getValues());
        model.addAttribute("cxExportUrl", "/" + SECTION_KEY + "/export" + (query.isEmpty() ? "" : "?" + query));
        String pageBase = "/" + SECTION_KEY + "?" + (query.isEmpty() ? "" : query + "&") + "page=";
        model.addAttribute("cxPrevUrl", pageBase + (form.getPage() - 1));
        model.addAttribute("cxNextUrl", pageBase + (form.getPage() + 1));
        model.addAttribute("cxSurveys", surveyNames());
        model.addAttribute("cxBands", bandsBySurvey());
        return "modules/defaultContainer";
    }

    /** The filtered responses as CSV (UTF-8 with a byte order mark, so spreadsheets read Arabic and Persian). */
    @RequestMapping(value = "/export", method = RequestMethod.GET)
    public String export(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!isPermitted()) {
            return forbidden(response);
        }
        CxAdminSurveyFilterForm form = new CxAdminSurveyFilterForm(singleValues(request));
        if (!form.getErrors().isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Unknown filter values: " + form.getErrors());
            return null;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"survey-responses-"
                + new SimpleDateFormat("yyyyMMdd-HHmm").format(new Date()) + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        csv.writeHeader(out);
        int offset = 0;
        List<CxSurveyResponse> batch;
        do {
            batch = surveyService.readResponses(form.getFilter(), offset, EXPORT_BATCH);
            csv.write(out, batch);
            offset += batch.size();
        } while (batch.size() == EXPORT_BATCH);
        out.flush();
        LOG.info("Survey responses exported (" + offset + " rows) by " + currentLogin());
        return null;
    }

    protected List<String> surveyNames() {
        List<String> names = new ArrayList<String>();
        Collection<CxSurveyKind> all = CxSurveyKind.all();
        for (CxSurveyKind k : all) {
            names.add(k.getType());
        }
        return names;
    }

    protected Map<String, String[]> bandsBySurvey() {
        Map<String, String[]> bands = new LinkedHashMap<String, String[]>();
        for (CxSurveyKind k : CxSurveyKind.all()) {
            bands.put(k.getType(), k.bands());
        }
        return bands;
    }

    protected static String query(Map<String, String> values) {
        StringBuilder sb = new StringBuilder();
        try {
            for (Map.Entry<String, String> e : values.entrySet()) {
                sb.append(sb.length() == 0 ? "" : "&").append(e.getKey()).append('=')
                        .append(URLEncoder.encode(e.getValue(), "UTF-8"));
            }
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        return sb.toString();
    }

    protected static Map<String, String> singleValues(HttpServletRequest request) {
        Map<String, String> values = new LinkedHashMap<String, String>();
        for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
            values.put(e.getKey(), e.getValue() == null || e.getValue().length == 0 ? null : e.getValue()[0]);
        }
        return values;
    }

}
