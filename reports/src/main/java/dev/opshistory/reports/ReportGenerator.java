package dev.opshistory.reports;

import dev.opshistory.reports.inputs.IngestReconciliation;
import dev.opshistory.reports.inputs.ReconciliationFigures;
import dev.opshistory.reports.inputs.ReconciliationReader;
import dev.opshistory.reports.inputs.RejectReasons;
import dev.opshistory.reports.render.MarkdownRenderer;
import dev.opshistory.reports.summary.Summary;
import dev.opshistory.reports.summary.SummarySchema;
import dev.opshistory.reports.summary.SummaryWriter;
import dev.opshistory.reports.warehouse.Analyses;
import dev.opshistory.reports.warehouse.Warehouse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Produces the Review of Operational History from a run's warehouse: {@code operational-history.md} and
 * {@code summary.json} in the request's output folder. The same warehouse and request always give the same
 * files (no wall clock, no machine locale or zone).
 */
public final class ReportGenerator {

    /** The Markdown report's file name. */
    public static final String MARKDOWN_FILE = "operational-history.md";
    /** The machine-readable summary's file name. */
    public static final String SUMMARY_FILE = "summary.json";

    private static final int NOISIEST_FINGERPRINTS = 10;
    private static final int TOP_REJECT_REASONS = 5;

    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final SummaryWriter summaryWriter = new SummaryWriter(SummarySchema.load());

    /**
     * Writes the report. A missing or empty warehouse gives a report of zeros with a note saying so.
     *
     * @throws ReportException      when the warehouse cannot be read or the report cannot be rendered
     * @throws UncheckedIOException when the output cannot be written
     */
    public ReportResult generate(ReportRequest request) {
        ReportData data = collect(request);
        try {
            Files.createDirectories(request.outDir());
            Path markdownFile = request.outDir().resolve(MARKDOWN_FILE);
            Files.writeString(markdownFile, markdown.render(data));
            Path summaryFile = request.outDir().resolve(SUMMARY_FILE);
            summaryWriter.write(Summary.of(data), summaryFile);
            return new ReportResult(markdownFile, summaryFile, data.reconciliation());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + request.outDir(), e);
        }
    }

    /** Every figure of the report, without writing anything. */
    public ReportData collect(ReportRequest request) {
        List<String> notes = new ArrayList<>();
        Optional<IngestReconciliation> account = readReconciliation(request.runDir(), notes);
        try (Warehouse warehouse = Warehouse.open(request.runDir())) {
            Analyses analyses = new Analyses(warehouse);
            Period span = analyses.dataSpan();
            if (span.from() == null) {
                notes.add("The warehouse has no events yet (no Parquet files under warehouse/events).");
            }
            Period period = Period.resolve(request.from(), request.to(), span.from(), span.to());
            warehouse.restrictTo(period);
            BucketSize bucketSize = BucketSize.forPeriod(period);
            long copies = analyses.crossSourceCopies();
            if (copies > 0) {
                notes.add("Alerts forwarded from another tool, counted once as the original: " + copies + ".");
            }
            ReconciliationFigures reconciliation = account
                    .map(a -> ReconciliationFigures.of(a, analyses.distinctInWarehouse()))
                    .orElse(ReconciliationFigures.ABSENT);
            return new ReportData(
                    request.title(),
                    request.timeZone(),
                    period,
                    bucketSize,
                    analyses.totals(),
                    analyses.bySeverity(),
                    analyses.severitySeries(period, bucketSize),
                    analyses.byService(),
                    analyses.actionability(),
                    analyses.flags(),
                    analyses.responseTimes(),
                    analyses.noisiestFingerprints(NOISIEST_FINGERPRINTS),
                    copies,
                    reconciliation,
                    RejectReasons.top(request.runDir(), TOP_REJECT_REASONS),
                    notes);
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
