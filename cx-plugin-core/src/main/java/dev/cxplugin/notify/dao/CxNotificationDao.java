package dev.cxplugin.notify.dao;

import dev.cxplugin.notify.domain.CxNotification;

import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;

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

    /** Cancels the order's notifications of this kind that have not gone yet (e.g. a follow-up after a return). */
    int cancelPending(Long orderId, String kind, String reason);

    List<CxNotification> readByOrder(Long orderId);
    /** The rows with these ids, in one query (ids that do not exist are left out). */
    List<CxNotification> readByIds(Collection<Long> ids);

    /** Status, number and submit date of these orders by order id, in one query, without loading the orders. */
    Map<Long, CxOrderHead> readOrderHeads(Collection<Long> orderIds);

    /**
     * Records SENT (one more attempt, lease released) for these rows, one statement per chunk of ids in
     * ascending order like the claim, so it cannot deadlock with a claim; returns how many rows changed.
     */
    int markSent(Collection<Long> ids, Date sentDate);
}
