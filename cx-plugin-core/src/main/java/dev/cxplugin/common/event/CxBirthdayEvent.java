package dev.cxplugin.common.event;

/**
 * A customer's birthday greeting was recorded (once per customer and year, by notify's daily job). Published in
 * the greeting's transaction; loyalty grants its birthday bonus.
 */
public class CxBirthdayEvent extends CxEvent {

    private static final long serialVersionUID = 1L;

    private final int year;

    public CxBirthdayEvent(Object source, Long customerId, int year) {
        super(source, customerId, null);
        this.year = year;
    }

    /** The year of the birthday: one greeting, and one bonus, per year. */
    public int getYear() {
        return year;
    }
}
