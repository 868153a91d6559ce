package dev.opshistory.reports;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * What to report on and where to write it.
 *
 * @param runDir   the folder a run wrote to (docs/warehouse.md): {@code warehouse/events/**}, {@code
 *                 warehouse/postmortems/**}, {@code ingest/reconciliation.json}, {@code rejects.ndjson}; any of
 *                 them may be missing, which gives an empty report rather than a failure
 * @param outDir   where the report's files go; created when missing
 * @param title    the report's heading, as the user wrote it (escaped when rendered)
 * @param timeZone the zone people read the report in: the period is printed in it, and hour bands, weekdays and
 *                 on-call shifts are computed in it; buckets and the warehouse stay UTC
 * @param from     the first instant of the period, inclusive, or null for the first event in the warehouse
 * @param to       the last instant of the period, inclusive, or null for the last event in the warehouse
 * @param services only events of these services (as the vendor names them); empty for all
 * @param teams    only events of these teams; empty for all
 * @param baseline an earlier review's {@code summary.json} to compare with, or null
 */
public record ReportRequest(Path runDir, Path outDir, String title, ZoneId timeZone, Instant from, Instant to,
                            List<String> services, List<String> teams, Path baseline) {

    /** The heading used when the user gives none. */
    public static final String DEFAULT_TITLE = "Operational history";

    public ReportRequest {
        Objects.requireNonNull(runDir, "runDir");
        Objects.requireNonNull(outDir, "outDir");
        title = title == null || title.isBlank() ? DEFAULT_TITLE : title;
        timeZone = timeZone == null ? ZoneOffset.UTC : timeZone;
        services = services == null ? List.of() : List.copyOf(services);
        teams = teams == null ? List.of() : List.copyOf(teams);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the period starts (" + from + ") after it ends (" + to + ")");
        }
    }

    /** All services and teams, no baseline: the request of the walking skeleton, kept for its callers. */
    public ReportRequest(Path runDir, Path outDir, String title, ZoneId timeZone, Instant from, Instant to) {
        this(runDir, outDir, title, timeZone, from, to, List.of(), List.of(), null);
    }

    /** The whole span of the data in {@code dir}, reported into the same folder, in UTC. */
    public static ReportRequest of(Path dir) {
        return new ReportRequest(dir, dir, DEFAULT_TITLE, ZoneOffset.UTC, null, null);
    }

    /** The same request narrowed to [from, to]; either bound may be null. */
    public ReportRequest between(Instant newFrom, Instant newTo) {
        return new ReportRequest(runDir, outDir, title, timeZone, newFrom, newTo, services, teams, baseline);
    }

    /** The same request narrowed to these services and teams (empty lists keep all). */
    public ReportRequest only(List<String> newServices, List<String> newTeams) {
        return new ReportRequest(runDir, outDir, title, timeZone, from, to, newServices, newTeams, baseline);
    }

    /** The same request compared with an earlier review's summary.json. */
    public ReportRequest comparedWith(Path baselineSummary) {
        return new ReportRequest(runDir, outDir, title, timeZone, from, to, services, teams, baselineSummary);
    }

    /** The same request written to another folder. */
    public ReportRequest writingTo(Path newOutDir) {
        return new ReportRequest(runDir, newOutDir, title, timeZone, from, to, services, teams, baseline);
    }
}
