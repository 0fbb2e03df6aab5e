package dev.cxplugin.survey.type;

import java.io.Serializable;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The survey questions, Broadleaf-style extensible constants: NPS (0-10, "how likely are you to recommend us"),
 * CSAT (1-5, "how satisfied were you") and CES (1-7, "the store made it easy to ..."). Each knows its scale and
 * its score bands (NPS: detractor 0-6, passive 7-8, promoter 9-10; CSAT and CES: low, neutral, high).
 */
public class CxSurveyKind implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, CxSurveyKind> TYPES = new LinkedHashMap<String, CxSurveyKind>();

    public static final String DETRACTOR = "detractor";
    public static final String PASSIVE = "passive";
    public static final String PROMOTER = "promoter";
    public static final String LOW = "low";
    public static final String NEUTRAL = "neutral";
    public static final String HIGH = "high";

    public static final CxSurveyKind NPS = new CxSurveyKind("NPS", "Net Promoter Score", 0, 10, 6, 8);
    public static final CxSurveyKind CSAT = new CxSurveyKind("CSAT", "Customer satisfaction", 1, 5, 2, 3);
    public static final CxSurveyKind CES = new CxSurveyKind("CES", "Customer effort", 1, 7, 3, 4);

    private final String type;
    private final String friendlyType;
    private final int min;
    private final int max;
    /** Scores up to this are the low band (NPS detractors). */
    private final int lowUpTo;
    /** Scores above lowUpTo up to this are the middle band (NPS passives); above it the high band. */
    private final int middleUpTo;

    public CxSurveyKind(String type, String friendlyType, int min, int max, int lowUpTo, int middleUpTo) {
        this.type = type;
        this.friendlyType = friendlyType;
        this.min = min;
        this.max = max;
        this.lowUpTo = lowUpTo;
        this.middleUpTo = middleUpTo;
        synchronized (TYPES) {
            if (!TYPES.containsKey(type)) {
                TYPES.put(type, this);
            }
        }
    }

    /** The kind of this name (exact, upper case), or null. */
    public static CxSurveyKind getInstance(String type) {
        synchronized (TYPES) {
            return type == null ? null : TYPES.get(type);
        }
    }

    public static Collection<CxSurveyKind> all() {
        synchronized (TYPES) {
            return Collections.unmodifiableCollection(TYPES.values());
        }
    }

    public boolean isValidScore(int score) {
        return score >= min && score <= max;
    }

    /** detractor/passive/promoter for NPS; low/neutral/high for the others. */
    public String band(int score) {
        boolean nps = "NPS".equals(type);
        if (score <= lowUpTo) {
            return nps ? DETRACTOR : LOW;
        }
        if (score <= middleUpTo) {
            return nps ? PASSIVE : NEUTRAL;
        }
        return nps ? PROMOTER : HIGH;
    }

    /** The band names of this kind, lowest first. */
    public String[] bands() {
        return "NPS".equals(type) ? new String[] {DETRACTOR, PASSIVE, PROMOTER} : new String[] {LOW, NEUTRAL, HIGH};
    }

    /** The lowest and highest score of one of this kind's bands, or null (NPS has no "low", CSAT no "promoter"). */
    public int[] bandRange(String band) {
        String[] names = bands();
        if (names[0].equals(band)) {
            return new int[] {min, lowUpTo};
        }
        if (names[1].equals(band)) {
            return new int[] {lowUpTo + 1, middleUpTo};
        }
        if (names[2].equals(band)) {
            return new int[] {middleUpTo + 1, max};
        }
        return null;
    }

    public String getType() { return type; }
    public String getFriendlyType() { return friendlyType; }
    public int getMin() { return min; }
    public int getMax() { return max; }

    /** Message key prefix of this kind's texts, e.g. {@code cx.survey.nps.}. */
    public String messagePrefix() {
        return "cx.survey." + type.toLowerCase() + ".";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CxSurveyKind && ((CxSurveyKind) o).type.equals(type);
    }

    @Override
    public int hashCode() {
        return type.hashCode();
    }

    @Override
    public String toString() {
        return type;
    }
}
