package dev.opshistory.analytics.stateful;

import dev.opshistory.analytics.rules.RuleSettings;
import dev.opshistory.analytics.types.EventTypes;
import dev.opshistory.model.ClassifiedEvent;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * The verdicts that need other events of the same kind: cross-source duplicates, then repeats and flapping.
 * Called by {@code ClassifyJob.build} after the stateless classifier, and by the tests as it is.
 *
 * <p>Duplicates come first so that a forwarded copy does not count twice towards a repeat or a flap. Both are
 * decided in one keyed operator, by title template: a fingerprint ({@code service | template}) lies inside
 * one template, so repeats and flapping are worked out per fingerprint within the key. One keyed exchange
 * instead of two: in a bounded run each costs a serialise, shuffle, sort and deserialise of every event.
 */
public final class StatefulVerdicts {

    /** Operator name and uid of the one step that decides duplicates, repeats and flapping. */
    public static final String DUPLICATES_REPEATS_AND_FLAPPING = "duplicates-repeats-and-flapping";

    /**
     * Default {@code arrivalDelay} of {@link #apply(DataStream, RuleSettings)}: one day, the settle time the
     * job's assembly stage holds events for before they reach the classifier.
     */
    public static final Duration DEFAULT_ARRIVAL_DELAY = Duration.ofDays(1);

    private StatefulVerdicts() {
    }

    /** {@link #apply(DataStream, RuleSettings, Duration)} with {@link #DEFAULT_ARRIVAL_DELAY}. */
    public static DataStream<ClassifiedEvent> apply(DataStream<ClassifiedEvent> events, RuleSettings rules) {
        return apply(events, rules, DEFAULT_ARRIVAL_DELAY);
    }

    /**
     * Sets {@code duplicate_of}, {@code repeated} and {@code flapping}; each event comes out once, in no
     * particular order.
     *
     * @param arrivalDelay how far behind the watermark of its {@code created_at} an event may still arrive and be
     *                     judged with its neighbours (in the job: the assembly stage's settle time). Only matters
     *                     in a continuous run; a bounded run decides everything at the end of input.
     */
    public static DataStream<ClassifiedEvent> apply(DataStream<ClassifiedEvent> events, RuleSettings rules,
            Duration arrivalDelay) {
        TypeInformation<ClassifiedEvent> type = EventTypes.of(ClassifiedEvent.class);
        return events
                .keyBy(new TitleTemplateKey())
                .process(function(rules, arrivalDelay), type)
                .name(DUPLICATES_REPEATS_AND_FLAPPING).uid(DUPLICATES_REPEATS_AND_FLAPPING);
    }

    /** The keyed function of {@link #apply}, to be keyed by {@link TitleTemplateKey}. */
    static AlertHistoryFunction function(RuleSettings rules, Duration arrivalDelay) {
        return new AlertHistoryFunction(List.of(
                new CrossSourceDuplicateStep(new CrossSourceDuplicates(rules.duplicateWindow()), arrivalDelay),
                RepeatFlappingStep.of(rules, arrivalDelay)));
    }
}
