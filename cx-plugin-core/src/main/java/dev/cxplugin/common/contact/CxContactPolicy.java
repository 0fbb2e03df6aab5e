package dev.cxplugin.common.contact;

import java.util.Date;
import java.util.List;

/**
 * Whether and how often the store may write to a customer beyond what their orders require. Opt-out and
 * the consented birth date are Broadleaf customer attributes ({@code cx.emailOptOut},
 * {@code cx.birthDate}), so they show in Broadleaf's own customer screen; the contact cap
 * ({@code cx.contact.capDays}, default 7: at most one non-transactional email per 7 days) is shared by
 * every non-transactional kind of every capability.
 */
public interface CxContactPolicy {

    /** Customer attribute: "true" when the customer opted out of non-transactional emails. */
    String OPT_OUT_ATTRIBUTE = "cx.emailOptOut";

    /** Customer attribute: the consented birth date, ISO {@code yyyy-MM-dd}. */
    String BIRTH_DATE_ATTRIBUTE = "cx.birthDate";

    boolean isOptedOut(Long customerId);

    /** Records the customer's choice (from the account page or an unsubscribe link), in the caller's transaction. */
    void setOptedOut(Long customerId, boolean optedOut);

    /** The birth date the customer consented to give for birthday greetings, or null. */
    Date getBirthDate(Long customerId);

    /** Sets (or, with null, removes) the customer's birth date; giving it is the consent. */
    void setBirthDate(Long customerId, Date birthDate);

    /** Ids of customers with a birth date on this month and day (for the daily birthday job). */
    List<Long> readCustomerIdsWithBirthday(int month, int dayOfMonth);

    /**
     * Takes the customer's non-transactional contact slot at {@code now} if the cap allows it (none taken
     * within the cap window) and the customer has not opted out. Atomic across threads and store nodes:
     * of two concurrent callers for one customer, one gets true. Returns false otherwise.
     */
    boolean reserveContact(Long customerId, Date now);

    /** When the slot is free again (now if it is free), for rescheduling a capped email. */
    Date nextContactAllowed(Long customerId, Date now);
}
