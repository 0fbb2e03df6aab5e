package dev.cxplugin.survey;

import dev.cxplugin.survey.domain.CxSurveyResponse;
import dev.cxplugin.survey.domain.CxSurveyResponseImpl;
import dev.cxplugin.survey.service.CxSurveyCsv;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.Date;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The export a merchant opens in a spreadsheet: RFC 4180 quoting and no formula from a customer's comment. */
class CxSurveyCsvTest {

    @Test
    void quotesCommasQuotesAndLineBreaks() {
        assertEquals("plain", CxSurveyCsv.field("plain"));
        assertEquals("\"a, b\"", CxSurveyCsv.field("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", CxSurveyCsv.field("say \"hi\""));
        assertEquals("\"line1\nline2\"", CxSurveyCsv.field("line1\nline2"));
        assertEquals("", CxSurveyCsv.field(null));
    }

    @Test
    void neutralisesFormulas() {
        assertEquals("'=HYPERLINK(\"\"http://x\"\")".length() + 2, CxSurveyCsv.field("=HYPERLINK(\"http://x\")").length());
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", CxSurveyCsv.field("=HYPERLINK(\"http://x\")"));
        assertEquals("'+1", CxSurveyCsv.field("+1"));
        assertEquals("-2", CxSurveyCsv.field("-2"), "a plain number stays a number");
        assertEquals("'-2+3", CxSurveyCsv.field("-2+3"));
        assertEquals("'@SUM(A1)", CxSurveyCsv.field("@SUM(A1)"));
        assertEquals("'\tx", CxSurveyCsv.field("\tx"));
    }

    @Test
    void writesOneLinePerResponseWithItsBand() throws Exception {
        CxSurveyResponse r = new CxSurveyResponseImpl();
        r.setId(7L);
        r.setSurvey("NPS");
        r.setScore(6);
        r.setChannel("EMAIL");
        r.setCustomerId(3L);
        r.setOrderId(11L);
        r.setTopic(null);
        r.setLocale("ar_EG");
        r.setCreatedDate(new Date(0));
        r.setUpdatedDate(new Date(1000));
        r.setComment("=cmd|' /C calc'!A0, بطيء");
        StringWriter out = new StringWriter();
        CxSurveyCsv csv = new CxSurveyCsv();
        csv.writeHeader(out);
        csv.write(out, Arrays.asList(r));
        assertEquals("id,survey,score,band,channel,customer_id,order_id,topic,locale,answered_utc,changed_utc,comment\r\n"
                + "7,NPS,6,detractor,EMAIL,3,11,,ar_EG,1970-01-01T00:00:00Z,1970-01-01T00:00:01Z,\"'=cmd|' /C calc'!A0, بطيء\"\r\n",
                out.toString());
    }
}
