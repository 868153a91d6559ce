package dev.opshistory.reports;

import dev.opshistory.reports.baseline.BaselineComparison;
import dev.opshistory.reports.figures.ActionabilityShare;
import dev.opshistory.reports.figures.DataQuality;
import dev.opshistory.reports.figures.Finding;
import dev.opshistory.reports.figures.FlagCounts;
import dev.opshistory.reports.figures.NoisyFingerprint;
import dev.opshistory.reports.figures.OnCallLoad;
import dev.opshistory.reports.figures.PageLoad;
import dev.opshistory.reports.figures.PostmortemReview;
import dev.opshistory.reports.figures.ResponseBand;
import dev.opshistory.reports.figures.ResponseTimes;
import dev.opshistory.reports.figures.Risk;
import dev.opshistory.reports.figures.RootCauseShare;
import dev.opshistory.reports.figures.RunbookCoverage;
import dev.opshistory.reports.figures.QueueCount;
import dev.opshistory.reports.figures.ServiceCount;
import dev.opshistory.reports.figures.TeamCount;
import dev.opshistory.reports.figures.ServiceResponse;
import dev.opshistory.reports.figures.SeverityBucket;
import dev.opshistory.reports.figures.SeverityCounts;
import dev.opshistory.reports.figures.SignificantIncident;
import dev.opshistory.reports.figures.Totals;
import dev.opshistory.reports.figures.Trend;
import dev.opshistory.reports.inputs.ReasonCount;
import dev.opshistory.reports.inputs.ReconciliationFigures;
import dev.opshistory.reports.inputs.SourceFormat;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * Every figure of one report, computed once and rendered by each output (Markdown, HTML, CSV, summary.json).
 * Strings from the exports (services, titles, reasons, file names) are raw here; each renderer escapes them.
 *
 * @param periodFromPostmortems true when a bound of the period was taken from the postmortems' dates, the
 *                              warehouse having no alert or incident
 * @param notes                 data-quality remarks in plain sentences, in the order found
 * @param baseline              the comparison with an earlier review, or null when none was asked for
 */
