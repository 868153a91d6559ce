package dev.opshistory.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Runs tasks on one background thread, one after the other in the order they were handed over, so that the
 * thread reading an export goes on parsing while the records read so far are cleaned, serialised and sent: on
 * two cores that overlaps the two halves of the work. Tasks travel in batches (waking a thread per record would
 * cost more than the record), through a bounded queue, so a slow consumer slows the reader down instead of filling
 * the heap. The first task that fails stops the others (they are skipped, so the reader is never blocked), and
 * its exception is thrown to the reader at a later hand-over or at {@link #close()}. One reader thread only.
 */
final class DeliveryThread implements AutoCloseable {

    private static final List<Runnable> END = List.of();

    private final int batchSize;
    private final BlockingQueue<List<Runnable>> queue;
    private final Thread thread;
    private List<Runnable> batch;
    private volatile Throwable failure;
    /** Set once the failure was thrown to the reader, so that {@link #close()} does not throw it a second time. */
    private boolean reported;

    /**
     * @param batchSize tasks handed over at once
     * @param batches   batches that may wait in the queue
     */
    DeliveryThread(String name, int batchSize, int batches) {
        this.batchSize = batchSize;
        this.batch = new ArrayList<>(batchSize);
        this.queue = new ArrayBlockingQueue<>(batches);
        this.thread = new Thread(this::work, name);
        thread.setDaemon(true); // never keeps the JVM alive: close() is what waits for it
        thread.start();
    }

    /**
     * Queues a task, waiting while the queue is full.
     *
     * @throws RuntimeException the failure of an earlier task
     */
    void submit(Runnable task) {
        batch.add(task);
        if (batch.size() >= batchSize) {
            throwIfFailed();
            put(batch);
            batch = new ArrayList<>(batchSize);
        }
    }

    /**
     * Waits until every task handed over has run; throws the first failure, unless a hand-over threw it already
     * (closing after that failure, as try-with-resources does, must not throw the same exception again: Java would
     * then report "Self-suppression not permitted" instead of it).
     */
    @Override
    public void close() {
        if (!batch.isEmpty()) {
            put(batch);
            batch = new ArrayList<>(batchSize);
        }
        put(END);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while delivering the last records", e);
        }
        throwIfFailed();
    }

    private void put(List<Runnable> tasks) {
        try {
            queue.put(tasks);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing over records", e);
        }
    }

    private void work() {
        while (true) {
            List<Runnable> tasks;
            try {
                tasks = queue.take();
            } catch (InterruptedException e) {
                // nobody interrupts this thread; should it happen, the reader learns of it and the queue still drains
                if (failure == null) {
                    failure = new IllegalStateException("record delivery was interrupted", e);
                }
                continue;
            }
            if (tasks == END) {
                return;
            }
            for (Runnable task : tasks) {
                if (failure != null) {
                    break;
                }
                try {
                    task.run();
                } catch (RuntimeException | Error e) {
                    failure = e;
                }
            }
        }
    }

    private void throwIfFailed() {
        Throwable f = failure;
        if (f == null || reported) {
            return;
        }
        reported = true;
        if (f instanceof RuntimeException e) {
            throw e;
        }
        if (f instanceof Error e) {
            throw e;
        }
    }
}
