package dev.opshistory.app.generate;

import java.time.Instant;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Puts records planned slightly out of order back in time order: records go in as episodes are planned, and
 * come out once no later episode can produce anything earlier (the caller says up to when). Ties keep
 * insertion order, so the output is deterministic. It holds only the records of the last hours planned, so
 * its size follows the alert rate, not the number of alerts.
 */
final class TimeOrderedBuffer<T> {

    private record Entry<T>(Instant at, long sequence, T item) {
    }

    private final Function<T, Instant> time;
    private final PriorityQueue<Entry<T>> queue = new PriorityQueue<>(
            Comparator.<Entry<T>, Instant>comparing(Entry::at).thenComparingLong(Entry::sequence));
    private long sequence;

    TimeOrderedBuffer(Function<T, Instant> time) {
        this.time = time;
    }

    void add(T item) {
        queue.add(new Entry<>(time.apply(item), sequence++, item));
    }

    /** Hands on, in time order, every record earlier than {@code before}. */
    void releaseBefore(Instant before, Consumer<T> out) {
        while (!queue.isEmpty() && queue.peek().at().isBefore(before)) {
            out.accept(queue.poll().item());
        }
    }

    /** Hands on every record left, in time order. */
    void releaseAll(Consumer<T> out) {
        while (!queue.isEmpty()) {
            out.accept(queue.poll().item());
        }
    }

    int size() {
        return queue.size();
    }
}
