package dev.opshistory.analytics.assemble;

import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.Enrichment;
import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Keyed by event id: keeps the latest version of each event (by {@code updated_at}, then
 * {@code resolved_at}, then arrival) and its enrichments, and emits the assembled event once, so an event
 * exported while open and again once resolved is counted once with its final state (DESIGN.md §3), with
 * its log entries and notes folded in ({@link EventAssembly}). The job assembles postmortems with it; alerts
 * and incidents are assembled, classified and linked in one keyed step that keeps the same
 * {@link AssemblyState}.
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

    private final Duration settleTime;
    private transient AssemblyState state;

    /** @param settleTime how long after an event's time (event time) later versions are still awaited */
    public EventAssemblyFunction(Duration settleTime) {
        this.settleTime = settleTime;
    }

    @Override
    public void open(OpenContext openContext) {
        state = AssemblyState.open(getRuntimeContext(), settleTime);
    }

    @Override
    public void processElement(IngestRecord record, Context ctx, Collector<CanonicalEvent> out) throws Exception {
        ctx.timerService().registerEventTimeTimer(state.add(record));
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<CanonicalEvent> out) throws Exception {
        CanonicalEvent assembled = state.take(orphan -> ctx.output(ORPHANS, orphan));
        if (assembled != null) {
            out.collect(assembled);
        }
    }
}
