package dev.cxplugin.notify.service;

import dev.cxplugin.notify.domain.CxNotification;

/** The small API every capability uses to have the store write to a customer. */
public interface CxNotificationService {

    /**
     * Records the email in the outbox, in the caller's transaction (so it commits with the change it
     * announces). A second request with the same dedupe key records nothing and returns the first row;
     * a cancelled one comes back to life (a checkout retried after a failure).
     */
    CxNotification enqueue(CxNotificationRequest request);

    /** As {@link #enqueue}, in a transaction of its own; a concurrent duplicate is not an error. */
    CxNotification enqueueIndependently(CxNotificationRequest request);

    /**
     * For checkout: when it runs on the request's open EntityManager without a transaction (Broadleaf 3.1's
     * checkout does), the row joins that EntityManager and is written by the commit of Broadleaf's final order
     * save, atomically with the order becoming SUBMITTED, with no round trip of its own (no duplicate check: the
     * caller records an event that cannot have been recorded before, such as the confirmation of an order being
     * checked out, and calls {@link #discardWithOrderSave} if the save will not happen). In a transaction it
     * joins that; with no EntityManager open it behaves as {@link #enqueueIndependently}.
     */
    CxNotification enqueueWithOrderSave(CxNotificationRequest request);

    /** Takes a row recorded by {@link #enqueueWithOrderSave} out of the request's EntityManager before it is written. */
    void discardWithOrderSave(CxNotification notification);

    CxNotification readById(Long id);

    /** Puts a DEAD (or cancelled) notification back in the queue: the admin's "resend". */
    CxNotification resend(Long id);
}
