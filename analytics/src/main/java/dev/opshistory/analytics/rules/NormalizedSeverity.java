package dev.opshistory.analytics.rules;

import dev.opshistory.model.Severity;

/**
 * The outcome of {@link SeverityNormalizer}.
 *
 * @param severity       SEV1..SEV5, or UNKNOWN when no vendor field says anything usable
 * @param sourceSeverity the vendor values present, such as {@code priority=P2 urgency=high}; null when none
 * @param basis          the field that decided: {@code priority}, {@code priority_order}, {@code alert_severity},
 *                       {@code urgency}, or {@code none}
 */
public record NormalizedSeverity(Severity severity, String sourceSeverity, String basis) {
}
