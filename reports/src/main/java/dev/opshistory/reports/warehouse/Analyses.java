package dev.opshistory.reports.warehouse;

import dev.opshistory.reports.BucketSize;
import dev.opshistory.reports.Period;
import dev.opshistory.reports.figures.ActionabilityShare;
import dev.opshistory.reports.figures.Durations;
import dev.opshistory.reports.figures.FlagCounts;
import dev.opshistory.reports.figures.NoisyFingerprint;
import dev.opshistory.reports.figures.ResponseTimes;
import dev.opshistory.reports.figures.ServiceCount;
import dev.opshistory.reports.figures.SeverityBucket;
import dev.opshistory.reports.figures.SeverityCounts;
import dev.opshistory.reports.figures.Totals;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * The report's analyses, one SQL resource each, over a {@link Warehouse} already restricted to the period.
 * Each method runs one query and maps its rows; none holds state.
 */
public final class Analyses {

    private final Warehouse warehouse;

    public Analyses(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** The first and last {@code created_at} of the whole warehouse; both null when it has no events. */
    public Period dataSpan() {
        return warehouse.queryOne("data-span", row -> new Period(
                Warehouse.instantOfMicros(row, "first_us"), Warehouse.instantOfMicros(row, "last_us")));
    }

    public Totals totals() {
        return warehouse.queryOne("totals", row -> new Totals(
                row.getLong("alerts"), row.getLong("incidents"), row.getLong("postmortems")));
    }

    /** Alerts of the period that copy an earlier alert from another tool, and are therefore not counted. */
    public long crossSourceCopies() {
        return warehouse.queryOne("cross-source-copies", row -> row.getLong("copies"));
    }

    /** Distinct event and postmortem ids in the whole warehouse. */
    public long distinctInWarehouse() {
        return warehouse.queryOne("warehouse-distinct", row -> row.getLong("distinct_events"));
    }

    public SeverityCounts bySeverity() {
        return warehouse.queryOne("by-severity", Analyses::severityCounts);
    }

    /** One row per bucket from the period's first to its last; empty when the period is not bounded. */
    public List<SeverityBucket> severitySeries(Period period, BucketSize size) {
        if (!period.isBounded()) {
            return List.of();
        }
        return warehouse.query("severity-series", row -> new SeverityBucket(
                row.getObject("bucket_start", LocalDate.class), severityCounts(row)), size.unit());
    }

    public List<ServiceCount> byService() {
        return warehouse.query("by-service", row -> new ServiceCount(row.getString("service"),
                row.getLong("alerts"), row.getLong("actionable"), row.getLong("repeated")));
    }

    /** Every actionability class, in the order ACTIONABLE, NON_ACTIONABLE, FALSE_POSITIVE, UNKNOWN. */
    public List<ActionabilityShare> actionability() {
        return warehouse.query("actionability", row -> new ActionabilityShare(row.getString("actionability"),
                row.getLong("alerts"), Warehouse.nullableDouble(row, "share")));
    }

    public FlagCounts flags() {
        return warehouse.queryOne("flags", row -> new FlagCounts(
                row.getLong("repeated"), row.getLong("flapping"), row.getLong("alerts")));
    }

    public ResponseTimes responseTimes() {
        return warehouse.queryOne("response-times", row -> new ResponseTimes(
                durations(row, "ack"), durations(row, "resolve")));
    }

    /** The {@code limit} fingerprints with the most alerts, among those that alerted more than once. */
    public List<NoisyFingerprint> noisiestFingerprints(int limit) {
        return warehouse.query("noisy-fingerprints", row -> new NoisyFingerprint(row.getString("fingerprint"),
                row.getString("example_title"), row.getString("service"), row.getLong("alerts"),
                row.getLong("actionable"), row.getLong("repeated"), row.getLong("flapping")), limit);
    }

    private static SeverityCounts severityCounts(ResultSet row) throws SQLException {
        return new SeverityCounts(row.getLong("sev1"), row.getLong("sev2"), row.getLong("sev3"),
                row.getLong("sev4"), row.getLong("sev5"), row.getLong("unknown"));
    }

    private static Durations durations(ResultSet row, String prefix) throws SQLException {
        long count = row.getLong(prefix + "_count");
        if (count == 0) {
            return Durations.NONE;
        }
        return new Durations(count, Warehouse.nullableDouble(row, prefix + "_median"),
                Warehouse.nullableDouble(row, prefix + "_p90"), Warehouse.nullableDouble(row, prefix + "_mean"));
    }
}
