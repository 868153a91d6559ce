package dev.opshistory.reports.figures;

import java.util.List;

/**
 * Alerts and alarms (fingerprints) with a runbook / playbook link: the review asks for one playbook per alarm.
 *
 * @param missing the busiest alarms that never carried a link
 */
public record RunbookCoverage(long alertsWith, long alertsWithout, long fingerprints, long fingerprintsWith,
                              List<FingerprintCount> missing) {

    public static final RunbookCoverage NONE = new RunbookCoverage(0, 0, 0, 0, List.of());

    public RunbookCoverage {
        missing = List.copyOf(missing);
    }

    /** alertsWith / all alerts, or null without alerts. */
    public Double alertShare() {
        long all = alertsWith + alertsWithout;
        return all == 0 ? null : (double) alertsWith / all;
    }

    /** fingerprintsWith / fingerprints, or null without alerts. */
    public Double fingerprintShare() {
        return fingerprints == 0 ? null : (double) fingerprintsWith / fingerprints;
    }

    /** Alerts of one alarm; title and service are untrusted. */
    public record FingerprintCount(String fingerprint, String exampleTitle, String service, long alerts) {
    }
}
