package dev.opshistory.analytics.stateful;

import dev.opshistory.analytics.rules.RuleSettings;
import dev.opshistory.model.ClassifiedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The second step of {@link AlertHistoryFunction}: sets {@code repeated} ({@link RepeatDetector}) and
 * {@code flapping} ({@link FlappingDetector}) per fingerprint ({@code service | title template}). An alert
 * already repeated by itself (vendor occurrence count above one) stays repeated; no flag set upstream is
 * cleared.
 *
 * <p>The function is keyed by title template, and every fingerprint lies inside one template (the fingerprint
 * is the service and that very template), so this step splits the alerts of a key by fingerprint and runs the
 * rules on each part alone: alerts of two services that share a template never make a group together.
 *
 * <p>Both rules share one step because they share the alerts. Their reach {@code R} is the longer of the two
 * windows: an alert's verdict depends on alerts created up to {@code R} before or after it. With
 * {@code arrivalDelay} {@code L}, the most that alerts arrive behind the watermark of their creation (the
 * settle time of the assembly stage in front), an alert created at {@code t} is decided at watermark
 * {@code t + R + L} and kept as context until its end (resolution, else creation) {@code + 2R + L}. In a
 * bounded run everything is decided at the end of input.
 *
 * <p>Copies forwarded from another tool ({@code duplicate_of} set by {@link CrossSourceDuplicateStep}, which
 * comes first, or upstream) do not take part, so a forwarded alert is one alert here too.
 */
final class RepeatFlappingStep implements AlertHistoryStep {

    private static final long serialVersionUID = 1L;

    private final RepeatDetector repeats;
    private final FlappingDetector flapping;
    private final long reachMillis;
    private final long arrivalDelayMillis;

    /**
     * @param arrivalDelay how far behind the watermark of its creation an alert may still arrive and be counted
     *                     with its neighbours; zero when alerts come in with real watermarks and no delay
     */
    RepeatFlappingStep(RepeatDetector repeats, FlappingDetector flapping, Duration arrivalDelay) {
        this.repeats = repeats;
        this.flapping = flapping;
        this.reachMillis = Math.max(repeats.window().toMillis(), flapping.window().toMillis());
        this.arrivalDelayMillis = arrivalDelay.toMillis();
    }

    /** The step with the rules' windows and thresholds. */
    static RepeatFlappingStep of(RuleSettings rules, Duration arrivalDelay) {
        return new RepeatFlappingStep(RepeatDetector.of(rules), FlappingDetector.of(rules), arrivalDelay);
    }

    @Override
    public boolean takesPart(ClassifiedEvent alert, String key) {
        return alert.event().createdAt() != null && alert.duplicateOf() == null;
    }

    @Override
    public boolean mayChange(ClassifiedEvent alert) {
        return true;
    }

    @Override
    public long decideAt(ClassifiedEvent alert) {
        return AlertHistoryStep.plus(AlertHistoryStep.plus(alert.event().createdAt().toEpochMilli(), reachMillis),
                arrivalDelayMillis);
    }

    @Override
    public long evictAt(ClassifiedEvent alert) {
        Instant end = new AlertSpan(alert.event().createdAt(), alert.event().resolvedAt()).end();
        return Math.max(decideAt(alert),
                AlertHistoryStep.plus(AlertHistoryStep.plus(end.toEpochMilli(), 2 * reachMillis), arrivalDelayMillis));
    }

    @Override
    public List<ClassifiedEvent> decide(List<ClassifiedEvent> decided, List<ClassifiedEvent> due,
            List<ClassifiedEvent> undecided) {
        Map<String, Fingerprint> byFingerprint = new HashMap<>();
        decided.forEach(e -> fingerprintOf(byFingerprint, e).decided.add(e));
        List<Fingerprint> dueIn = new ArrayList<>(due.size());
        for (ClassifiedEvent e : due) {
            Fingerprint f = fingerprintOf(byFingerprint, e);
            f.due.add(e);
            dueIn.add(f);
        }
        undecided.forEach(e -> fingerprintOf(byFingerprint, e).undecided.add(e));

        List<ClassifiedEvent> verdicts = new ArrayList<>(due.size());
        for (int i = 0; i < due.size(); i++) {
            Fingerprint f = dueIn.get(i);
            if (f.verdicts == null) {
                f.verdicts = decideOne(f.decided, f.due, f.undecided);
            }
            verdicts.add(f.verdicts.get(f.next++));
        }
        return verdicts;
    }

    /** The rules on the alerts of one fingerprint; {@code due} with verdicts, in the same order. */
    private List<ClassifiedEvent> decideOne(List<ClassifiedEvent> decided, List<ClassifiedEvent> due,
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

    /** Groups alerts by fingerprint; a missing fingerprint is the empty one. */
    private static Fingerprint fingerprintOf(Map<String, Fingerprint> byFingerprint, ClassifiedEvent e) {
        return byFingerprint.computeIfAbsent(Objects.requireNonNullElse(e.fingerprint(), ""), k -> new Fingerprint());
    }

    /** The alerts of one fingerprint, split as {@link #decide} gets them, and the verdicts handed out so far. */
    private static final class Fingerprint {
        private final List<ClassifiedEvent> decided = new ArrayList<>();
        private final List<ClassifiedEvent> due = new ArrayList<>();
        private final List<ClassifiedEvent> undecided = new ArrayList<>();
        private List<ClassifiedEvent> verdicts;
        private int next;
    }
}
