package dev.opshistory.reports;

import dev.opshistory.reports.inputs.ClassifyRun;
import java.util.List;

/**
 * How the report was made: what its Methodology section and summary.json state beside the figures.
 *
 * @param version           the reports module's version
 * @param timeZone          the zone of hour bands, weekdays and shifts
 * @param services          the --service filter, empty for all
 * @param teams             the --team filter, empty for all
 * @param inputChecksums    SHA-256 of each export file when ingest's reconciliation recorded them
 * @param overdueAfterDays  open action items of a postmortem this much older than the period's end are overdue
 * @param minGapDays        shortest run of days without events reported as a gap
 * @param classify          the classify stage's record of its rules, overrides and zone ({@code classify/run.json}),
 *                          or null when the run has none ("not recorded")
 */
public record Methodology(String version, String timeZone, List<String> services, List<String> teams,
                          List<Checksum> inputChecksums, int overdueAfterDays, int minGapDays,
                          ClassifyRun classify) {

    public Methodology {
        services = List.copyOf(services);
        teams = List.copyOf(teams);
        inputChecksums = List.copyOf(inputChecksums);
    }

    /** One export file's checksum (the file name is untrusted text). */
    public record Checksum(String file, String sha256) {
    }
}
