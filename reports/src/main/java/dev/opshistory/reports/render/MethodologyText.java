package dev.opshistory.reports.render;

import dev.opshistory.reports.ReportData;
import dev.opshistory.reports.inputs.ClassifyRun;
import dev.opshistory.reports.figures.Findings;
import dev.opshistory.reports.figures.NoiseAdvice;
import dev.opshistory.reports.figures.OnCallLoad;
import dev.opshistory.reports.figures.RiskMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Methodology section as plain sentences, one per rule, built from the constants the code uses so that the
 * text cannot drift from the rules. Both templates print them (each escaping for its format).
 */
final class MethodologyText {

    /** Up to this many input files, the Methodology lists each with its checksum. */
    static final int CHECKSUMS_LISTED = 5;

    private MethodologyText() {
    }

    static List<String> lines(ReportData data) {
        var m = data.methodology();
        List<String> lines = new ArrayList<>();
        lines.add("Version: opshistory reports " + m.version() + ". Time zone: " + m.timeZone()
                + " (hour bands, weekdays and shifts); volume buckets are UTC.");
        lines.add("Period: the span of the alerts and incidents (of the postmortems' dates when there are none) unless"
                + " --from/--to narrow it. Trend: the equal span before the period"
                + " when the data reaches back that far, else the period's second half against its first. A count"
                + " changed beyond chance when a one-sided exact binomial test in the direction it moved (each event in"
                + " either equal window with probability 1/2) gives p < 0.05.");
        lines.add("Page: an alert of high urgency or of severity SEV1-SEV3. Hour bands: business 08-18 Monday-Friday,"
                + " off-hours 18-22 on weekdays and 08-22 at weekends, sleep 22-08.");
        lines.add("On-call shifts: 08-20 and 20-08 per on-call rota (the escalation policy, else the team paged), only"
                + " shifts wholly inside the period; a rota that alerted in the period is on call for every shift; the SRE book's guide is at most "
                + OnCallLoad.SRE_GUIDE + " per shift.");
        lines.add(String.format(Locale.ROOT, "Noisy-fingerprint suggestions, the first rule that matches: DELETE when"
                + " none was actionable and at least half were false positives; ADD_FOR_DURATION when at least half"
                + " flapped, or at least half auto-resolved with a median time to resolve of at most %.0f min;"
                + " DEDUPLICATE when at least half were repeated; ROUTE_TO_TICKET when at least half were SEV4/SEV5 or"
                + " low urgency and one was actionable; RAISE_THRESHOLD when at least half were non-actionable or false"
                + " positives; KEEP otherwise.", NoiseAdvice.TRANSIENT_MINUTES));
        lines.add(String.format(Locale.ROOT, "Findings: each rule's share times its weight: shifts over the guide x%.1f,"
                        + " postmortems with recurring alerts x%.1f, non-actionable alerts x%.1f, sleep-hour pages x%.1f,"
                        + " rise in pages (capped at 100%%; only beyond chance: a one-sided binomial test of the two windows' counts at p < 0.05) x%.1f, overdue action items x%.1f, largest known root cause"
                        + " (of incidents; with fewer than two incidents of alerts, or of postmortems when there is no"
                        + " alert) x%.1f, alarms without a runbook x%.1f, alerts left UNKNOWN x%.1f; the %d highest scores are shown.",
                Findings.W_SHIFTS, Findings.W_RECURRENCE, Findings.W_NOISE, Findings.W_SLEEP, Findings.W_TREND,
                Findings.W_OVERDUE, Findings.W_ROOT_CAUSE, Findings.W_RUNBOOKS, Findings.W_UNKNOWN, Findings.SHOWN));
        lines.add(String.format(Locale.ROOT, "Risk matrix: one risk per root cause seen in incidents, in actionable"
                + " alerts not linked to an incident and in postmortems no event is linked to (their severity unknown,"
                + " their written duration the time to resolve). Likelihood from occurrences per 30 days: >= 4 -> 5, >= 1 -> 4,"
                + " >= 1/3 -> 3, >= 1/12 -> 2, else 1. Severity from the worst severity: SEV1 -> 5, SEV2 -> 4, SEV3 -> 3,"
                + " SEV4 -> 2, SEV5 or unknown -> 1, plus 1 (at most 5) when one took %.0f min or more to resolve."
                + " Mitigations: the root cause's investment. Rows: highest severity x likelihood first, then the"
                + " most frequent.", RiskMatrix.LONG_OUTAGE_MINUTES));
        lines.add("Postmortem action items are overdue when open (a status other than done, complete(d), closed, fixed,"
                + " resolved) and the postmortem is " + m.overdueAfterDays() + " or more days older than the period's"
                + " end: items carry no due date.");
        lines.add("Data quality: gaps are runs of " + m.minGapDays() + " or more UTC days without any event; a PagerDuty"
                + " CSV of exactly 20,000 records looks truncated (the export limit).");
        lines.add(classification(m.classify(), data.quality().overridden(), m.timeZone()));
        if (m.inputChecksums().isEmpty()) {
            lines.add("Input checksums: not recorded by ingest.");
        } else if (m.inputChecksums().size() > CHECKSUMS_LISTED) {
            // Hundreds of 64-digit sums in one line are not read; the files that hold them are.
            lines.add("Input checksums (SHA-256): " + m.inputChecksums().size() + " files, listed with their"
                    + " checksums in csv/reconciliation-files.csv and summary.json.");
        } else {
            StringBuilder sums = new StringBuilder("Input checksums (SHA-256): ");
            for (int i = 0; i < m.inputChecksums().size(); i++) {
                var c = m.inputChecksums().get(i);
                sums.append(i == 0 ? "" : "; ").append(c.file()).append(' ').append(c.sha256());
            }
            lines.add(sums.append('.').toString());
        }
        return lines;
    }

    /** The rules, overrides and zone the verdicts were computed with, from the classify stage's record. */
    static String classification(ClassifyRun run, long overriddenInPeriod, String reportZone) {
        if (run == null) {
            return "Classification rules (file and SHA-256 hash), overrides file and the classifier's time zone: not"
                    + " recorded (the run has no classify/run.json). Verdicts changed by an override in the period: "
                    + overriddenInPeriod + ".";
        }
        StringBuilder line = new StringBuilder("Classification: opshistory classify ")
                .append(orNotRecorded(run.version())).append("; rules ").append(run.rulesName())
                .append(", SHA-256 ").append(orNotRecorded(run.rulesSha256())).append("; overrides ");
        if (run.overridesFile() == null || run.overridesFile().isBlank()) {
            line.append("none");
        } else {
            line.append(run.overridesFile()).append(", SHA-256 ").append(orNotRecorded(run.overridesSha256()))
                    .append(", ").append(run.overridesApplied() == null ? "not recorded"
                            : String.valueOf(run.overridesApplied())).append(" applied");
        }
        line.append(" (verdicts changed by an override in the period: ").append(overriddenInPeriod).append(")");
        line.append("; the classifier's time zone: ").append(orNotRecorded(run.timeZone()));
        if (run.timeZone() != null && !run.timeZone().equals(reportZone)) {
            line.append(" (this report recomputes hour bands in ").append(reportZone).append(')');
        }
        if (run.parallelism() != null) {
            line.append("; parallelism ").append(run.parallelism());
        }
        return line.append('.').toString();
    }

    private static String orNotRecorded(String value) {
        return value == null || value.isBlank() ? "not recorded" : value;
    }
}
