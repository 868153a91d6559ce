package dev.opshistory.analytics.rules;

import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The results of a pure function for the keys it was asked about recently. Alerts repeat their texts (the same
 * check fires again and again with the same title), so a rule that depends on nothing but a text need not read
 * it again. Bounded: cleared when full. Only the capacity is serialized, so a Flink function holding one ships
 * empty to each task.
 *
 * @param <K> the function's argument (immutable, with value equality)
 * @param <V> its result (immutable)
 */
public final class RecentResults<K, V> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int capacity;
    private transient volatile Map<K, V> results;

    /** @param capacity how many keys keep their result before all are dropped */
    public RecentResults(int capacity) {
        this.capacity = capacity;
    }

    /** The result for {@code key}: the one kept, else {@code compute}'s, kept from now on. */
    public V get(K key, Function<? super K, ? extends V> compute) {
        Map<K, V> kept = results;
        if (kept == null) {
            kept = new ConcurrentHashMap<>();
            results = kept;
        }
        V known = kept.get(key);
        if (known != null) {
            return known;
        }
        V value = compute.apply(key);
        if (kept.size() >= capacity) {
            kept.clear();
        }
        kept.put(key, value);
        return value;
    }
}
