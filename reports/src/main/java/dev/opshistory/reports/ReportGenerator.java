package dev.opshistory.reports;

import dev.opshistory.reports.baseline.BaselineReader;
import dev.opshistory.reports.baseline.Headline;
import dev.opshistory.reports.charts.Chart;
import dev.opshistory.reports.charts.ReportCharts;
import dev.opshistory.reports.csv.CsvWriter;
import dev.opshistory.reports.csv.ReportTables;
import dev.opshistory.reports.figures.DataQuality;
import dev.opshistory.reports.figures.Findings;
import dev.opshistory.reports.figures.NoisyFingerprint;
import dev.opshistory.reports.figures.OnCallLoad;
import dev.opshistory.reports.figures.PageLoad;
import dev.opshistory.reports.figures.PostmortemReview;
import dev.opshistory.reports.figures.RiskMatrix;
import dev.opshistory.reports.figures.RootCauseShare;
import dev.opshistory.reports.figures.RunbookCoverage;
import dev.opshistory.reports.figures.Trend;
import dev.opshistory.reports.inputs.ClassifyRun;
import dev.opshistory.reports.inputs.ClassifyRunReader;
import dev.opshistory.reports.inputs.IngestReconciliation;
import dev.opshistory.reports.inputs.ReconciliationFigures;
import dev.opshistory.reports.inputs.ReconciliationReader;
import dev.opshistory.reports.inputs.RejectReasons;
import dev.opshistory.reports.render.HtmlRenderer;
import dev.opshistory.reports.render.MarkdownRenderer;
import dev.opshistory.reports.summary.Summary;
import dev.opshistory.reports.summary.SummarySchema;
import dev.opshistory.reports.summary.SummaryWriter;
import dev.opshistory.reports.warehouse.Analyses;
import dev.opshistory.reports.warehouse.Warehouse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Produces the Review of Operational History from a run's warehouse, in the request's output folder:
 * {@code operational-history.md}, {@code operational-history.html}, {@code summary.json}, {@code alerts.csv},
 * {@code csv/<table>.csv} and {@code charts/<chart>.svg}. The same warehouse and request always give the same
 * files (no wall clock, no machine locale or zone).
 */
public final class ReportGenerator {

    /** The Markdown report's file name. */
    public static final String MARKDOWN_FILE = "operational-history.md";
    /** The self-contained HTML page's file name. */
    public static final String HTML_FILE = "operational-history.html";
    /** The machine-readable summary's file name. */
    public static final String SUMMARY_FILE = "summary.json";
    /** The folder of the charts' SVG files. */
    public static final String CHARTS_FOLDER = "charts";

    /** Open action items of a postmortem this many days older than the period's end are overdue. */
    public static final int OVERDUE_AFTER_DAYS = 30;
    /** The shortest run of days without events that the data-quality section reports. */
    public static final int MIN_GAP_DAYS = 3;

    private static final int NOISIEST_FINGERPRINTS = 10;
    private static final int TOP_REJECT_REASONS = 5;
    private static final int MISSING_RUNBOOKS = 10;

    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final HtmlRenderer html = new HtmlRenderer();
    private final SummaryWriter summaryWriter = new SummaryWriter(SummarySchema.load());

    /**
     * Writes the report. A missing or empty warehouse gives a report of zeros with a note saying so.
     *
     * @throws ReportException          when the warehouse cannot be read or the report cannot be rendered
     * @throws IllegalArgumentException when the baseline is missing or is not a summary.json
     * @throws UncheckedIOException     when the output cannot be written
     */
    public ReportResult generate(ReportRequest request) {
        return generate(request, new StepTimings());
    }

