package dev.cxplugin.loyalty;

import dev.cxplugin.loyalty.service.CxLoyaltyProgramme;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The programme's rules as plain arithmetic: rates, minimum, rounding, tiers and their multipliers. */
class CxLoyaltyProgrammeTest {

    static Map<String, String> defaults() {
        Map<String, String> m = new HashMap<>();
        m.put("pointsPerUnit", "1");
        m.put("pointValue", "0.01");
        m.put("minimumOrder", "0");
        m.put("rounding", "DOWN");
        m.put("tiers", "BRONZE:0:1,SILVER:500:1.25,GOLD:1500:1.5");
        m.put("expiryMonths", "12");
        m.put("expiryWarningDays", "14");
        m.put("returnWindowDays", "14");
        m.put("minRedeemPoints", "100");
        m.put("maxRedeemPoints", "100000");
        m.put("rewardValidDays", "90");
        m.put("reviewBonusPoints", "50");
        m.put("signupBonusPoints", "100");
        m.put("birthdayBonusPoints", "100");
        m.put("complaintBonusPoints", "200");
        m.put("earnLookbackDays", "30");
        return m;
    }

    static CxLoyaltyProgramme with(String key, String value) {
        Map<String, String> m = defaults();
        m.put(key, value);
        return new CxLoyaltyProgramme(m);
    }

    @Test
    void pointsArePerUnitOfMerchandiseRoundedAsConfiguredAndMultipliedByTier() {
        CxLoyaltyProgramme p = new CxLoyaltyProgramme(defaults());
        assertEquals(19, p.pointsFor(new BigDecimal("19.99"), null));
        assertEquals(24, p.pointsFor(new BigDecimal("19.99"), "SILVER"), "19.99 x 1.25 = 24.99, rounded down");
        assertEquals(29, p.pointsFor(new BigDecimal("19.99"), "GOLD"));
        assertEquals(20, with("rounding", "HALF_UP").pointsFor(new BigDecimal("19.50"), null));
        assertEquals(40, with("pointsPerUnit", "2").pointsFor(new BigDecimal("20"), null));
        assertEquals(0, with("minimumOrder", "25").pointsFor(new BigDecimal("24.99"), null), "below the minimum order");
        assertEquals(0, p.pointsFor(BigDecimal.ZERO, null));
        assertEquals(0, p.pointsFor(new BigDecimal("-5"), null));
    }

    @Test
    void tiersFollowTheTrailingSpendThresholds() {
        CxLoyaltyProgramme p = new CxLoyaltyProgramme(defaults());
        assertEquals("BRONZE", p.tierFor(new BigDecimal("499.99")).getCode());
        assertEquals("SILVER", p.tierFor(new BigDecimal("500")).getCode());
        assertEquals("GOLD", p.tierFor(new BigDecimal("1500")).getCode());
        assertEquals(3, p.tier("GOLD").getRank());
        assertEquals("GOLD", p.nextTier("SILVER").getCode());
        assertNull(p.nextTier("GOLD"));
        assertEquals("BRONZE", p.tier("NO_SUCH").getCode(), "an unknown tier counts as the first");
    }

    @Test
    void pointsAreWorthTheConfiguredValue() {
        assertEquals(0, new BigDecimal("5.00").compareTo(new CxLoyaltyProgramme(defaults()).valueOf(500)));
    }

    @Test
    void malformedSettingsAreRefusedNamingTheSetting() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> with("tiers", "GOLD:100:2")).getMessage().contains("tiers"));
        assertThrows(IllegalArgumentException.class, () -> with("tiers", "BRONZE:0:1,SILVER:0:2"));
        assertThrows(IllegalArgumentException.class, () -> with("tiers", "BRONZE:0:1,<b>:10:2"));
        assertThrows(IllegalArgumentException.class, () -> with("tiers", ""));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> with("rounding", "CEILING")).getMessage().contains("rounding"));
        assertThrows(IllegalArgumentException.class, () -> with("pointsPerUnit", "-1"));
        assertThrows(IllegalArgumentException.class, () -> with("pointValue", "abc"));
        assertThrows(IllegalArgumentException.class, () -> with("expiryMonths", "0"));
        assertThrows(IllegalArgumentException.class, () -> with("maxRedeemPoints", "10"));
        for (String bonus : new String[] {"signupBonusPoints", "birthdayBonusPoints", "complaintBonusPoints"}) {
            assertTrue(assertThrows(IllegalArgumentException.class, () -> with(bonus, "-1")).getMessage().contains(bonus));
            assertThrows(IllegalArgumentException.class, () -> with(bonus, "1000001"));
            assertThrows(IllegalArgumentException.class, () -> with(bonus, "ten"));
        }
    }

    @Test
    void bonusesDefaultAsShippedAndZeroSwitchesOneOff() {
        CxLoyaltyProgramme p = new CxLoyaltyProgramme(defaults());
        assertEquals(100, p.getSignupBonusPoints());
        assertEquals(100, p.getBirthdayBonusPoints());
        assertEquals(200, p.getComplaintBonusPoints());
        assertEquals(0, with("birthdayBonusPoints", "0").getBirthdayBonusPoints());
    }
}
