package dev.cxplugin.notify.dao;

import dev.cxplugin.notify.domain.CxNotification;

import java.util.Date;
import java.util.List;

public interface CxNotificationDao {

    CxNotification create();

    CxNotification save(CxNotification notification);

    CxNotification readById(Long id);

    CxNotification readByDedupeKey(String dedupeKey);

    /**
     * Ids of rows a dispatcher may take now: PENDING and due, or SENDING with an expired lease. On databases
     * with SKIP LOCKED (PostgreSQL 9.5+, MariaDB 10.6+) the rows are locked until the caller's transaction ends
     * and rows another transaction holds are skipped; call it in the transaction that {@link #claim}s them.
     */
    List<Long> readDueIds(Date now, int limit);

    /**
     * Takes each row for {@code owner} until {@code leaseUntil}, if it is still free; returns the ids taken.
     * Two dispatchers never both take a row: the conditional update succeeds for one of them only.
     */
    List<Long> claim(List<Long> ids, String owner, Date now, Date leaseUntil);

    long countByStatus(String status);
}
