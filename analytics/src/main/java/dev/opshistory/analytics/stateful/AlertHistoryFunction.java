package dev.opshistory.analytics.stateful;

import dev.opshistory.model.ClassifiedEvent;
import java.util.ArrayList;
import java.util.Arrays;
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
 * The keyed, event-time home of the stateful verdicts: keeps the alerts of one key, lets each {@link
 * AlertHistoryStep} in turn decide an alert once the alerts that could change its verdict have all arrived,
 * emits the alert exactly once, when no step can change it any more, keeps it as context for later alerts as
 * long as a step may need it, then forgets it.
 *
 * <p><b>Steps.</b> Several verdicts share one function (and so one shuffle and one copy of the state) when
 * their keys nest: the job keys by title template, decides cross-source duplicates over the whole key and
 * repeats and flapping per fingerprint inside it. A step sees an alert only once every earlier step that
 * takes it has decided it, so each step works only from final earlier verdicts (repeats never count an
 * alert that may still turn out to be a forwarded copy), exactly as if each step were an operator of its
 * own behind the one before.
 *
 * <p><b>Time.</b> Event time is the alert's {@code created_at} (epoch milliseconds). A step decides an alert
 * when the watermark reaches the step's {@code decideAt} (never before an earlier step has), and keeps it as
 * context until its {@code evictAt}; decisions come before drops at the same watermark.
 * <ul>
 *   <li>Bounded run (the job's source has no watermarks): the watermark stays at {@code Long.MIN_VALUE} until
 *       the input ends and then jumps to {@code Long.MAX_VALUE}, so every alert of a key is here before
 *       anything is decided and the verdicts do not depend on input order; all alerts of a key are held until
 *       the end, which is the price of an order-free verdict. In BATCH mode Flink hands the function one key
 *       at a time, so what bounds the memory is the largest key (one title template of one kind, across
 *       services and tools), not the input.</li>
 *   <li>Continuous run: alerts are decided as the watermark passes and kept only as long as an undecided alert
 *       may need them. An alert arriving behind the watermark is not dropped: it is decided at once against
 *       what is kept, and alerts emitted earlier are not revisited. What a key holds is then bounded by time:
 *       its alerts created within the longest step's keep time ({@code evictAt}) of the watermark.</li>
 * </ul>
 *
 * <p><b>State.</b> Alerts in a {@link MapState} by creation millisecond (a new version of an event id replaces
 * the old one), the watermark up to which alerts are decided, and one event-time timer per key at the next
 * decision or drop. When the last alert is dropped all three are cleared, so a finished key holds nothing.
 * Alerts that take part in no step (no creation time, say) are passed on at once and never stored.
 */
final class AlertHistoryFunction extends KeyedProcessFunction<String, ClassifiedEvent, ClassifiedEvent> {

    private static final long serialVersionUID = 1L;
    /** No time: the alert takes part in no step, or no step needs it any more. */
    private static final long NEVER = Long.MAX_VALUE;
    /** What {@link #advance} returns when the key keeps nothing; never a timer, which is above a watermark. */
    private static final long NOTHING_KEPT = Long.MIN_VALUE;

    private final List<AlertHistoryStep> steps;

    private transient MapState<Long, List<ClassifiedEvent>> alerts;
    private transient ValueState<Long> decidedThrough;
    private transient ValueState<Long> timer;

    /** @param steps the verdicts, in the order they are decided */
    AlertHistoryFunction(List<AlertHistoryStep> steps) {
        this.steps = List.copyOf(steps);
    }

    @Override
    public void open(OpenContext openContext) {
        TypeInformation<List<ClassifiedEvent>> bucket = Types.LIST(TypeInformation.of(ClassifiedEvent.class));
        alerts = getRuntimeContext().getMapState(new MapStateDescriptor<>("alerts-by-creation", Types.LONG, bucket));
        decidedThrough = getRuntimeContext().getState(new ValueStateDescriptor<>("decided-through", Types.LONG));
        timer = getRuntimeContext().getState(new ValueStateDescriptor<>("next-timer", Types.LONG));
    }

    @Override
    public void processElement(ClassifiedEvent alert, Context ctx, Collector<ClassifiedEvent> out) throws Exception {
        String key = ctx.getCurrentKey();
        if (!takesAnyPart(alert, key)) {
            out.collect(alert);
            return;
        }
        long firstDecision = firstDecision(alert, key);
        long created = ClassifiedEvents.createdAt(alert).toEpochMilli();
        List<ClassifiedEvent> bucket = withoutVersionsOf(alert, alerts.get(created));
        long watermark = ctx.timerService().currentWatermark();
        if (firstDecision > watermark) {
            if (settledAt(alert, key) <= watermark) {
                out.collect(alert);
            }
            bucket.add(alert);
            alerts.put(created, bucket);
            scheduleNoLaterThan(firstDecision, ctx);
            return;
        }
        // Behind the watermark: its window has closed, so decide it now rather than drop it as late.
        putOrRemove(created, bucket);
        long next = advance(key, alert, watermark, watermark, out);
        if (next != NOTHING_KEPT) {
            scheduleNoLaterThan(next, ctx);
        } else {
            clearAll(ctx);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<ClassifiedEvent> out) throws Exception {
        timer.clear();
        long watermark = Math.max(timestamp, ctx.timerService().currentWatermark());
        long next = advance(ctx.getCurrentKey(), null, orMin(decidedThrough.value()), watermark, out);
        if (next != NOTHING_KEPT) {
            scheduleNoLaterThan(next, ctx);
        } else {
            clearAll(ctx);
        }
    }

    /**
     * Decides, step by step, what falls due between {@code previous} (the watermark everything was decided
     * through) and {@code watermark}, plus {@code fresh} (an alert that just arrived behind the watermark, or
     * null); emits alerts no step can change any more, drops what no step needs, and writes the state back.
     *
     * @return the next time something is due, or {@link #NOTHING_KEPT}
     */
    private long advance(String key, ClassifiedEvent fresh, long previous, long watermark,
            Collector<ClassifiedEvent> out) throws Exception {
        List<ClassifiedEvent> kept = keptInOrder(fresh);
        int n = kept.size();
        List<ClassifiedEvent> current = new ArrayList<>(kept);
        // The time every earlier step that takes the alert has decided it: it reaches a step only after that.
        long[] reachedAt = new long[n];
        Arrays.fill(reachedAt, Long.MIN_VALUE);
        for (AlertHistoryStep step : steps) {
            List<ClassifiedEvent> decided = new ArrayList<>();
            List<ClassifiedEvent> due = new ArrayList<>();
            List<Integer> dueAt = new ArrayList<>();
            List<ClassifiedEvent> undecided = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ClassifiedEvent alert = current.get(i);
                if (!step.takesPart(alert, key) || reachedAt[i] > watermark) {
                    continue;
                }
                long decideAt = Math.max(step.decideAt(alert), reachedAt[i]);
                boolean isFresh = alert == fresh;
                if (!isFresh && decideAt <= previous) {
                    if (Math.max(step.evictAt(alert), decideAt) > previous) {
                        decided.add(alert);
                    }
                } else if (decideAt <= watermark) {
                    due.add(alert);
                    dueAt.add(i);
                } else {
                    undecided.add(alert);
                }
                reachedAt[i] = decideAt;
            }
            if (!due.isEmpty()) {
                List<ClassifiedEvent> verdicts = step.decide(decided, due, undecided);
                for (int d = 0; d < verdicts.size(); d++) {
                    ClassifiedEvent verdict = verdicts.get(d);
                    int i = dueAt.get(d);
                    if (current.get(i) == fresh) {
                        fresh = verdict;
                    }
                    current.set(i, verdict);
                }
            }
        }

        Set<Long> changed = new HashSet<>();
        List<ClassifiedEvent> retained = new ArrayList<>();
        long next = NEVER;
        for (int i = 0; i < n; i++) {
            ClassifiedEvent before = kept.get(i);
            ClassifiedEvent after = current.get(i);
            boolean emittedBefore = after != fresh && settledAt(before, key) <= previous;
            boolean settled = settledAt(after, key) <= watermark;
            if (settled && !emittedBefore) {
                out.collect(after);
            }
            long due = nextTime(after, key, watermark);
            if (!settled || due != NEVER) {
                retained.add(after);
                next = Math.min(next, due);
            }
            if (after != before || due == NEVER && settled) {
                changed.add(ClassifiedEvents.createdAt(after).toEpochMilli());
            }
        }
        if (fresh != null) {
            changed.add(ClassifiedEvents.createdAt(fresh).toEpochMilli());
        }
        if (retained.isEmpty()) {
            return NOTHING_KEPT;
        }
        rewrite(changed, retained);
        decidedThrough.update(watermark);
        return next;
    }

    private boolean takesAnyPart(ClassifiedEvent alert, String key) {
        for (AlertHistoryStep step : steps) {
            if (step.takesPart(alert, key)) {
                return true;
            }
        }
        return false;
    }

    /** When the first step that takes the alert decides it; some step must take it. */
    private long firstDecision(ClassifiedEvent alert, String key) {
        for (AlertHistoryStep step : steps) {
            if (step.takesPart(alert, key)) {
                return step.decideAt(alert);
            }
        }
        throw new IllegalArgumentException("no step takes " + alert.event().eventId());
    }

    /**
     * The watermark from which no step can change the alert any more, so it can be emitted: the latest
     * decision of a step that takes it and may change it ({@code Long.MIN_VALUE} when none may).
     */
    private long settledAt(ClassifiedEvent alert, String key) {
        long reached = Long.MIN_VALUE;
        long settled = Long.MIN_VALUE;
        for (AlertHistoryStep step : steps) {
            if (step.takesPart(alert, key)) {
                reached = Math.max(step.decideAt(alert), reached);
                if (step.mayChange(alert)) {
                    settled = reached;
                }
            }
        }
        return settled;
    }

    /** The next watermark after {@code watermark} at which a step decides or drops the alert, or {@link #NEVER}. */
    private long nextTime(ClassifiedEvent alert, String key, long watermark) {
        long reached = Long.MIN_VALUE;
        long next = NEVER;
        for (AlertHistoryStep step : steps) {
            if (step.takesPart(alert, key)) {
                reached = Math.max(step.decideAt(alert), reached);
                long evict = Math.max(step.evictAt(alert), reached);
                if (reached > watermark) {
                    next = Math.min(next, reached);
                } else if (evict > watermark) {
                    next = Math.min(next, evict);
                }
            }
        }
        return next;
    }

    private List<ClassifiedEvent> keptInOrder(ClassifiedEvent fresh) throws Exception {
        List<ClassifiedEvent> kept = new ArrayList<>();
        for (List<ClassifiedEvent> bucket : alerts.values()) {
            kept.addAll(bucket);
        }
        if (fresh != null) {
            kept.add(fresh);
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
