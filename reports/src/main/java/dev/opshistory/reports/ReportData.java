package dev.opshistory.reports;

import dev.opshistory.reports.figures.ActionabilityShare;
import dev.opshistory.reports.figures.FlagCounts;
import dev.opshistory.reports.figures.NoisyFingerprint;
import dev.opshistory.reports.figures.ResponseTimes;
import dev.opshistory.reports.figures.ServiceCount;
import dev.opshistory.reports.figures.SeverityBucket;
import dev.opshistory.reports.figures.SeverityCounts;
import dev.opshistory.reports.figures.Totals;
import dev.opshistory.reports.inputs.ReasonCount;
import dev.opshistory.reports.inputs.ReconciliationFigures;
import java.time.ZoneId;
import java.util.List;

/**
 * Every figure of one report, computed once and rendered by each output (Markdown, summary.json). Strings
 * from the exports (services, titles, reasons, file names) are raw here; each renderer escapes them.
 *
 * @param notes data-quality remarks in plain sentences, in the order found
 */
public record ReportData(
        String title,
        ZoneId timeZone,
        Period period,
        BucketSize bucketSize,
        Totals totals,
        SeverityCounts bySeverity,
        List<SeverityBucket> series,
        List<ServiceCount> byService,
        List<ActionabilityShare> actionability,
        FlagCounts flags,
        ResponseTimes response,
        List<NoisyFingerprint> noisiestFingerprints,
        long crossSourceCopies,
        ReconciliationFigures reconciliation,
        List<ReasonCount> rejectReasons,
        List<String> notes) {

    public ReportData {
        series = List.copyOf(series);
        byService = List.copyOf(byService);
        actionability = List.copyOf(actionability);
        noisiestFingerprints = List.copyOf(noisiestFingerprints);
        rejectReasons = List.copyOf(rejectReasons);
        notes = List.copyOf(notes);
    }

    /** True when the period holds at least one alert or incident. */
    public boolean hasEvents() {
        return totals.alerts() + totals.incidents() > 0;
    }
}
