package dev.cxplugin.test;

import dev.cxplugin.loyalty.domain.CxLoyaltyEntry;
import dev.cxplugin.loyalty.service.CxLoyaltyException;
import dev.cxplugin.loyalty.service.CxLoyaltyService;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Threads of one store node redeeming from one loyalty account at once, as shoppers' tabs would: counts what
 * was accepted and refused, whether a balance below zero was ever read, and anything that failed otherwise.
 * Used by a test JVM and by a store process ({@link StoreProcessMain} {@code redeem}) on the same database.
 */
public final class LoyaltyRace {

    private final CxLoyaltyService loyalty;
    private final Long customerId;
    private final long points;
    private final List<CxLoyaltyEntry> accepted = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicBoolean negativeSeen = new AtomicBoolean();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

    public LoyaltyRace(CxLoyaltyService loyalty, Long customerId, long points) {
        this.loyalty = loyalty;
        this.customerId = customerId;
        this.points = points;
    }

    /** Runs {@code threads} threads of {@code attempts} redemptions each, all starting together; waits for them. */
    public void run(int threads, int attempts, Consumer<CxLoyaltyEntry> onAccepted) throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> all = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < attempts; i++) {
                    attempt(onAccepted);
                }
            }, "loyalty-race-" + t);
            thread.start();
            all.add(thread);
        }
        go.countDown();
        for (Thread thread : all) {
            thread.join();
        }
    }

    private void attempt(Consumer<CxLoyaltyEntry> onAccepted) {
        try {
            CxLoyaltyEntry e = loyalty.redeem(customerId, points, UUID.randomUUID().toString());
            accepted.add(e);
            onAccepted.accept(e);
        } catch (CxLoyaltyException e) {
            if (e.getCode() == CxLoyaltyException.Code.INSUFFICIENT) {
                refused.incrementAndGet();
            } else {
                failures.add(e.getCode() + ": " + e.getMessage());
            }
        } catch (RuntimeException e) {
            failures.add(e.toString());
        }
        try {
            if (loyalty.readAccount(customerId).getAvailable() < 0) {
                negativeSeen.set(true);
            }
        } catch (RuntimeException e) {
            failures.add("reading the balance: " + e);
        }
    }

    public List<CxLoyaltyEntry> acceptedEntries() {
        synchronized (accepted) {
            return new ArrayList<>(accepted);
        }
    }

    public int accepted() {
        return accepted.size();
    }

    public int refused() {
        return refused.get();
    }

    public boolean negativeSeen() {
        return negativeSeen.get();
    }

    public List<String> failures() {
        synchronized (failures) {
            return new ArrayList<>(failures);
        }
    }
}
