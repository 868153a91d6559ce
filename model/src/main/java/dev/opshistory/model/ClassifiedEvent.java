package dev.opshistory.model;

/**
 * A canonical event with the analytics verdicts: one row of {@code warehouse/events} and one message of
 * {@code opshistory.classified}. Every verdict carries its reason or evidence.
 *
 * @param fingerprint          service + title template; the key of repeats and flapping
 * @param severity             normalised SEV1..SEV5 (UNKNOWN when no field says)
 * @param sourceSeverity       the vendor values the severity came from, such as {@code priority=P2 urgency=high}
 * @param actionabilityReason  {@code CODE: text} naming the rule that decided
 * @param duplicateOf          event id of the earlier copy when forwarded between tools, else null
 * @param rootCauseSource      {@code human} (postmortem or override) or {@code inferred}
 * @param rootCauseEvidence    matched terms and fields, or null
 * @param rootCauseConfidence  in [0,1]
 * @param incidentRef          the event id of a linked incident or postmortem, or null
 * @param secondsToAck         acknowledged − created, null when not acknowledged
 * @param secondsToResolve     resolved − created, null when not resolved
 * @param overridden           a reviewer's overrides file changed a verdict of this event
 */
public record ClassifiedEvent(
        CanonicalEvent event,
        String fingerprint,
        Severity severity,
        String sourceSeverity,
        Actionability actionability,
        String actionabilityReason,
        boolean repeated,
        boolean flapping,
        String duplicateOf,
        RootCause rootCause,
        String rootCauseSource,
        String rootCauseEvidence,
        double rootCauseConfidence,
        String incidentRef,
        Long secondsToAck,
        Long secondsToResolve,
        HourBand hourBand,
        boolean significant,
        boolean overridden) {
}
