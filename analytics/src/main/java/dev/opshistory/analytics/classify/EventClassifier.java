package dev.opshistory.analytics.classify;

import dev.opshistory.analytics.rules.ActionabilityClassifier;
import dev.opshistory.analytics.rules.ActionabilityVerdict;
import dev.opshistory.analytics.rules.FingerprintTemplater;
import dev.opshistory.analytics.rules.HourBands;
import dev.opshistory.analytics.rules.NormalizedSeverity;
import dev.opshistory.analytics.rules.ResponseTimes;
import dev.opshistory.analytics.rules.RuleSettings;
import dev.opshistory.analytics.rules.SeverityNormalizer;
import dev.opshistory.analytics.rootcause.RootCauseClassifier;
import dev.opshistory.analytics.rootcause.RootCauseVerdict;
import dev.opshistory.analytics.warehouse.ClassifiedPostmortem;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.ClassifiedEvent;
import dev.opshistory.model.HourBand;
import dev.opshistory.model.Severity;
import java.io.Serializable;

/**
 * The stateless verdicts on one event, from the pure rules: severity, actionability, fingerprint, hour
 * band, response times, significance, and the root cause inferred from the event's own text. Verdicts that
 * need other events (repeats, flapping, cross-source duplicates, the cause a postmortem wrote down) are set
 * by keyed operators after this one. Serializable so Flink functions
 * can hold it; the same object serves {@code inspect --classify}.
 */
public final class EventClassifier implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Root causes found by the rules rather than written by a person. */
    private static final String INFERRED = "inferred";

    private final SeverityNormalizer severities;
    private final ActionabilityClassifier actionability;
    private final FingerprintTemplater fingerprints;
    private final HourBands hourBands;
    private final RootCauseClassifier rootCauses;

    public EventClassifier(RuleSettings rules) {
        this(rules, new RootCauseClassifier());
    }

    public EventClassifier(RuleSettings rules, RootCauseClassifier rootCauses) {
        this.rootCauses = rootCauses;
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
        RootCauseVerdict cause = rootCauses.classify(event);
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
                cause.rootCause(),
                INFERRED,
                cause.evidenceText(),
                cause.confidence(),
                null,
                ResponseTimes.secondsToAcknowledge(event),
                ResponseTimes.secondsToResolve(event),
                band,
                isSignificant(event, severity),
                false);
    }

    /** A postmortem as the warehouse keeps it, with the category its own root-cause and trigger text points to. */
    public ClassifiedPostmortem classifyPostmortem(CanonicalEvent postmortem) {
        RootCauseVerdict cause = rootCauses.classify(postmortem);
        return new ClassifiedPostmortem(postmortem, cause.rootCause(), cause.evidenceText());
    }

    /**
     * Major, or of priority P1/P2 (DESIGN.md §3); an event a postmortem names becomes significant when it is
     * linked ({@code PostmortemLinks}).
     */
    private static boolean isSignificant(CanonicalEvent event, NormalizedSeverity severity) {
        boolean topPriority = severity.basis().startsWith("priority")
                && (severity.severity() == Severity.SEV1 || severity.severity() == Severity.SEV2);
        return Boolean.TRUE.equals(event.major()) || topPriority;
    }
}
