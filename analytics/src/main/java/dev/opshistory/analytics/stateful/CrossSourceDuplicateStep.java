package dev.opshistory.analytics.stateful;

import dev.opshistory.model.ClassifiedEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The first step of {@link AlertHistoryFunction}, keyed by {@link TitleTemplateKey} (kind and title
 * template): flags {@code duplicate_of} on an alert forwarded from another tool, pointing at the earlier
 * copy, which stays unflagged ({@link CrossSourceDuplicates}).
 *
 * <p>Keyed by the title template without the service because the two tools name services differently: a
 * PagerDuty service is what the PagerDuty admin called the integration, while an Opsgenie alert may carry a
 * team, an integration name or no service at all, so requiring equal services would miss the forwards this
 * check exists for. The price: two services whose alerts share a template and fire in different tools within
 * the window (two minutes by default) are taken for one forwarded alert; within the same tool they never are.
 * Alerts whose title gives an empty template, or without a creation time, do not take part.
 *
 * <p>An alert's verdict depends only on alerts created before it, so with {@code arrivalDelay} {@code L} an
 * alert created at {@code t} is decided at watermark {@code t + L} and kept as a possible original until
 * {@code t + window + L}. In a bounded run everything is decided at the end of input. An alert already
 * flagged upstream (a reviewer's override) keeps its flag, so it is final on arrival; it still takes part,
 * since it tells which original already has a copy in its tool.
 */
final class CrossSourceDuplicateStep implements AlertHistoryStep {

    private static final long serialVersionUID = 1L;

    private final CrossSourceDuplicates rule;
    private final long windowMillis;
    private final long arrivalDelayMillis;

    /** @param arrivalDelay how far behind the watermark of its creation an alert may still arrive */
    CrossSourceDuplicateStep(CrossSourceDuplicates rule, Duration arrivalDelay) {
        this.rule = rule;
        this.windowMillis = rule.window().toMillis();
        this.arrivalDelayMillis = arrivalDelay.toMillis();
    }

    @Override
    public boolean takesPart(ClassifiedEvent alert, String key) {
        return alert.event().createdAt() != null && TitleTemplateKey.hasTemplate(key);
    }

    @Override
    public boolean mayChange(ClassifiedEvent alert) {
        return alert.duplicateOf() == null;
    }

    @Override
    public long decideAt(ClassifiedEvent alert) {
        return AlertHistoryStep.plus(alert.event().createdAt().toEpochMilli(), arrivalDelayMillis);
    }

    @Override
    public long evictAt(ClassifiedEvent alert) {
        return AlertHistoryStep.plus(decideAt(alert), windowMillis);
    }

    @Override
    public List<ClassifiedEvent> decide(List<ClassifiedEvent> decided, List<ClassifiedEvent> due,
            List<ClassifiedEvent> undecided) {
        List<String> originals = rule.duplicateOf(
                decided.stream().map(CrossSourceDuplicateStep::sighting).toList(),
                due.stream().map(CrossSourceDuplicateStep::sighting).toList());
        List<ClassifiedEvent> verdicts = new ArrayList<>(due.size());
        for (int i = 0; i < due.size(); i++) {
            ClassifiedEvent alert = due.get(i);
            // A verdict set upstream (a reviewer's override) wins over the rule.
            String original = alert.duplicateOf() != null ? alert.duplicateOf() : originals.get(i);
            verdicts.add(ClassifiedEvents.withDuplicateOf(alert, original));
        }
        return verdicts;
    }

    private static CrossSourceDuplicates.Sighting sighting(ClassifiedEvent e) {
        return new CrossSourceDuplicates.Sighting(e.event().eventId(), e.event().source(), e.event().createdAt(),
                e.duplicateOf());
    }
}
