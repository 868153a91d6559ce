package dev.opshistory.analytics.stateful;

import dev.opshistory.analytics.rules.RuleSettings;
import dev.opshistory.model.ClassifiedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Keyed by {@link FingerprintKey} (kind and fingerprint): sets {@code repeated} ({@link RepeatDetector}) and
 * {@code flapping} ({@link FlappingDetector}) on every alert, each emitted once. An alert already repeated by
 * itself (vendor occurrence count above one) stays repeated; no flag set upstream is cleared.
 *
 * <p>Both rules share one function because they share the key and the alerts: one shuffle and one copy of the
 * state instead of two. Their reach {@code R} is the longer of the two windows: an alert's verdict depends on
 * alerts created up to {@code R} before or after it. With {@code arrivalDelay} {@code L}, the most that
 * alerts arrive behind the watermark of their creation (the settle time of the assembly stage in front), an
 * alert created at {@code t} is decided at watermark {@code t + R + L} and kept as context until its end
 * (resolution, else creation) {@code + 2R + L}. In a bounded run everything is decided at the end of input.
 *
 * <p>Copies forwarded from another tool ({@code duplicate_of} set, see {@link CrossSourceDuplicateFunction},
 * which runs first) are passed on as they are and do not count, so a forwarded alert is one alert here too.
 * Alerts without a creation time cannot be placed in time and are passed on unchanged.
 */
public class RepeatFlappingFunction extends AlertHistoryFunction {

    private static final long serialVersionUID = 1L;

    private final RepeatDetector repeats;
    private final FlappingDetector flapping;
    private final long reachMillis;
    private final long arrivalDelayMillis;

    /**
     * @param arrivalDelay how far behind the watermark of its creation an alert may still arrive and be counted
     *                     with its neighbours; zero when alerts come in with real watermarks and no delay
     */
    public RepeatFlappingFunction(RepeatDetector repeats, FlappingDetector flapping, Duration arrivalDelay) {
        this.repeats = repeats;
        this.flapping = flapping;
        this.reachMillis = Math.max(repeats.window().toMillis(), flapping.window().toMillis());
        this.arrivalDelayMillis = arrivalDelay.toMillis();
    }

    /** The function with the rules' windows and thresholds. */
    public static RepeatFlappingFunction of(RuleSettings rules, Duration arrivalDelay) {
        return new RepeatFlappingFunction(RepeatDetector.of(rules), FlappingDetector.of(rules), arrivalDelay);
    }

    @Override
    protected boolean takesPart(ClassifiedEvent alert, String key) {
        return alert.event().createdAt() != null && alert.duplicateOf() == null;
    }

    @Override
    protected long decideAt(ClassifiedEvent alert) {
        return plus(plus(alert.event().createdAt().toEpochMilli(), reachMillis), arrivalDelayMillis);
    }

    @Override
    protected long evictAt(ClassifiedEvent alert) {
        Instant end = new AlertSpan(alert.event().createdAt(), alert.event().resolvedAt()).end();
        return Math.max(decideAt(alert), plus(plus(end.toEpochMilli(), 2 * reachMillis), arrivalDelayMillis));
    }

    @Override
    protected List<ClassifiedEvent> decide(List<ClassifiedEvent> decided, List<ClassifiedEvent> due,
            List<ClassifiedEvent> undecided) {
        List<ClassifiedEvent> all = new ArrayList<>(decided);
        all.addAll(due);
        all.addAll(undecided);
        boolean[] repeated = repeats.repeated(all.stream().map(ClassifiedEvents::createdAt).toList());
        boolean[] flaps = flapping.flapping(all.stream()
                .map(e -> new AlertSpan(e.event().createdAt(), e.event().resolvedAt())).toList());
        List<ClassifiedEvent> verdicts = new ArrayList<>(due.size());
        for (int i = 0; i < due.size(); i++) {
            int at = decided.size() + i;
            ClassifiedEvent alert = due.get(i);
            verdicts.add(ClassifiedEvents.withRepeatedAndFlapping(alert,
                    alert.repeated() || repeated[at], alert.flapping() || flaps[at]));
        }
        return verdicts;
    }
}
