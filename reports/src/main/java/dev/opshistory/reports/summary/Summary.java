package dev.opshistory.reports.summary;

import dev.opshistory.reports.Methodology;
import dev.opshistory.reports.ReportData;
import dev.opshistory.reports.baseline.BaselineComparison;
import dev.opshistory.reports.baseline.Headline;
import dev.opshistory.reports.figures.Finding;
import dev.opshistory.reports.figures.NoisyFingerprint;
import dev.opshistory.reports.figures.OnCallLoad;
import dev.opshistory.reports.figures.PageLoad;
import dev.opshistory.reports.figures.PostmortemReview;
import dev.opshistory.reports.figures.ResponseBand;
import dev.opshistory.reports.figures.Risk;
import dev.opshistory.reports.figures.RootCauseShare;
import dev.opshistory.reports.figures.RunbookCoverage;
import dev.opshistory.reports.figures.ServiceResponse;
import dev.opshistory.reports.figures.SignificantIncident;
import dev.opshistory.reports.figures.Trend;
import dev.opshistory.reports.figures.ActionabilityShare;
import dev.opshistory.reports.figures.Durations;
import dev.opshistory.reports.figures.QueueCount;
import dev.opshistory.reports.figures.ServiceCount;
import dev.opshistory.reports.figures.TeamCount;
import dev.opshistory.reports.figures.SeverityBucket;
import dev.opshistory.reports.figures.Totals;
import dev.opshistory.reports.inputs.IngestReconciliation;
import dev.opshistory.reports.inputs.ReasonCount;
import dev.opshistory.reports.inputs.OrphanedRecords;
import dev.opshistory.reports.inputs.ReconciliationFigures;
import dev.opshistory.reports.inputs.SourceFormat;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code summary.json}: the report's figures for machines (a later review's {@code --baseline}, dashboards).
 * Keys are snake_case and stable; {@code schema/summary.schema.json} describes them, and a change that
 * breaks a reader raises {@link #SCHEMA_VERSION}. All counts are over the period's alerts unless named
 * otherwise; durations are minutes.
 */
public record Summary(
        int schemaVersion,
        String title,
        String timeZone,
        PeriodJson period,
        Totals totals,
        Map<String, Long> bySeverity,
        Map<String, Long> actionability,
        long repeated,
        long flapping,
        Response response,
        Series series,
        List<ServiceCount> byService,
        List<TeamCount> byTeam,
        List<QueueCount> byQueue,
        List<SourceFormat> sources,
        Reconciliation reconciliation,
        DataQuality dataQuality,
        Map<String, Double> headline,
        List<Finding> findings,
        PageLoad pages,
        OnCallLoad onCall,
        List<ServiceResponse> responseByService,
        List<ResponseBand> responseDistribution,
        List<NoisyFingerprint> noisyFingerprints,
        List<RootCauseShare> rootCauses,
        List<SignificantIncident> significantIncidents,
        long significantIncidentsTotal,
        List<PostmortemReview> postmortems,
        RunbookCoverage runbooks,
        TrendJson trend,
        List<Risk> risks,
        Methodology methodology,
        BaselineComparison baseline) {

    /** The version of the keys' meaning; raised on any change that breaks a reader. */
    public static final int SCHEMA_VERSION = 1;

    /** The period, both ends inclusive, UTC; null ends when unknown. */
    public record PeriodJson(Instant from, Instant to) {
    }

    /** MTTA and MTTR. */
    public record Response(Durations mttaMinutes, Durations mttrMinutes) {
    }

    /**
     * The alert-volume series behind the chart.
     *
     * @param bucket {@code week} or {@code month}
     * @param rows   one per bucket: {@code bucket_start} (ISO date, UTC) and a count per severity
     */
    public record Series(String bucket, List<Map<String, Object>> rows) {
    }

    /** Ingest's account; {@code present} is false when there was none and the counts are zeros. */
    public record Reconciliation(long read, long accepted, long rejected, long folded, long orphaned, long duplicates,
                                 boolean present, List<IngestReconciliation.FileCount> files,
                                 List<OrphanedRecords> orphans) {
    }

    /** What the report noticed about its input. */
    public record DataQuality(long crossSourceCopies, List<ReasonCount> rejectReasons, List<String> notes,
                              List<dev.opshistory.reports.figures.DataQuality.DateGap> gaps,
                              List<String> truncatedExports, long unknownActionability, long unknownSeverity,
                              long unknownRootCause, long overridden, long truncatedTexts) {
    }

    /** The trend: how the windows were chosen, both windows, and each headline figure's change. */
    public record TrendJson(String mode, Trend.Window earlier, Trend.Window later, List<Trend.Row> rows) {
    }

    /** The summary of a report. */
    public static Summary of(ReportData data) {
        Map<String, Long> actionability = new LinkedHashMap<>();
        for (ActionabilityShare share : data.actionability()) {
            actionability.put(share.actionability(), share.alerts());
        }
        List<Map<String, Object>> rows = data.series().stream().map(Summary::seriesRow).toList();
        ReconciliationFigures figures = data.reconciliation();
        return new Summary(
                SCHEMA_VERSION,
                data.title(),
                data.timeZone().getId(),
                new PeriodJson(data.period().from(), data.period().to()),
                data.totals(),
                data.bySeverity().byName(),
                actionability,
                data.flags().repeated(),
                data.flags().flapping(),
                new Response(orNone(data.response().timeToAcknowledge()), orNone(data.response().timeToResolve())),
                new Series(data.bucketSize().unit(), rows),
                data.byService(),
                data.byTeam(),
                data.byQueue(),
                data.sources(),
                new Reconciliation(figures.read(), figures.accepted(), figures.rejected(), figures.folded(),
                        figures.orphaned(), figures.duplicates(), figures.present(), figures.files(), figures.orphans()),
                new DataQuality(data.crossSourceCopies(), data.rejectReasons(), data.notes(), data.quality().gaps(),
                        data.quality().truncatedExports(), data.quality().unknownActionability(),
                        data.quality().unknownSeverity(), data.quality().unknownRootCause(),
                        data.quality().overridden(), data.quality().truncatedTexts()),
                Headline.of(data),
                data.findings(),
                data.pages(),
                data.onCall(),
                data.responseByService(),
                data.responseDistribution(),
                data.noisiestFingerprints(),
                data.rootCauses(),
                data.significantIncidentsShown(),
                data.significantIncidents().size(),
                data.postmortems(),
                data.runbooks(),
                new TrendJson(data.trend().mode().name(), data.trend().earlier(), data.trend().later(),
                        data.trend().rows()),
                data.risks(),
                data.methodology(),
                data.baseline());
    }

    private static Map<String, Object> seriesRow(SeverityBucket bucket) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("bucket_start", bucket.start());
        row.putAll(bucket.counts().byName());
        return row;
    }

    private static Durations orNone(Durations durations) {
        return durations == null ? Durations.NONE : durations;
    }
}
