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
     * checkout does), the request is written once the next commit of that EntityManager, Broadleaf's final order
     * save, has succeeded: after the order is SUBMITTED, never for an order whose save failed. The row is written
     * off the checkout's thread, in batches ({@link #awaitRecorded}); if the process dies before that, the
     * order confirmation reconciler records it. No duplicate check is made in checkout: the caller records an
     * event that cannot have been recorded before (the confirmation of an order being checked out) and calls
     * {@link #discardWithOrderSave} if the save will not happen. In a transaction the row joins that; with no
     * EntityManager open it behaves as {@link #enqueueIndependently}.
     */
    void enqueueWithOrderSave(CxNotificationRequest request);

    /** Withdraws a request recorded by {@link #enqueueWithOrderSave} whose order save will not happen. */
    void discardWithOrderSave(CxNotificationRequest request);

    /**
     * Waits until the requests recorded with order saves that have committed so far are in the outbox (the
     * reconciler, tests, a graceful shutdown); false if that took longer than the timeout.
     */
    boolean awaitRecorded(long timeoutMillis);

    CxNotification readById(Long id);

    /** Puts a DEAD (or cancelled) notification back in the queue: the admin's "resend". */
    CxNotification resend(Long id);
}
