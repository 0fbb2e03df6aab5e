package dev.cxplugin.survey;

import dev.cxplugin.survey.type.CxSurveyKind;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CxSurveyKindTest {

    @Test
    void npsBandsAreDetractorsPassivesPromoters() {
        assertEquals("detractor", CxSurveyKind.NPS.band(0));
        assertEquals("detractor", CxSurveyKind.NPS.band(6));
        assertEquals("passive", CxSurveyKind.NPS.band(7));
        assertEquals("passive", CxSurveyKind.NPS.band(8));
        assertEquals("promoter", CxSurveyKind.NPS.band(9));
        assertArrayEquals(new int[] {9, 10}, CxSurveyKind.NPS.bandRange("promoter"));
        assertNull(CxSurveyKind.NPS.bandRange("bogus"));
        assertNull(CxSurveyKind.NPS.bandRange("low"), "NPS bands have NPS names");
        assertNull(CxSurveyKind.CSAT.bandRange("promoter"));
    }

    @Test
    void scalesAreZeroToTenOneToFiveOneToSeven() {
        assertTrue(CxSurveyKind.NPS.isValidScore(0) && CxSurveyKind.NPS.isValidScore(10));
        assertFalse(CxSurveyKind.NPS.isValidScore(11) || CxSurveyKind.NPS.isValidScore(-1));
        assertFalse(CxSurveyKind.CSAT.isValidScore(0) || CxSurveyKind.CSAT.isValidScore(6));
        assertTrue(CxSurveyKind.CES.isValidScore(7));
        assertFalse(CxSurveyKind.CES.isValidScore(8));
        assertArrayEquals(new int[] {1, 2}, CxSurveyKind.CSAT.bandRange("low"));
        assertArrayEquals(new int[] {5, 7}, CxSurveyKind.CES.bandRange("high"));
        assertEquals(CxSurveyKind.CES, CxSurveyKind.getInstance("CES"));
        assertNull(CxSurveyKind.getInstance("ces"));
    }
}