public record ReportData(
        String title,
        ZoneId timeZone,
        Period period,
        boolean periodFromPostmortems,
        BucketSize bucketSize,
        Totals totals,
        SeverityCounts bySeverity,
        List<SeverityBucket> series,
        List<ServiceCount> byService,
        List<TeamCount> byTeam,
        List<QueueCount> byQueue,
        List<ActionabilityShare> actionability,
        FlagCounts flags,
        ResponseTimes response,
        List<NoisyFingerprint> noisiestFingerprints,
        long crossSourceCopies,
        ReconciliationFigures reconciliation,
        List<ReasonCount> rejectReasons,
        List<String> notes,
        List<ServiceResponse> responseByService,
        List<ResponseBand> responseDistribution,
        PageLoad pages,
        OnCallLoad onCall,
        List<RootCauseShare> rootCauses,
        List<SignificantIncident> significantIncidents,
        List<PostmortemReview> postmortems,
        RunbookCoverage runbooks,
        Trend trend,
        List<Risk> risks,
        DataQuality quality,
        List<Finding> findings,
        Methodology methodology,
        BaselineComparison baseline) {

    public ReportData {
        series = List.copyOf(series);
        byService = List.copyOf(byService);
        byTeam = List.copyOf(byTeam);
        byQueue = List.copyOf(byQueue);
        actionability = List.copyOf(actionability);
        noisiestFingerprints = List.copyOf(noisiestFingerprints);
        rejectReasons = List.copyOf(rejectReasons);
        notes = List.copyOf(notes);
        responseByService = List.copyOf(responseByService);
        responseDistribution = List.copyOf(responseDistribution);
        rootCauses = List.copyOf(rootCauses);
        significantIncidents = List.copyOf(significantIncidents);
        postmortems = List.copyOf(postmortems);
        risks = List.copyOf(risks);
        findings = List.copyOf(findings);
    }

    /**
     * How many rows each breakdown (by service, team, queue, on-call rota, and response per service) lists in the
     * Markdown and HTML; csv/ and summary.json have every row. An organisation with hundreds of services would
     * otherwise paste tables of hundreds of rows into its review.
     */
    public static final int BREAKDOWN_SHOWN = 15;

    /** The {@value #BREAKDOWN_SHOWN} services with the most alerts. */
    public List<ServiceCount> byServiceShown() {
        return firstRows(byService);
    }

    /** The {@value #BREAKDOWN_SHOWN} teams with the most alerts. */
    public List<TeamCount> byTeamShown() {
        return firstRows(byTeam);
    }

    /** The {@value #BREAKDOWN_SHOWN} queues with the most alerts. */
    public List<QueueCount> byQueueShown() {
        return firstRows(byQueue);
    }

    /** The response times of the {@value #BREAKDOWN_SHOWN} services with the most alerts. */
    public List<ServiceResponse> responseByServiceShown() {
        return firstRows(responseByService);
    }

    /** The {@value #BREAKDOWN_SHOWN} most loaded on-call rotas. */
    public List<OnCallLoad.QueueLoad> onCallShown() {
        return firstRows(onCall.byQueue());
    }

    /** A breakdown's first rows: each comes busiest first. */
    private static <T> List<T> firstRows(List<T> rows) {
        return rows.size() <= BREAKDOWN_SHOWN ? rows : rows.subList(0, BREAKDOWN_SHOWN);
    }

    /** How many significant incidents the report and summary.json list; csv/ has them all, summary.json their number. */
    public static final int SIGNIFICANT_SHOWN = 25;

    /**
     * The significant incidents the report lists, oldest first: all of them up to {@link #SIGNIFICANT_SHOWN},
     * else those a postmortem names first, then the most severe, then the longest (a year of P1/P2 pages is
     * more than a review reads).
     */
    public List<SignificantIncident> significantIncidentsShown() {
        if (significantIncidents.size() <= SIGNIFICANT_SHOWN) {
            return significantIncidents;
        }
        Comparator<SignificantIncident> weight = Comparator
                .comparing((SignificantIncident i) -> i.postmortemId() == null)
                .thenComparing(SignificantIncident::severity, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(SignificantIncident::minutesToResolve, Comparator.nullsLast(Comparator.reverseOrder()));
        return significantIncidents.stream().sorted(weight).limit(SIGNIFICANT_SHOWN)
                .sorted(Comparator.comparing(SignificantIncident::createdAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** How many postmortems the report lists; csv/postmortems.csv and summary.json have them all. */
    public static final int POSTMORTEMS_SHOWN = 25;

    /** The postmortems the report lists: the {@value #POSTMORTEMS_SHOWN} newest (undated ones last). */
    public List<PostmortemReview> postmortemsShown() {
        return postmortems.size() <= POSTMORTEMS_SHOWN ? postmortems : postmortems.subList(0, POSTMORTEMS_SHOWN);
    }

    /** True when a root-cause category has an alert, an incident or a dated postmortem in the period. */
    public boolean hasRootCauses() {
        return rootCauses.stream().anyMatch(RootCauseShare::seen);
    }

    /** Postmortems of the period without a date: listed, but in no root-cause or trend window. */
    public long undatedPostmortems() {
        return postmortems.stream().filter(p -> p.createdAt() == null).map(PostmortemReview::eventId).distinct()
                .count();
    }

    /** True when a root-cause category has a postmortem in the period. */
    public boolean hasPostmortemRootCauses() {
        return rootCauses.stream().anyMatch(r -> r.postmortems() > 0);
    }

    /** True when the period holds at least one alert or incident. */
    public boolean hasEvents() {
        return totals.alerts() + totals.incidents() > 0;
    }

    /** Alerts classified NON_ACTIONABLE or FALSE_POSITIVE. */
    public long nonActionable() {
        return actionability.stream()
                .filter(a -> a.actionability().equals("NON_ACTIONABLE") || a.actionability().equals("FALSE_POSITIVE"))
                .mapToLong(ActionabilityShare::alerts).sum();
    }

    /** The export files summed up per format, the formats with the most records first. */
    public List<SourceFormat> sources() {
        return SourceFormat.of(reconciliation.files());
    }

    /** The same report compared with an earlier one. */
    public ReportData withBaseline(BaselineComparison comparison) {
        return new ReportData(title, timeZone, period, periodFromPostmortems, bucketSize, totals, bySeverity, series, byService,
                byTeam, byQueue, actionability, flags, response, noisiestFingerprints, crossSourceCopies, reconciliation,
                rejectReasons, notes, responseByService, responseDistribution, pages, onCall, rootCauses,
                significantIncidents, postmortems, runbooks, trend, risks, quality, findings, methodology, comparison);
    }
}
