package dev.opshistory.common;

import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The results of a pure function for the keys it was asked about recently. Alerts repeat their texts (the same
 * check fires again and again with the same title), so a rule that depends on nothing but a text need not read
 * it again. Bounded, in two generations: when the recent keys reach the capacity they become the older
 * generation and the one before is dropped; a key asked for again from the older generation is recent again.
 * So the keys in steady use stay, even when many more are asked about once (a clear-when-full table drops the
 * hot keys with the cold ones, and misses on every key whose working set is larger than it). Only the capacity
 * is serialized, so a Flink function holding one ships empty to each task.
 *
 * @param <K> the function's argument (immutable, with value equality)
 * @param <V> its result (immutable)
 */
public final class RecentResults<K, V> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int capacity;
    private transient volatile Generations<K, V> generations;

    private record Generations<K, V>(Map<K, V> recent, Map<K, V> older) {
    }

    /** @param capacity how many keys a generation holds: at most twice that many keep their result */
    public RecentResults(int capacity) {
        this.capacity = capacity;
    }

    /** The result for {@code key}: the one kept, else {@code compute}'s, kept from now on. */
    public V get(K key, Function<? super K, ? extends V> compute) {
        Generations<K, V> kept = generations;
        if (kept == null) {
            kept = new Generations<>(new ConcurrentHashMap<>(), Map.of());
            generations = kept;
        }
        V known = kept.recent().get(key);
        if (known != null) {
            return known;
        }
        V value = kept.older().get(key);
        if (value == null) {
            value = compute.apply(key);
        }
        if (kept.recent().size() >= capacity) {
            kept = new Generations<>(new ConcurrentHashMap<>(), kept.recent());
            generations = kept;
        }
        kept.recent().put(key, value);
        return value;
    }
}
