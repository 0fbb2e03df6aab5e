package dev.cxplugin.survey.service;

import dev.cxplugin.common.util.CxCsv;
import dev.cxplugin.survey.domain.CxSurveyResponse;
import dev.cxplugin.survey.type.CxSurveyKind;

import java.io.IOException;
import java.io.Writer;
import java.text.SimpleDateFormat;
import java.util.List;
import java.util.TimeZone;

/**
 * Survey responses as CSV (RFC 4180: comma, CRLF, fields quoted when needed, quotes doubled). A field a
 * spreadsheet would run as a formula (starting with = + - @, tab or carriage return) gets a leading apostrophe,
 * so a customer's comment cannot become a formula in the merchant's spreadsheet.
 */
public class CxSurveyCsv {

    public static final String[] HEADER = {"id", "survey", "score", "band", "channel", "customer_id", "order_id",
        "topic", "locale", "answered_utc", "changed_utc", "comment"};

    public void writeHeader(Writer out) throws IOException {
        row(out, HEADER);
    }

    public void write(Writer out, List<CxSurveyResponse> responses) throws IOException {
        for (CxSurveyResponse r : responses) {
            CxSurveyKind kind = CxSurveyKind.getInstance(r.getSurvey());
            row(out, new String[] {str(r.getId()), r.getSurvey(), String.valueOf(r.getScore()),
                kind == null ? "" : kind.band(r.getScore()), r.getChannel(), str(r.getCustomerId()), str(r.getOrderId()),
                r.getTopic(), r.getLocale(), utc(r.getCreatedDate()), utc(r.getUpdatedDate()), r.getComment()});
        }
    }

    protected void row(Writer out, String[] fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields[i]));
        }
        out.write("\r\n");
    }

    /** One CSV field, quoted when needed and defused when it starts like a formula (see {@link CxCsv}). */
    public static String field(String value) {
        return CxCsv.field(value);
    }

    protected static String str(Long value) {
        return value == null ? "" : value.toString();
    }

    protected static String utc(java.util.Date date) {
        if (date == null) {
            return "";
        }
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss'Z'");
        f.setTimeZone(TimeZone.getTimeZone("UTC"));
        return f.format(date);
    }
}
