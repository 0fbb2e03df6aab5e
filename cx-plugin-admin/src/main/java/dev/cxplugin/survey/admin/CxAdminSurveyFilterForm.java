package dev.cxplugin.survey.admin;

import dev.cxplugin.survey.dao.CxSurveyFilter;
import dev.cxplugin.survey.type.CxSurveyChannel;
import dev.cxplugin.survey.type.CxSurveyKind;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "Surveys" list's filters from the query string: survey (NPS, CSAT, CES), band (detractor, passive,
 * promoter; low, neutral, high: needs a survey), channel (EMAIL, SITE), from / to (YYYY-MM-DD, both days
 * included), page (1-based). Unknown values are errors, not silently ignored: the admin sees what was not applied.
 */
public class CxAdminSurveyFilterForm {

    public static final int PAGE_SIZE = 50;

    protected final Map<String, String> values = new LinkedHashMap<String, String>();
    protected final List<String> errors = new ArrayList<String>();
    protected final CxSurveyFilter filter = new CxSurveyFilter();
    protected int page = 1;

    public CxAdminSurveyFilterForm(Map<String, String> params) {
        String survey = clean(params.get("survey"));
        String band = clean(params.get("band"));
        String channel = clean(params.get("channel"));
        String from = clean(params.get("from"));
        String to = clean(params.get("to"));
        String pageParam = clean(params.get("page"));
        CxSurveyKind kind = null;
        if (survey != null) {
            kind = CxSurveyKind.getInstance(survey);
            if (kind == null) {
                errors.add("cx.survey.admin.error.survey");
            } else {
                filter.setSurvey(kind.getType());
                values.put("survey", kind.getType());
            }
        }
        if (band != null) {
            int[] range = kind == null ? null : kind.bandRange(band);
            if (range == null) {
                errors.add("cx.survey.admin.error.band");
            } else {
                filter.setMinScore(range[0]);
                filter.setMaxScore(range[1]);
                values.put("band", band);
            }
        }
        if (channel != null) {
            if (!CxSurveyChannel.isValid(channel)) {
                errors.add("cx.survey.admin.error.channel");
            } else {
                filter.setChannel(channel);
                values.put("channel", channel);
            }
        }
        // one customer's answers (the link from the customer's CX timeline)
        String customer = clean(params.get("customer"));
        if (customer != null) {
            if (!customer.matches("[0-9]{1,18}")) {
                errors.add("cx.survey.admin.error.customer");
            } else {
                filter.setCustomerId(Long.valueOf(customer));
                values.put("customer", customer);
            }
        }
        Date fromDate = day(from);
        Date toDate = day(to);
        if ((from != null && fromDate == null) || (to != null && toDate == null)) {
            errors.add("cx.survey.admin.error.date");
        }
        if (fromDate != null) {
            filter.setFrom(fromDate);
            values.put("from", from);
        }
        if (toDate != null) {
            Calendar c = Calendar.getInstance();
            c.setTime(toDate);
            c.add(Calendar.DAY_OF_MONTH, 1);
            filter.setUntil(c.getTime());
            values.put("to", to);
        }
        if (pageParam != null) {
            try {
                page = Math.max(1, Math.min(1_000_000, Integer.parseInt(pageParam)));
            } catch (NumberFormatException e) {
                errors.add("cx.survey.admin.error.page");
            }
        }
    }

    protected static String clean(String value) {
        return value == null || value.trim().isEmpty() ? null : value.trim();
    }

    protected static Date day(String value) {
        if (value == null || !value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd");
        f.setLenient(false);
        try {
            return f.parse(value);
        } catch (ParseException e) {
            return null;
        }
    }

    public CxSurveyFilter getFilter() { return filter; }
    public List<String> getErrors() { return errors; }
    /** The applied filters, for the form and the links (page, export) that keep them. */
    public Map<String, String> getValues() { return values; }
    public int getPage() { return page; }
    public int getOffset() { return (page - 1) * PAGE_SIZE; }
}
