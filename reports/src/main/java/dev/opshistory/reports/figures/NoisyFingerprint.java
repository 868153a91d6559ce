package dev.opshistory.reports.figures;

/**
 * One of the fingerprints (service + title template) that paged most, and more than once.
 *
 * @param fingerprint  the fingerprint, or the event id when the alert had none
 * @param exampleTitle the title of the group's first alert (untrusted text)
 * @param service      the service of that alert (untrusted text), or null
 * @param alerts       alerts with the fingerprint in the period
 * @param actionable   of which ACTIONABLE
 * @param repeated     of which flagged repeated
 * @param flapping     of which flagged flapping
 */
public record NoisyFingerprint(String fingerprint, String exampleTitle, String service, long alerts,
                               long actionable, long repeated, long flapping) {
}