    /**
     * Writes the report as {@link #generate(ReportRequest)} does, recording how long each step took in
     * {@code timings} (every SQL resource, {@code alerts.csv}, charts, templates, summary, tables).
     */
    public ReportResult generate(ReportRequest request, StepTimings timings) {
        try {
            Files.createDirectories(request.outDir());
            ReportData data;
            Path alertsCsv;
            try (Warehouse warehouse = timings.time("open warehouse",
                    () -> Warehouse.open(request.runDir(), timings))) {
                data = collect(request, warehouse);
                alertsCsv = timings.time("alerts.csv", () -> CsvWriter.writeAlerts(warehouse, request.outDir()));
            }
            List<Chart> charts = timings.time("charts (draw)", () -> ReportCharts.all(data));
            List<Path> chartFiles;
            try (StepTimings.Timer timer = timings.start("charts (write)")) {
                chartFiles = writeCharts(charts, request.outDir().resolve(CHARTS_FOLDER));
            }
            Path markdownFile = request.outDir().resolve(MARKDOWN_FILE);
            try (StepTimings.Timer timer = timings.start("markdown")) {
                Files.writeString(markdownFile, markdown.render(data, charts));
            }
            Path htmlFile = request.outDir().resolve(HTML_FILE);
            try (StepTimings.Timer timer = timings.start("html")) {
                Files.writeString(htmlFile, html.render(data, charts));
            }
            Path summaryFile = request.outDir().resolve(SUMMARY_FILE);
            timings.run("summary.json", () -> summaryWriter.write(Summary.of(data), summaryFile));
            List<Path> tables = timings.time("csv tables",
                    () -> CsvWriter.writeTables(ReportTables.of(data), request.outDir()));
            return new ReportResult(markdownFile, summaryFile, htmlFile, alertsCsv, tables, chartFiles,
                    data.reconciliation());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + request.outDir(), e);
        }
    }

    /** Every figure of the report, without writing anything. */
    public ReportData collect(ReportRequest request) {
        return collect(request, new StepTimings());
    }

    /** Every figure of the report, without writing anything; each SQL resource's time lands in {@code timings}. */
    public ReportData collect(ReportRequest request, StepTimings timings) {
        try (Warehouse warehouse = Warehouse.open(request.runDir(), timings)) {
            return collect(request, warehouse);
        }
    }

    private ReportData collect(ReportRequest request, Warehouse warehouse) {
        List<String> notes = new ArrayList<>();
        Optional<IngestReconciliation> account = readReconciliation(request.runDir(), notes);
        warehouse.narrow(request.timeZone(), request.services(), request.teams());
        Analyses analyses = new Analyses(warehouse);
        Period span = analyses.dataSpan();
        boolean periodFromPostmortems = false;
        if (span.from() == null) {
            // A folder of postmortems alone still has dates: the review covers them rather than nothing.
            span = analyses.postmortemSpan();
            periodFromPostmortems = span.from() != null && (request.from() == null || request.to() == null);
            notes.add(span.from() == null
                    ? "The warehouse has no events yet (no Parquet files under warehouse/events)."
                    : "The warehouse has no alerts or incidents (no Parquet files under warehouse/events): the"
                            + " review covers the postmortems alone.");
        }
        Period period = Period.resolve(request.from(), request.to(), span.from(), span.to());
        warehouse.restrictTo(period);
        BucketSize bucketSize = BucketSize.forPeriod(period);
        long copies = analyses.crossSourceCopies();
        if (copies > 0) {
            notes.add("Alerts forwarded from another tool, counted once as the original: " + copies + ".");
        }
        ReconciliationFigures reconciliation = account
                .map(a -> ReconciliationFigures.of(a, analyses.distinctInWarehouse(), analyses.rowsByFile(),
                        analyses.orphansByFile()))
                .orElse(ReconciliationFigures.ABSENT);
        List<String> truncated = reconciliation.files().stream()
                .filter(IngestReconciliation.FileCount::looksTruncated)
                .map(f -> f.file() == null ? "(unnamed)" : f.file()).toList();
        Trend trend = trend(analyses, span, period);
        List<NoisyFingerprint> noisiest = analyses.noisiestFingerprints(NOISIEST_FINGERPRINTS);
        PageLoad pages = analyses.pageLoad();
        OnCallLoad onCall = analyses.onCallLoad(period);
        List<RootCauseShare> rootCauses = analyses.rootCauses(period, trend);
        List<PostmortemReview> postmortems = analyses.postmortems(OVERDUE_AFTER_DAYS);
        RunbookCoverage runbooks = analyses.runbookCoverage(MISSING_RUNBOOKS);
        // Gaps are days an events export may have missed; without any event in the warehouse there is none to miss.
        DataQuality quality = analyses.dataQuality(periodFromPostmortems ? Period.UNKNOWN : period, MIN_GAP_DAYS,
                truncated);
        var totals = analyses.totals();
        var actionability = analyses.actionability();
        long nonActionable = actionability.stream()
                .filter(a -> a.actionability().equals("NON_ACTIONABLE") || a.actionability().equals("FALSE_POSITIVE"))
                .mapToLong(a -> a.alerts()).sum();
        var findings = Findings.top(new Findings.Inputs(totals.alerts(), nonActionable, noisiest, pages, onCall,
                rootCauses, totals.incidents(), trend, postmortems, runbooks, quality));
        List<IngestReconciliation.SideFile> sideFiles = account.map(IngestReconciliation::sideFilesOrEmpty)
                .orElse(List.of());
        notes.addAll(SideFileNotes.of(sideFiles, account.map(IngestReconciliation::teamIdsWithoutName).orElse(null),
                account.map(IngestReconciliation::serviceIdsWithoutName).orElse(null)));
        List<Methodology.Checksum> checksums = new ArrayList<>();
        reconciliation.files().stream().filter(f -> f.sha256() != null)
                .forEach(f -> checksums.add(new Methodology.Checksum(f.file(), f.sha256())));
        sideFiles.stream().filter(f -> f.sha256() != null)
                .forEach(f -> checksums.add(new Methodology.Checksum(f.file(), f.sha256())));
        Methodology methodology = new Methodology(version(), request.timeZone().getId(), request.services(),
                request.teams(), checksums,
                OVERDUE_AFTER_DAYS, MIN_GAP_DAYS, readClassifyRun(request.runDir(), notes).orElse(null));
        ReportData data = new ReportData(
                request.title(), request.timeZone(), period, periodFromPostmortems, bucketSize, totals,
                analyses.bySeverity(),
                analyses.severitySeries(period, bucketSize), analyses.byService(), analyses.byTeam(),
                analyses.byQueue(), actionability, analyses.flags(),
                analyses.responseTimes(), noisiest, copies, reconciliation,
                RejectReasons.top(request.runDir(), TOP_REJECT_REASONS), notes, analyses.responseByService(),
                analyses.responseDistribution(), pages, onCall, rootCauses, analyses.significantIncidents(),
                postmortems, runbooks, trend, RiskMatrix.draft(analyses.riskBasis(), period.length()), quality,
                findings, methodology, null);
        if (request.baseline() != null) {
            data = data.withBaseline(BaselineReader.compare(request.baseline(), Headline.of(data)));
        }
        return data;
    }

    /**
     * The trend's windows (DESIGN.md §6.7): the equal span before the period when the data (the events, or the
     * postmortems' dates when there are no events) reaches back that far, else the period's halves. Windows are
     * half-open; the period's inclusive end becomes end + 1 µs.
     */
    static Trend trend(Analyses analyses, Period span, Period period) {
        if (!period.isBounded()) {
            return Trend.NONE;
        }
        Instant from = period.from();
        Instant end = period.to().plusNanos(1000);
        Duration length = Duration.between(from, end);
        Instant previousFrom = from.minus(length);
        if (span.from() != null && !span.from().isAfter(previousFrom)) {
            return new Trend(Trend.Mode.PREVIOUS_PERIOD, analyses.trendWindow(previousFrom, from),
                    analyses.trendWindow(from, end));
        }
        Instant middle = from.plus(length.dividedBy(2));
        return new Trend(Trend.Mode.HALVES, analyses.trendWindow(from, middle), analyses.trendWindow(middle, end));
    }

    private static List<Path> writeCharts(List<Chart> charts, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        for (Chart chart : charts) {
            Path file = folder.resolve(chart.name() + ".svg");
            Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + chart.svg() + "\n",
                    StandardCharsets.UTF_8);
            files.add(file);
        }
        return files;
    }

    /** The module's version from the filtered {@code opshistory-reports.properties}, or "dev" outside a build. */
    static String version() {
        try (InputStream in = ReportGenerator.class.getResourceAsStream("/opshistory-reports.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "dev");
            return version.startsWith("${") ? "dev" : version;
        } catch (IOException e) {
            return "dev";
        }
    }

    private static Optional<ClassifyRun> readClassifyRun(Path runDir, List<String> notes) {
        try {
            return ClassifyRunReader.read(runDir);
        } catch (ReconciliationReader.MalformedInputException e) {
            // The figures do not depend on it; the Methodology says "not recorded" and the note says why.
            notes.add(e.getMessage() + "; the rules hash and overrides are shown as not recorded.");
            return Optional.empty();
        }
    }

    private static Optional<IngestReconciliation> readReconciliation(Path runDir, List<String> notes) {
        try {
            Optional<IngestReconciliation> account = ReconciliationReader.read(runDir);
            if (account.isEmpty()) {
                notes.add("No ingest reconciliation (ingest/reconciliation.json): records read, accepted and rejected"
                        + " are shown as 0.");
            }
            return account;
        } catch (ReconciliationReader.MalformedInputException e) {
            // A damaged account should not hide the rest of the report; say so where the numbers would be.
            notes.add(e.getMessage() + "; records read, accepted and rejected are shown as 0.");
            return Optional.empty();
        }
    }
}
