package dev.opshistory.reports.figures;

/**
 * One of the fingerprints (service + title template) that alerted most, and more than once, with what to do
 * about it.
 *
 * @param fingerprint          the fingerprint, or the event id when the alert had none
 * @param exampleTitle         the title of the group's first alert (untrusted text)
 * @param service              the service of that alert (untrusted text), or null
 * @param alerts               alerts with the fingerprint in the period
 * @param actionable           of which ACTIONABLE
 * @param nonActionable        of which NON_ACTIONABLE
 * @param falsePositive        of which FALSE_POSITIVE
 * @param repeated             of which flagged repeated
 * @param flapping             of which flagged flapping
 * @param autoResolved         of which closed by the tool itself (unknown counts as not)
 * @param offHours             of which outside the BUSINESS band, in the report's time zone
 * @param lowPriority          of which SEV4/SEV5 or of low urgency
 * @param withRunbook          of which carrying a runbook link
 * @param medianResolveMinutes median minutes to resolve, or null when none was resolved
 * @param suggestion           what to do, by {@link NoiseAdvice}'s rules
 */
public record NoisyFingerprint(String fingerprint, String exampleTitle, String service, long alerts,
                               long actionable, long nonActionable, long falsePositive, long repeated,
                               long flapping, long autoResolved, long offHours, long lowPriority, long withRunbook,
                               Double medianResolveMinutes, NoiseAdvice.Suggestion suggestion) {

    /** autoResolved / alerts. */
    public double autoResolvedShare() {
        return share(autoResolved);
    }

    /** offHours / alerts. */
    public double offHoursShare() {
        return share(offHours);
    }

    /** (nonActionable + falsePositive) / alerts. */
    public double noiseShare() {
        return share(nonActionable + falsePositive);
    }

    double share(long part) {
        return alerts == 0 ? 0 : (double) part / alerts;
    }
}
