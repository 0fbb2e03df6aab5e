package dev.cxplugin.notify.service;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes the outbox rows that checkout recorded, after Broadleaf's final order save has committed: on a thread of
 * its own and many rows per transaction, so the shopper's checkout waits for neither the INSERT nor its id. A
 * request still queued when the process dies is recorded by the reconciler, as for any SUBMITTED order without
 * a confirmation; a full queue (the database far behind) writes on the caller's thread instead.
 */
public class CxOutboxWriter {

    private static final Log LOG = LogFactory.getLog(CxOutboxWriter.class);

    /** What writes a batch (the notification service, in one transaction). */
    public interface Sink {
        void writeAll(List<CxNotificationRequest> requests);
    }

    protected final Sink sink;
    protected final BlockingQueue<CxNotificationRequest> queue;
    protected final int maxBatch;
    /**
     * How long the writer gathers requests after the first before it writes them: a transaction of its own per
     * order cost the writer ~0.4 ms of CPU; a batch shares one. The email waits this much longer (the dispatcher
     * runs every 2 s by default); the shopper does not.
     */
    protected long lingerMillis = 200;
    protected final AtomicLong submitted = new AtomicLong();
    protected final AtomicLong written = new AtomicLong();
    protected final Object writtenMonitor = new Object();
    protected Thread thread;
    protected volatile boolean stopping;
    /** Set by a waiter: write now rather than after the linger time. */
    protected volatile boolean flushRequested;

    public void setLingerMillis(long lingerMillis) {
        this.lingerMillis = lingerMillis;
    }

    public CxOutboxWriter(Sink sink, int capacity, int maxBatch) {
        this.sink = sink;
        this.queue = new LinkedBlockingQueue<CxNotificationRequest>(capacity);
        this.maxBatch = maxBatch;
    }

    public void submit(CxNotificationRequest request) {
        submitted.incrementAndGet();
        if (!stopping && queue.offer(request)) {
            ensureStarted();
            return;
        }
        writeAndCount(Collections.singletonList(request));
    }

    /** Waits until every request submitted before this call is written (or failed over to the reconciler). */
    public boolean awaitWritten(long timeoutMillis) {
        long target = submitted.get();
        if (written.get() < target) {
            flushRequested = true; // someone waits: the writer stops lingering and writes what it has
            Thread t = getThread();
            if (t != null) {
                LockSupport.unpark(t);
            }
        }
        long deadline = System.currentTimeMillis() + timeoutMillis;
        synchronized (writtenMonitor) {
            while (written.get() < target) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    return false;
                }
                try {
                    writtenMonitor.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }

    /** Writes what is queued, then ends the thread; later requests are written on their caller's thread. */
    public void stop(long timeoutMillis) {
        stopping = true;
        awaitWritten(timeoutMillis);
        Thread t;
        synchronized (this) {
            t = thread;
            thread = null;
        }
        if (t != null) {
            t.interrupt();
        }
        List<CxNotificationRequest> left = new ArrayList<CxNotificationRequest>();
        queue.drainTo(left);
        if (!left.isEmpty()) {
            writeAndCount(left);
        }
    }

    /** The writer thread (for a benchmark's CPU accounting); null before the first request. */
    public synchronized Thread getThread() {
        return thread;
    }

    protected synchronized void ensureStarted() {
        if (thread == null && !stopping) {
            thread = new Thread(new Runnable() {
                @Override
                public void run() {
                    drainUntilStopped();
                }
            }, "cx-outbox-writer");
            thread.setDaemon(true);
            thread.start();
        }
    }

    protected void drainUntilStopped() {
        List<CxNotificationRequest> batch = new ArrayList<CxNotificationRequest>(maxBatch);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            lingerFrom(System.nanoTime());
            queue.drainTo(batch, maxBatch - 1);
            writeAndCount(batch);
            batch.clear();
        }
    }

    /**
     * Sleeps out the linger time unless a batch is full or someone waits for the rows. Sleeping rather than waiting
     * on the queue: a checkout handing over its request then wakes nobody (a wake-up per checkout is a system
     * call on the shopper's thread).
     */
    protected void lingerFrom(long start) {
        long until = start + lingerMillis * 1_000_000L;
        long left;
        while (!flushRequested && queue.size() < maxBatch - 1 && (left = until - System.nanoTime()) > 0) {
            LockSupport.parkNanos(this, left);
            if (Thread.currentThread().isInterrupted()) {
                break; // stopping: what is queued is written, then the thread ends
            }
        }
        flushRequested = false;
    }

    protected void writeAndCount(List<CxNotificationRequest> batch) {
        try {
            sink.writeAll(batch);
        } catch (RuntimeException e) {
            LOG.warn("Could not write " + batch.size() + " outbox row(s); the order confirmation reconciler records them", e);
        } finally {
            synchronized (writtenMonitor) {
                written.addAndGet(batch.size());
                writtenMonitor.notifyAll();
            }
        }
    }
}
