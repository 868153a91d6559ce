package dev.opshistory.analytics.stateful;

import dev.opshistory.model.ClassifiedEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The keyed, event-time part shared by the stateful verdicts: keeps the alerts of one key (a fingerprint or a
 * title template), decides each one once the alerts that could change its verdict have all arrived, emits it
 * exactly once, keeps it as context for later alerts as long as they may need it, then forgets it. Subclasses
 * say which alerts take part, when an alert can be decided and when it can be dropped, and decide — with a
 * pure rule class.
 *
 * <p><b>Time.</b> Event time is the alert's {@code created_at} (epoch milliseconds). An alert is decided when
 * the watermark reaches {@link #decideAt}, and dropped from state when it reaches {@link #evictAt}; decisions
 * come before drops at the same watermark.
 * <ul>
 *   <li>Bounded run (the job's source has no watermarks): the watermark stays at {@code Long.MIN_VALUE} until
 *       the input ends and then jumps to {@code Long.MAX_VALUE}, so every alert of a key is here before
 *       anything is decided and the verdicts do not depend on input order; all alerts of a key are held until
 *       the end, which is the price of an order-free verdict.</li>
 *   <li>Continuous run: alerts are decided as the watermark passes and kept only as long as an undecided alert
 *       may need them. An alert arriving behind the watermark is not dropped: it is decided at once against
 *       what is kept, and alerts emitted earlier are not revisited.</li>
 * </ul>
 *
 * <p><b>State.</b> Alerts in a {@link MapState} by creation millisecond (a new version of an event id replaces
 * the old one), the watermark up to which alerts are decided, and one event-time timer per key at the next
 * decision or drop. When the last alert is dropped all three are cleared, so a finished key holds nothing.
 * Alerts that do not take part (no creation time, say) are passed on at once and never stored.
 */
abstract class AlertHistoryFunction extends KeyedProcessFunction<String, ClassifiedEvent, ClassifiedEvent> {

    private static final long serialVersionUID = 1L;

    private transient MapState<Long, List<ClassifiedEvent>> alerts;
    private transient ValueState<Long> decidedThrough;
    private transient ValueState<Long> timer;

    /** Whether this alert takes part; alerts that do not are emitted unchanged at once. */
    protected abstract boolean takesPart(ClassifiedEvent alert, String key);

    /** The watermark (epoch ms) from which no alert still to come can change this alert's verdict. */
    protected abstract long decideAt(ClassifiedEvent alert);

    /** The watermark (epoch ms) from which no undecided alert can need this one; at least {@link #decideAt}. */
    protected abstract long evictAt(ClassifiedEvent alert);

    /**
     * The verdicts on {@code due}. Every list is in {@link ClassifiedEvents#CREATION_ORDER}.
     *
     * @param decided   kept alerts already emitted, with their verdicts
     * @param due       alerts to decide now
     * @param undecided kept alerts decided later (created after {@code due}, or in the same millisecond)
     * @return {@code due} with verdicts, in the same order
     */
    protected abstract List<ClassifiedEvent> decide(List<ClassifiedEvent> decided, List<ClassifiedEvent> due,
            List<ClassifiedEvent> undecided);

    @Override
    public void open(OpenContext openContext) {
        TypeInformation<List<ClassifiedEvent>> bucket = Types.LIST(TypeInformation.of(ClassifiedEvent.class));
        alerts = getRuntimeContext().getMapState(new MapStateDescriptor<>("alerts-by-creation", Types.LONG, bucket));
        decidedThrough = getRuntimeContext().getState(new ValueStateDescriptor<>("decided-through", Types.LONG));
        timer = getRuntimeContext().getState(new ValueStateDescriptor<>("next-timer", Types.LONG));
    }

    @Override
    public void processElement(ClassifiedEvent alert, Context ctx, Collector<ClassifiedEvent> out) throws Exception {
        if (!takesPart(alert, ctx.getCurrentKey())) {
            out.collect(alert);
            return;
        }
        long created = ClassifiedEvents.createdAt(alert).toEpochMilli();
        List<ClassifiedEvent> bucket = withoutVersionsOf(alert, alerts.get(created));
        long watermark = ctx.timerService().currentWatermark();
        if (decideAt(alert) > watermark) {
            bucket.add(alert);
            alerts.put(created, bucket);
            scheduleNoLaterThan(decideAt(alert), ctx);
            return;
        }
        // Behind the watermark: its window has closed, so decide it now rather than drop it as late.
        putOrRemove(created, bucket);
        List<ClassifiedEvent> decided = new ArrayList<>();
        List<ClassifiedEvent> undecided = new ArrayList<>();
        for (ClassifiedEvent kept : keptInOrder()) {
            (decideAt(kept) <= watermark ? decided : undecided).add(kept);
        }
        ClassifiedEvent verdict = decide(decided, List.of(alert), undecided).get(0);
        out.collect(verdict);
        if (evictAt(alert) > watermark) {
            bucket.add(verdict);
            alerts.put(created, bucket);
            decidedThrough.update(Math.max(watermark, orMin(decidedThrough.value())));
            scheduleNoLaterThan(evictAt(alert), ctx);
        } else if (alerts.isEmpty()) {
            clearAll(ctx);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<ClassifiedEvent> out) throws Exception {
        timer.clear();
        long watermark = Math.max(timestamp, ctx.timerService().currentWatermark());
        long previouslyDecided = orMin(decidedThrough.value());
        List<ClassifiedEvent> decided = new ArrayList<>();
        List<ClassifiedEvent> due = new ArrayList<>();
        List<ClassifiedEvent> undecided = new ArrayList<>();
        for (ClassifiedEvent kept : keptInOrder()) {
            long at = decideAt(kept);
            (at <= previouslyDecided ? decided : at <= watermark ? due : undecided).add(kept);
        }
        Set<Long> changed = new HashSet<>();
        if (!due.isEmpty()) {
            List<ClassifiedEvent> verdicts = decide(decided, due, undecided);
            verdicts.forEach(out::collect);
            decided.addAll(verdicts);
            verdicts.forEach(v -> changed.add(ClassifiedEvents.createdAt(v).toEpochMilli()));
        }
        List<ClassifiedEvent> retained = new ArrayList<>(undecided);
        long next = Long.MAX_VALUE;
        for (ClassifiedEvent kept : decided) {
            if (evictAt(kept) <= watermark) {
                changed.add(ClassifiedEvents.createdAt(kept).toEpochMilli());
            } else {
                retained.add(kept);
                next = Math.min(next, evictAt(kept));
            }
        }
        for (ClassifiedEvent waiting : undecided) {
            next = Math.min(next, decideAt(waiting));
        }
        if (retained.isEmpty()) {
            clearAll(ctx);
            return;
        }
        rewrite(changed, retained);
        decidedThrough.update(watermark);
        scheduleNoLaterThan(next, ctx);
    }

    /** {@code time + delay} in epoch ms, saturating at {@code Long.MAX_VALUE} for far-future dates. */
    static long plus(long time, long delayMillis) {
        long sum = time + delayMillis;
        return ((time ^ sum) & (delayMillis ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }

    private List<ClassifiedEvent> keptInOrder() throws Exception {
        List<ClassifiedEvent> kept = new ArrayList<>();
        for (List<ClassifiedEvent> bucket : alerts.values()) {
            kept.addAll(bucket);
        }
        kept.sort(ClassifiedEvents.CREATION_ORDER);
        return kept;
    }

    /** Writes back only the buckets that changed: one put or remove per creation millisecond touched. */
    private void rewrite(Set<Long> changed, List<ClassifiedEvent> retained) throws Exception {
        Map<Long, List<ClassifiedEvent>> buckets = new HashMap<>();
        for (ClassifiedEvent kept : retained) {
            long created = ClassifiedEvents.createdAt(kept).toEpochMilli();
            if (changed.contains(created)) {
                buckets.computeIfAbsent(created, k -> new ArrayList<>()).add(kept);
            }
        }
        for (long created : changed) {
            putOrRemove(created, buckets.getOrDefault(created, List.of()));
        }
    }

    private void putOrRemove(long created, List<ClassifiedEvent> bucket) throws Exception {
        if (bucket.isEmpty()) {
            alerts.remove(created);
        } else {
            alerts.put(created, new ArrayList<>(bucket));
        }
    }

    private static List<ClassifiedEvent> withoutVersionsOf(ClassifiedEvent alert, List<ClassifiedEvent> bucket) {
        List<ClassifiedEvent> others = new ArrayList<>();
        if (bucket != null) {
            String id = alert.event().eventId();
            bucket.stream().filter(e -> !e.event().eventId().equals(id)).forEach(others::add);
        }
        return others;
    }

    /** Keeps one timer per key, at the earliest time something is due. */
    private void scheduleNoLaterThan(long time, Context ctx) throws Exception {
        Long current = timer.value();
        if (current == null || time < current) {
            if (current != null) {
                ctx.timerService().deleteEventTimeTimer(current);
            }
            ctx.timerService().registerEventTimeTimer(time);
            timer.update(time);
        }
    }

    private void clearAll(Context ctx) throws Exception {
        Long current = timer.value();
        if (current != null) {
            ctx.timerService().deleteEventTimeTimer(current);
        }
        alerts.clear();
        decidedThrough.clear();
        timer.clear();
    }

    private static long orMin(Long value) {
        return value == null ? Long.MIN_VALUE : value;
    }
}
