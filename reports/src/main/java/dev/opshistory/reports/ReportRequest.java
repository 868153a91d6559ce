package dev.opshistory.reports;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * What to report on and where to write it.
 *
 * @param runDir   the folder a run wrote to (docs/warehouse.md): {@code warehouse/events/**}, {@code
 *                 warehouse/postmortems/**}, {@code ingest/reconciliation.json}, {@code rejects.ndjson}; any of
 *                 them may be missing, which gives an empty report rather than a failure
 * @param outDir   where {@code operational-history.md} and {@code summary.json} go; created when missing
 * @param title    the report's heading, as the user wrote it (escaped when rendered)
 * @param timeZone the zone people read the period in; buckets and the warehouse stay UTC
 * @param from     the first instant of the period, inclusive, or null for the first event in the warehouse
 * @param to       the last instant of the period, inclusive, or null for the last event in the warehouse
 */
public record ReportRequest(Path runDir, Path outDir, String title, ZoneId timeZone, Instant from, Instant to) {

    /** The heading used when the user gives none. */
    public static final String DEFAULT_TITLE = "Operational history";

    public ReportRequest {
        Objects.requireNonNull(runDir, "runDir");
        Objects.requireNonNull(outDir, "outDir");
        title = title == null || title.isBlank() ? DEFAULT_TITLE : title;
        timeZone = timeZone == null ? ZoneOffset.UTC : timeZone;
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the period starts (" + from + ") after it ends (" + to + ")");
        }
    }

    /** The whole span of the data in {@code dir}, reported into the same folder, in UTC. */
    public static ReportRequest of(Path dir) {
        return new ReportRequest(dir, dir, DEFAULT_TITLE, ZoneOffset.UTC, null, null);
    }

    /** The same request narrowed to [from, to]; either bound may be null. */
    public ReportRequest between(Instant newFrom, Instant newTo) {
        return new ReportRequest(runDir, outDir, title, timeZone, newFrom, newTo);
    }
}
