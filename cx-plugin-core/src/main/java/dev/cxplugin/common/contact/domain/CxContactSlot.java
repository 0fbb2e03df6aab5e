package dev.cxplugin.common.contact.domain;

import java.io.Serializable;
import java.util.Date;

/**
 * One row per customer: when the store last wrote to them beyond what their orders require. Taking the slot
 * is one conditional UPDATE of this row, so concurrent senders (threads or store nodes) cannot both take it.
 */
public interface CxContactSlot extends Serializable {

    Long getCustomerId();
    void setCustomerId(Long customerId);

    /** The last non-transactional email, or null if none yet. */
    Date getLastContactDate();
    void setLastContactDate(Date lastContactDate);
}
