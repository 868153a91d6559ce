package dev.opshistory.analytics.stateful;

import dev.opshistory.model.ClassifiedEvent;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/** Changed copies of {@link ClassifiedEvent} records, and the order the stateful verdicts work in. */
final class ClassifiedEvents {

    /** Creation time, then event id: a total order, so verdicts never depend on the input order. */
    static final Comparator<ClassifiedEvent> CREATION_ORDER = Comparator
            .comparing((ClassifiedEvent e) -> e.event().createdAt(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(e -> e.event().eventId());

    private ClassifiedEvents() {
    }

    static Instant createdAt(ClassifiedEvent e) {
        return e.event().createdAt();
    }

    /** A copy with the repeated and flapping flags replaced. */
    static ClassifiedEvent withRepeatedAndFlapping(ClassifiedEvent e, boolean repeated, boolean flapping) {
        if (e.repeated() == repeated && e.flapping() == flapping) {
            return e;
        }
        return new ClassifiedEvent(e.event(), e.fingerprint(), e.severity(), e.sourceSeverity(), e.actionability(),
                e.actionabilityReason(), repeated, flapping, e.duplicateOf(), e.rootCause(), e.rootCauseSource(),
                e.rootCauseEvidence(), e.rootCauseConfidence(), e.incidentRef(), e.secondsToAck(),
                e.secondsToResolve(), e.hourBand(), e.significant(), e.overridden());
    }

    /** A copy with {@code duplicate_of} replaced. */
    static ClassifiedEvent withDuplicateOf(ClassifiedEvent e, String duplicateOf) {
        if (Objects.equals(e.duplicateOf(), duplicateOf)) {
            return e;
        }
        return new ClassifiedEvent(e.event(), e.fingerprint(), e.severity(), e.sourceSeverity(), e.actionability(),
                e.actionabilityReason(), e.repeated(), e.flapping(), duplicateOf, e.rootCause(), e.rootCauseSource(),
                e.rootCauseEvidence(), e.rootCauseConfidence(), e.incidentRef(), e.secondsToAck(),
                e.secondsToResolve(), e.hourBand(), e.significant(), e.overridden());
    }
}
