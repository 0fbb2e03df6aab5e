package dev.cxplugin.notify.service;

import dev.cxplugin.notify.type.CxNotificationKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The writer of what checkout records, with a sink that keeps what it is given (the real sink is the service's). */
class CxOutboxWriterTest {

    /** Records each batch and the thread that wrote it; blocks the first batch until released when asked. */
    static class RecordingSink implements CxOutboxWriter.Sink {
        final List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());
        final List<String> threads = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch firstBatchStarted = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        volatile boolean holdFirstBatch;
        volatile boolean failing;

        @Override
        public void writeAll(List<CxNotificationRequest> requests) {
            List<String> keys = new ArrayList<>();
            for (CxNotificationRequest r : requests) {
                keys.add(r.getDedupeKey());
            }
            batches.add(keys);
            threads.add(Thread.currentThread().getName());
            if (holdFirstBatch && batches.size() == 1) {
                firstBatchStarted.countDown();
                await(release);
            }
            if (failing) {
                throw new IllegalStateException("database unavailable (simulated)");
            }
        }

        List<String> allKeys() {
            List<String> all = new ArrayList<>();
            synchronized (batches) {
                batches.forEach(all::addAll);
            }
            return all;
        }
    }

    final RecordingSink sink = new RecordingSink();
    CxOutboxWriter writer;

    @AfterEach
    void stop() {
        sink.release.countDown();
        if (writer != null) {
            writer.stop(5000);
        }
    }

    @Test
    void requestsArrivingWhileABatchIsWrittenAreWrittenTogetherInTheNextBatch() {
        writer = new CxOutboxWriter(sink, 100, 50);
        sink.holdFirstBatch = true;
        writer.submit(request(0));
        await(sink.firstBatchStarted);
        for (int i = 1; i <= 5; i++) {
            writer.submit(request(i));
        }
        assertFalse(writer.awaitWritten(100), "not written while the first batch is held");
        sink.release.countDown();

        assertTrue(writer.awaitWritten(5000));
        assertEquals(List.of(List.of("k0"), List.of("k1", "k2", "k3", "k4", "k5")), sink.batches);
        assertEquals(List.of("cx-outbox-writer", "cx-outbox-writer"), sink.threads);
    }

    @Test
    void aBatchIsNeverLargerThanTheMaximum() {
        writer = new CxOutboxWriter(sink, 100, 3);
        sink.holdFirstBatch = true;
        writer.submit(request(0));
        await(sink.firstBatchStarted);
        for (int i = 1; i <= 7; i++) {
            writer.submit(request(i));
        }
        sink.release.countDown();

        assertTrue(writer.awaitWritten(5000));
        assertEquals(List.of(List.of("k0"), List.of("k1", "k2", "k3"), List.of("k4", "k5", "k6"), List.of("k7")), sink.batches);
    }

    @Test
    void aFullQueueIsWrittenOnTheCallersThreadRatherThanDropped() {
        writer = new CxOutboxWriter(sink, 1, 50);
        sink.holdFirstBatch = true;
        writer.submit(request(0)); // taken by the writer, held in the sink
        await(sink.firstBatchStarted);
        writer.submit(request(1)); // fills the queue
        writer.submit(request(2)); // no room: written here
        assertEquals("k2", sink.batches.get(1).get(0));
        assertEquals(Thread.currentThread().getName(), sink.threads.get(1));
        sink.release.countDown();

        assertTrue(writer.awaitWritten(5000));
        assertEquals(List.of("k0", "k2", "k1"), sink.allKeys());
    }

    @Test
    void aBatchThatFailsIsCountedSoNobodyWaitsForeverAndTheWriterGoesOn() {
        writer = new CxOutboxWriter(sink, 100, 50);
        sink.failing = true;
        writer.submit(request(0));
        assertTrue(writer.awaitWritten(5000), "a failed batch is left to the reconciler, not waited for");
        sink.failing = false;
        writer.submit(request(1));

        assertTrue(writer.awaitWritten(5000));
        assertEquals(List.of("k0", "k1"), sink.allKeys());
    }

    @Test
    void stoppingWritesWhatIsQueuedAndWhatComesAfterIsWrittenAtOnce() {
        writer = new CxOutboxWriter(sink, 100, 50);
        sink.holdFirstBatch = true;
        writer.submit(request(0));
        await(sink.firstBatchStarted);
        writer.submit(request(1));
        writer.submit(request(2));
        sink.release.countDown();
        writer.stop(5000);
        assertEquals(List.of("k0", "k1", "k2"), sink.allKeys());

        writer.submit(request(3));
        assertEquals(List.of("k0", "k1", "k2", "k3"), sink.allKeys(), "written on the caller's thread after the stop");
        assertEquals(Thread.currentThread().getName(), sink.threads.get(sink.threads.size() - 1));
    }

    @Test
    void someoneWaitingForTheRowsHasThemWrittenWithoutTheLingerTime() {
        writer = new CxOutboxWriter(sink, 100, 50);
        writer.setLingerMillis(60_000);
        writer.submit(request(0));
        writer.submit(request(1));

        assertTrue(writer.awaitWritten(5000), "written at once for the waiter, not after a minute");
        assertEquals(List.of("k0", "k1"), sink.allKeys());
    }

    @Test
    void requestsArrivingWithinTheLingerTimeShareOneBatch() throws Exception {
        writer = new CxOutboxWriter(sink, 100, 50);
        writer.setLingerMillis(2_000);
        for (int i = 0; i < 4; i++) {
            writer.submit(request(i));
            Thread.sleep(20);
        }

        assertTrue(writer.awaitWritten(5000));
        assertEquals(List.of(List.of("k0", "k1", "k2", "k3")), sink.batches);
    }

    static CxNotificationRequest request(int i) {
        return new CxNotificationRequest(CxNotificationKind.ORDER_CONFIRMED, "k" + i);
    }

    static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(5, TimeUnit.SECONDS), "timed out");
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
