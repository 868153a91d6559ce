package dev.opshistory.analytics.assemble;

import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.Enrichment;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;

/**
 * The keyed state of one event id while it is assembled: the latest version (by {@code updated_at}, then
 * {@code resolved_at}, then arrival) and the enrichments seen so far. Shared by the keyed functions that
 * assemble events ({@link EventAssemblyFunction} for postmortems, the classify step for alerts and incidents),
 * so both keep versions and enrichments the same way (DESIGN.md §3, docs/decisions/0003).
 */
public final class AssemblyState {

    private final long settleMillis;
    private final ValueState<CanonicalEvent> latest;
    private final ListState<Enrichment> enrichments;

    private AssemblyState(long settleMillis, ValueState<CanonicalEvent> latest, ListState<Enrichment> enrichments) {
        this.settleMillis = settleMillis;
        this.latest = latest;
        this.enrichments = enrichments;
    }

    /**
     * The state of the current key of a keyed function; call from its {@code open}.
     *
     * @param settleTime how long after a record's time (event time) later versions are still awaited
     */
    public static AssemblyState open(RuntimeContext context, Duration settleTime) {
        return new AssemblyState(settleTime.toMillis(),
                context.getState(new ValueStateDescriptor<>("latest-version", CanonicalEvent.class)),
                context.getListState(new ListStateDescriptor<>("enrichments", Enrichment.class)));
    }

    /**
     * Keeps a version or an enrichment of the current key.
     *
     * @return the event time (epoch millis) at which the key may be assembled: the record's time plus the
     *         settle time; a record without a time counts from the epoch
     */
    public long add(IngestRecord record) throws Exception {
        if (record.event() != null) {
            CanonicalEvent current = latest.value();
            if (current == null || isNewer(record.event(), current)) {
                latest.update(record.event());
            }
            return settleTime(record.event().createdAt());
        }
        enrichments.add(record.enrichment());
        return settleTime(record.enrichment().at());
    }

    /**
     * The current key's event with its enrichments folded in ({@link EventAssembly}), or null when no version
     * of it arrived, in which case its enrichments go to {@code orphans}. Clears the key's state either way, so
     * a later timer of the same key finds nothing.
     */
    public CanonicalEvent take(Consumer<Enrichment> orphans) throws Exception {
        CanonicalEvent current = latest.value();
        List<Enrichment> folded = new ArrayList<>();
        enrichments.get().forEach(folded::add);
        latest.clear();
        enrichments.clear();
        if (current == null) {
            folded.forEach(orphans);
            return null;
        }
        return EventAssembly.apply(current, folded);
    }

    private long settleTime(Instant time) {
        long at = (time == null ? Instant.EPOCH : time).toEpochMilli() + settleMillis;
        return at < 0 ? Long.MAX_VALUE - 1 : at; // overflow guard for far-future dates
    }

    /** Whether {@code candidate} is a later version than {@code current}; ties keep the later arrival. */
    static boolean isNewer(CanonicalEvent candidate, CanonicalEvent current) {
        int byUpdate = compareNullsFirst(candidate.updatedAt(), current.updatedAt());
        if (byUpdate != 0) {
            return byUpdate > 0;
        }
        return compareNullsFirst(candidate.resolvedAt(), current.resolvedAt()) >= 0;
    }

    private static int compareNullsFirst(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }
}
