package dev.opshistory.analytics.classify;

import dev.opshistory.analytics.rules.ActionabilityClassifier;
import dev.opshistory.analytics.rules.ActionabilityVerdict;
import dev.opshistory.analytics.rules.FingerprintTemplater;
import dev.opshistory.analytics.rules.HourBands;
import dev.opshistory.analytics.rules.NormalizedSeverity;
import dev.opshistory.analytics.rules.ResponseTimes;
import dev.opshistory.analytics.rules.RuleSettings;
import dev.opshistory.analytics.rules.SeverityNormalizer;
import dev.opshistory.analytics.warehouse.ClassifiedPostmortem;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.ClassifiedEvent;
import dev.opshistory.model.HourBand;
import dev.opshistory.model.RootCause;
import dev.opshistory.model.Severity;
import java.io.Serializable;

/**
 * The stateless verdicts on one event, from the pure rules: severity, actionability, fingerprint, hour
 * band, response times, significance. Verdicts that need other events (repeats, flapping, cross-source
 * duplicates, postmortem links) are set by keyed operators after this one. Serializable so Flink functions
 * can hold it; the same object serves {@code inspect --classify}.
 */
public final class EventClassifier implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Root cause of events no rule has looked at yet: unknown, inferred, no confidence. */
    private static final String INFERRED = "inferred";

    private final SeverityNormalizer severities;
    private final ActionabilityClassifier actionability;
    private final FingerprintTemplater fingerprints;
    private final HourBands hourBands;

    public EventClassifier(RuleSettings rules) {
        this.severities = new SeverityNormalizer(rules);
        this.actionability = new ActionabilityClassifier(rules);
        this.fingerprints = new FingerprintTemplater();
        this.hourBands = new HourBands(rules);
    }

    /** The verdicts on an ALERT or INCIDENT. */
    public ClassifiedEvent classify(CanonicalEvent event) {
        NormalizedSeverity severity = severities.normalize(event);
        ActionabilityVerdict verdict = actionability.classify(event);
        boolean repeatedByItself = event.occurrences() != null && event.occurrences() > 1;
        HourBand band = event.createdAt() == null ? null : hourBands.of(event.createdAt());
        return new ClassifiedEvent(
                event,
                fingerprints.fingerprint(event),
                severity.severity(),
                severity.sourceSeverity(),
                verdict.actionability(),
                verdict.reason(),
                repeatedByItself,
                false,
                null,
                RootCause.UNKNOWN,
                INFERRED,
                null,
                0.0,
                null,
                ResponseTimes.secondsToAcknowledge(event),
                ResponseTimes.secondsToResolve(event),
                band,
                isSignificant(event, severity),
                false);
    }

    /** A postmortem as the warehouse keeps it; its root cause is settled by the root-cause rules. */
    public ClassifiedPostmortem classifyPostmortem(CanonicalEvent postmortem) {
        return new ClassifiedPostmortem(postmortem, RootCause.UNKNOWN, null);
    }

    /** Major, or of priority P1/P2 (DESIGN.md §3); postmortem references are added by the linking operator. */
    private static boolean isSignificant(CanonicalEvent event, NormalizedSeverity severity) {
        boolean topPriority = severity.basis().startsWith("priority")
                && (severity.severity() == Severity.SEV1 || severity.severity() == Severity.SEV2);
        return Boolean.TRUE.equals(event.major()) || topPriority;
    }
}
