package dev.cxplugin.common.contact.dao;

import dev.cxplugin.common.contact.domain.CxContactSlot;

import java.util.Date;
import java.util.List;

public interface CxContactDao {

    CxContactSlot readSlot(Long customerId);

    /** Persists and flushes an empty slot; fails on the primary key if another caller created it first. */
    void createSlot(Long customerId);

    /**
     * Sets the slot's last contact to {@code now} only if it is empty or its last contact is not after
     * {@code freeSince}: one conditional UPDATE, so of two concurrent callers one changes the row.
     * Returns the number of rows changed (0 or 1).
     */
    int takeSlot(Long customerId, Date now, Date freeSince);

    /** Ids of customers with a customer attribute of this name whose value ends with {@code suffix}. */
    List<Long> readCustomerIdsWithAttributeEndingWith(String name, String suffix);
}
