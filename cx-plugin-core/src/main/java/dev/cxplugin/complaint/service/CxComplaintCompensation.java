package dev.cxplugin.complaint.service;

import java.math.BigDecimal;

/** An apology offer: percent or amount off the next order, valid for some days. */
public class CxComplaintCompensation {

    protected final boolean percent;
    protected final BigDecimal value;
    protected final int validDays;
    protected final String message;

    public CxComplaintCompensation(boolean percent, BigDecimal value, int validDays, String message) {
        this.percent = percent;
        this.value = value;
        this.validDays = validDays;
        this.message = message;
    }

    public boolean isPercent() { return percent; }
    public BigDecimal getValue() { return value; }
    public int getValidDays() { return validDays; }
    public String getMessage() { return message; }

    /** As shown on the ticket: "10%" or "25.00". */
    public String label() {
        return percent ? value.stripTrailingZeros().toPlainString() + "%" : value.setScale(2, BigDecimal.ROUND_HALF_UP).toPlainString();
    }
}
