package dev.cxplugin.survey.admin;

import org.junit.jupiter.api.Test;

import java.text.SimpleDateFormat;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CxAdminSurveyFilterFormTest {

    static Map<String, String> params(String... kv) {
        Map<String, String> m = new HashMap<String, String>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void detractorsOfNpsAreScoresZeroToSix() {
        CxAdminSurveyFilterForm f = new CxAdminSurveyFilterForm(params("survey", "NPS", "band", "detractor", "channel", "EMAIL"));
        assertTrue(f.getErrors().isEmpty());
        assertEquals("NPS", f.getFilter().getSurvey());
        assertEquals(0, (int) f.getFilter().getMinScore());
        assertEquals(6, (int) f.getFilter().getMaxScore());
        assertEquals("EMAIL", f.getFilter().getChannel());
    }

    @Test
    void theDateRangeIncludesBothDays() throws Exception {
        CxAdminSurveyFilterForm f = new CxAdminSurveyFilterForm(params("from", "2026-03-01", "to", "2026-03-31", "page", "3"));
        SimpleDateFormat d = new SimpleDateFormat("yyyy-MM-dd");
        assertEquals(d.parse("2026-03-01"), f.getFilter().getFrom());
        assertEquals(d.parse("2026-04-01"), f.getFilter().getUntil());
        assertEquals(100, f.getOffset());
    }

    @Test
    void unknownValuesAreReportedAndNotApplied() {
        CxAdminSurveyFilterForm f = new CxAdminSurveyFilterForm(params("survey", "XYZ", "band", "promoter",
                "channel", "FAX", "from", "2026-02-30", "page", "x"));
        assertEquals(5, f.getErrors().size(), f.getErrors().toString());
        assertNull(f.getFilter().getSurvey());
        assertNull(f.getFilter().getMinScore());
        assertNull(f.getFilter().getChannel());
        assertNull(f.getFilter().getFrom());
        assertEquals(1, f.getPage());
        assertTrue(new CxAdminSurveyFilterForm(params("survey", "CSAT", "band", "promoter")).getErrors()
                .contains("cx.survey.admin.error.band"), "promoter is an NPS band");
    }

    @Test
    void oneCustomersAnswersByNumberAndAnythingElseRefused() {
        CxAdminSurveyFilterForm f = new CxAdminSurveyFilterForm(params("customer", "42"));
        assertTrue(f.getErrors().isEmpty());
        assertEquals(Long.valueOf(42), f.getFilter().getCustomerId());
        assertEquals("42", f.getValues().get("customer"));

        CxAdminSurveyFilterForm bad = new CxAdminSurveyFilterForm(params("customer", "42 OR 1=1"));
        assertEquals(1, bad.getErrors().size());
        assertTrue(bad.getErrors().contains("cx.survey.admin.error.customer"));
        assertNull(bad.getFilter().getCustomerId());
    }
}
