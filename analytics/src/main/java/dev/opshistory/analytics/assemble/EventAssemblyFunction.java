package dev.opshistory.analytics.assemble;

import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.Enrichment;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Keyed by event id: keeps the latest version of each event (by {@code updated_at}, then
 * {@code resolved_at}, then arrival) and its enrichments, and emits the assembled event once, so an event
 * exported while open and again once resolved is counted once with its final state (DESIGN.md §3), with
 * its log entries and notes folded in ({@link EventAssembly}).
 *
 * <p>The assembled event is emitted when the event-time timer at {@code time + settleTime} fires. In a
 * bounded run the watermark stays low until the input ends, so every version and enrichment of an id is
 * seen before the final watermark fires the timers: each id is emitted exactly once, whatever the input
 * order. In a continuous run the watermark fires them; a version arriving after its id was emitted is
 * emitted again (a known limit of {@code --follow}, docs/decisions/0002). Enrichments whose event never
 * arrived go to {@link #ORPHANS}. State is cleared when the timer fires.
 */
public class EventAssemblyFunction extends KeyedProcessFunction<String, IngestRecord, CanonicalEvent> {

    /** Enrichments whose parent event is not in the input (e.g. log entries of incidents outside the export). */
    public static final OutputTag<Enrichment> ORPHANS = new OutputTag<>("orphan-enrichments") { };

    private final long settleMillis;
    private transient ValueState<CanonicalEvent> latest;
    private transient ListState<Enrichment> enrichments;

    /** @param settleTime how long after an event's time (event time) later versions are still awaited */
    public EventAssemblyFunction(Duration settleTime) {
        this.settleMillis = settleTime.toMillis();
    }

    @Override
    public void open(OpenContext openContext) {
        latest = getRuntimeContext().getState(new ValueStateDescriptor<>("latest-version", CanonicalEvent.class));
        enrichments = getRuntimeContext().getListState(new ListStateDescriptor<>("enrichments", Enrichment.class));
    }

    @Override
    public void processElement(IngestRecord record, Context ctx, Collector<CanonicalEvent> out) throws Exception {
        if (record.event() != null) {
            CanonicalEvent current = latest.value();
            if (current == null || isNewer(record.event(), current)) {
                latest.update(record.event());
            }
            ctx.timerService().registerEventTimeTimer(flushTime(record.event().createdAt()));
        } else {
            enrichments.add(record.enrichment());
            ctx.timerService().registerEventTimeTimer(flushTime(record.enrichment().at()));
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<CanonicalEvent> out) throws Exception {
        CanonicalEvent current = latest.value();
        List<Enrichment> folded = new ArrayList<>();
        enrichments.get().forEach(folded::add);
        if (current != null) {
            out.collect(EventAssembly.apply(current, folded));
        } else {
            folded.forEach(orphan -> ctx.output(ORPHANS, orphan));
        }
        latest.clear();
        enrichments.clear();
    }

    private long flushTime(Instant time) {
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
