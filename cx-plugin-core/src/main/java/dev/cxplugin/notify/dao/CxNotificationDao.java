package dev.cxplugin.notify.dao;

import dev.cxplugin.notify.domain.CxNotification;

import java.util.Date;
import java.util.List;

public interface CxNotificationDao {

    CxNotification create();

    CxNotification save(CxNotification notification);

    CxNotification readById(Long id);

    CxNotification readByDedupeKey(String dedupeKey);

    /** Ids of rows a dispatcher may take now: PENDING and due, or SENDING with an expired lease. */
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
}
