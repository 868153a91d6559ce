package dev.opshistory.reports.warehouse;

import dev.opshistory.reports.BucketSize;
import dev.opshistory.reports.Period;
import dev.opshistory.reports.figures.ActionabilityShare;
import dev.opshistory.reports.inputs.OrphanedRecords;
import dev.opshistory.reports.figures.DataQuality;
import dev.opshistory.reports.figures.Investments;
import dev.opshistory.reports.figures.NoiseAdvice;
import dev.opshistory.reports.figures.OnCallLoad;
import dev.opshistory.reports.figures.PageLoad;
import dev.opshistory.reports.figures.PostmortemReview;
import dev.opshistory.reports.figures.ResponseBand;
import dev.opshistory.reports.figures.RiskMatrix;
import dev.opshistory.reports.figures.RootCauseShare;
import dev.opshistory.reports.figures.RunbookCoverage;
import dev.opshistory.reports.figures.ServiceResponse;
import dev.opshistory.reports.figures.ShiftDistribution;
import dev.opshistory.reports.figures.SignificantIncident;
import dev.opshistory.reports.figures.Trend;
import dev.opshistory.reports.figures.Durations;
import dev.opshistory.reports.figures.FlagCounts;
import dev.opshistory.reports.figures.NoisyFingerprint;
import dev.opshistory.reports.figures.ResponseTimes;
import dev.opshistory.reports.figures.QueueCount;
import dev.opshistory.reports.figures.ServiceCount;
import dev.opshistory.reports.figures.TeamCount;
import dev.opshistory.reports.figures.SeverityBucket;
import dev.opshistory.reports.figures.SeverityCounts;
import dev.opshistory.reports.figures.Totals;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The report's analyses, one SQL resource each, over a {@link Warehouse} already restricted to the period.
 * Each method runs one query and maps its rows (after the derived table it reads, made once per period by
 * {@link Warehouse#prepare}); none holds state.
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

    /** The first and last date of the warehouse's postmortems; both null when none is dated. */
    public Period postmortemSpan() {
        return warehouse.queryOne("postmortem-span", row -> new Period(
                Warehouse.instantOfMicros(row, "first_us"), Warehouse.instantOfMicros(row, "last_us")));
    }

    public Totals totals() {
        warehouse.prepare("event-ids");
        return warehouse.queryOne("totals", row -> new Totals(
                row.getLong("alerts"), row.getLong("incidents"), row.getLong("postmortems")));
    }

    /** Alerts of the period that copy an earlier alert from another tool, and are therefore not counted. */
    public long crossSourceCopies() {
        return warehouse.queryOne("cross-source-copies", row -> row.getLong("copies"));
    }

    /** Distinct event and postmortem ids in the whole warehouse. */
    public long distinctInWarehouse() {
        warehouse.prepare("event-ids");
        return warehouse.queryOne("warehouse-distinct", row -> row.getLong("distinct_events"));
    }

    /** Events and postmortems in the whole warehouse by the export file that gave them ("" for none). */
    public Map<String, Long> rowsByFile() {
        Map<String, Long> rows = new HashMap<>();
        for (Map.Entry<String, Long> entry : warehouse.query("rows-by-file",
                row -> Map.entry(Objects.toString(row.getString("file"), ""), row.getLong("events")))) {
            rows.merge(entry.getKey(), entry.getValue(), Long::sum);
        }
        return rows;
    }

    /** Folded records whose event the input did not hold, by export file, most first. */
    public List<OrphanedRecords> orphansByFile() {
        return warehouse.query("orphans-by-file", row -> new OrphanedRecords(row.getString("file"),
                row.getLong("records"), row.getLong("missing_events"), row.getString("example_event")));
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

    /** Alerts per team, busiest first. */
    public List<TeamCount> byTeam() {
        return warehouse.query("by-team", row -> new TeamCount(row.getString("team"),
                row.getLong("alerts"), row.getLong("actionable"), row.getLong("repeated")));
    }

    /** Alerts per queue (escalation policy), busiest first. */
    public List<QueueCount> byQueue() {
        return warehouse.query("by-queue", row -> new QueueCount(row.getString("queue"),
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

    /**
     * The {@code limit} fingerprints with the most alerts, among those that alerted more than once, each with
     * {@link NoiseAdvice}'s suggestion.
     */
    public List<NoisyFingerprint> noisiestFingerprints(int limit) {
        warehouse.prepare("fingerprint-stats");
        return warehouse.query("noisy-fingerprints", row -> {
            long alerts = row.getLong("alerts");
            long actionable = row.getLong("actionable");
            long nonActionable = row.getLong("non_actionable");
            long falsePositive = row.getLong("false_positive");
            long repeated = row.getLong("repeated");
            long flapping = row.getLong("flapping");
            long autoResolved = row.getLong("auto_resolved");
            long lowPriority = row.getLong("low_priority");
            Double median = Warehouse.nullableDouble(row, "median_resolve_minutes");
            return new NoisyFingerprint(row.getString("fingerprint"), row.getString("example_title"),
                    row.getString("service"), alerts, actionable, nonActionable, falsePositive, repeated, flapping,
                    autoResolved, row.getLong("off_hours"), lowPriority, row.getLong("with_runbook"), median,
                    NoiseAdvice.suggest(alerts, actionable, nonActionable, falsePositive, repeated, flapping,
                            autoResolved, lowPriority, median));
        }, limit);
    }

    /** MTTA and MTTR per service, busiest first. */
    public List<ServiceResponse> responseByService() {
        return warehouse.query("response-by-service", row -> new ServiceResponse(row.getString("service"),
                row.getLong("alerts"), durations(row, "ack"), durations(row, "resolve")));
    }

    /** Alerts acknowledged / resolved per band of minutes. */
    public List<ResponseBand> responseDistribution() {
        return warehouse.query("response-distribution", row -> new ResponseBand(row.getString("label"),
                row.getLong("acknowledged"), row.getLong("resolved")));
    }

    /** Pages, after-hours and sleep pages, and the band × weekday heat map. */
    public PageLoad pageLoad() {
        List<PageLoad.HeatCell> cells = warehouse.query("page-heatmap", row -> new PageLoad.HeatCell(
                row.getString("band"), row.getInt("weekday"), row.getLong("pages")));
        return warehouse.queryOne("pages", row -> new PageLoad(row.getLong("pages"), row.getLong("after_hours"),
                row.getLong("sleep"), cells));
    }

    /** Pages per on-call shift per on-call rota (escalation policy, else team); empty when the period is not bounded. */
    public OnCallLoad onCallLoad(Period period) {
        if (!period.isBounded()) {
            return OnCallLoad.NONE;
        }
        record Row(String queue, long pages, long shifts) {
        }
        List<Row> rows = warehouse.query("shift-load", row -> new Row(row.getString("queue"), row.getLong("pages"),
                row.getLong("shifts")));
        return ShiftDistribution.of(rows.stream()
                .map(r -> new ShiftDistribution.Cell(r.queue(), r.pages(), r.shifts())).toList());
    }

    /**
     * Alerts, incidents and postmortems per root-cause category in the period, with the shares of the trend's
     * earlier window beside them.
     */
    public List<RootCauseShare> rootCauses(Period period, Trend trend) {
        // An undated postmortem was brought to this review, so it counts in the period (the list shows it too),
        // but it cannot be placed in the earlier window.
        List<long[]> now = rootCauseWindow(period.from(), period.to() == null ? null : period.to().plusNanos(1000),
                true);
        List<long[]> before = trend.mode() == Trend.Mode.NONE ? null
                : rootCauseWindow(trend.earlier().from(), trend.earlier().to(), false);
        List<String> names = ROOT_CAUSES;
        long[] total = totals(now);
        long[] totalBefore = before == null ? null : totals(before);
        List<RootCauseShare> shares = new java.util.ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            long[] c = now.get(i);
            long[] b = before == null ? null : before.get(i);
            shares.add(new RootCauseShare(names.get(i), c[ALERTS], c[1], c[INCIDENTS], c[3], c[POSTMORTEMS],
                    ratio(c[ALERTS], total[ALERTS]), ratio(c[INCIDENTS], total[INCIDENTS]),
                    ratio(c[POSTMORTEMS], total[POSTMORTEMS]),
                    b == null ? null : ratio(b[ALERTS], totalBefore[ALERTS]),
                    b == null ? null : ratio(b[INCIDENTS], totalBefore[INCIDENTS]),
                    b == null ? null : ratio(b[POSTMORTEMS], totalBefore[POSTMORTEMS]),
                    Investments.forCategory(names.get(i))));
        }
        return shares;
    }

    private static final List<String> ROOT_CAUSES = java.util.Arrays.stream(dev.opshistory.model.RootCause.values())
            .map(Enum::name).toList();
    /** Positions in a {@link #rootCauseWindow} row; 1 and 3 are the human-named alerts and incidents. */
    private static final int ALERTS = 0;
    private static final int INCIDENTS = 2;
    private static final int POSTMORTEMS = 4;

    private static long[] totals(List<long[]> window) {
        long[] sums = new long[POSTMORTEMS + 1];
        for (long[] row : window) {
            for (int i = 0; i < sums.length; i++) {
                sums[i] += row[i];
            }
        }
        return sums;
    }

    private List<long[]> rootCauseWindow(java.time.Instant from, java.time.Instant to, boolean withUndated) {
        Long fromMicros = Warehouse.micros(from);
        Long toMicros = Warehouse.micros(to);
        return warehouse.query("root-causes-window", row -> new long[] {row.getLong("alerts"),
                row.getLong("alerts_human"), row.getLong("incidents"), row.getLong("incidents_human"),
                row.getLong("postmortems")}, fromMicros, toMicros, fromMicros, toMicros, withUndated);
    }

    /** The headline figures of [from, to). */
    public Trend.Window trendWindow(java.time.Instant from, java.time.Instant to) {
        return warehouse.queryOne("trend-window", row -> new Trend.Window(from, to, row.getLong("alerts"),
                row.getLong("pages"), row.getLong("non_actionable"), row.getLong("sleep_pages"),
                row.getLong("incidents"), Warehouse.nullableDouble(row, "mtta_median"),
                Warehouse.nullableDouble(row, "mttr_median")), Warehouse.micros(from), Warehouse.micros(to));
    }

    /** Significant incidents of the period, oldest first. */
    public List<SignificantIncident> significantIncidents() {
        return warehouse.query("significant-incidents", row -> {
            boolean human = "human".equalsIgnoreCase(row.getString("root_cause_source"));
            String postmortemText = row.getString("root_cause_text");
            String humanCause = postmortemText != null ? postmortemText
                    : human ? row.getString("root_cause") : null;
            return new SignificantIncident(row.getString("event_id"), Warehouse.instantOfMicros(row, "created_us"),
                    Warehouse.nullableDouble(row, "minutes_to_resolve"), row.getString("severity"),
                    row.getString("title"), row.getString("service"), row.getString("impact"), humanCause,
                    human ? null : row.getString("root_cause"), row.getString("html_url"),
                    row.getString("postmortem_id"), row.getString("postmortem_title"));
        });
    }

    /** Postmortems of the period, newest first, with their action items and the alerts that recurred after each. */
    public List<PostmortemReview> postmortems(int overdueAfterDays) {
        Map<String, List<PostmortemReview.ActionItemRow>> items = new HashMap<>();
        warehouse.query("postmortem-action-items", row -> items.computeIfAbsent(row.getString("postmortem_id"),
                k -> new java.util.ArrayList<>()).add(new PostmortemReview.ActionItemRow(row.getString("text"),
                row.getString("owner"), row.getString("type"), row.getString("status"), row.getBoolean("overdue"))),
                overdueAfterDays);
        Map<String, List<PostmortemReview.Recurrence>> recurrences = new HashMap<>();
        warehouse.query("recurrences", row -> recurrences.computeIfAbsent(row.getString("postmortem_id"),
                k -> new java.util.ArrayList<>()).add(new PostmortemReview.Recurrence(row.getString("fingerprint"),
                row.getString("example_title"), row.getLong("alerts"), Warehouse.instantOfMicros(row, "first_us"),
                Warehouse.instantOfMicros(row, "last_us"))));
        return warehouse.query("postmortems", row -> {
            String id = row.getString("event_id");
            return new PostmortemReview(id, row.getString("title"), Warehouse.instantOfMicros(row, "created_us"),
                    row.getString("impact"), row.getString("duration"), row.getLong("named_incidents"),
                    Warehouse.nullableDouble(row, "named_resolve_minutes"), row.getString("root_cause_text"),
                    row.getString("root_cause"), row.getString("source_file"), row.getLong("action_items"),
                    row.getLong("done"), row.getLong("open"), row.getLong("overdue"),
                    items.getOrDefault(id, List.of()), recurrences.getOrDefault(id, List.of()));
        }, overdueAfterDays);
    }

    /** Runbook coverage, with the {@code limit} busiest alarms that never had a link. */
    public RunbookCoverage runbookCoverage(int limit) {
        warehouse.prepare("fingerprint-stats");
        List<RunbookCoverage.FingerprintCount> missing = warehouse.query("runbook-missing",
                row -> new RunbookCoverage.FingerprintCount(row.getString("fingerprint"),
                        row.getString("example_title"), row.getString("service"), row.getLong("alerts")), limit);
        return warehouse.queryOne("runbook-coverage", row -> new RunbookCoverage(row.getLong("alerts_with"),
                row.getLong("alerts_without"), row.getLong("fingerprints"), row.getLong("fingerprints_with"), missing));
    }

    /** What the risk matrix is drawn from, per category. */
    public List<RiskMatrix.Basis> riskBasis() {
        return warehouse.query("risk-basis", row -> new RiskMatrix.Basis(row.getString("root_cause"),
                row.getLong("occurrences"), row.getInt("worst_severity_rank"),
                Warehouse.nullableDouble(row, "longest_minutes"), row.getString("top_services")));
    }

    /** Data-quality figures of the period; gaps of at least {@code minGapDays} days. */
    public DataQuality dataQuality(Period period, int minGapDays, List<String> truncatedExports) {
        List<DataQuality.DateGap> gaps = period.isBounded()
                ? warehouse.query("date-gaps", row -> new DataQuality.DateGap(
                        row.getObject("first_day", LocalDate.class), row.getObject("last_day", LocalDate.class),
                        row.getLong("days")), minGapDays)
                : List.of();
        return warehouse.queryOne("unknowns", row -> new DataQuality(gaps, truncatedExports, row.getLong("alerts"),
                row.getLong("unknown_actionability"), row.getLong("unknown_severity"),
                row.getLong("unknown_root_cause"), row.getLong("overridden"), row.getLong("truncated_texts")));
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
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
