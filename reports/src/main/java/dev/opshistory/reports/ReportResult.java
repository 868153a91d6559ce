package dev.opshistory.reports;

import dev.opshistory.reports.inputs.ReconciliationFigures;
import java.nio.file.Path;
import java.util.List;

/**
 * What a report run wrote, and the ingest's account the report repeated in its data-quality section.
 *
 * @param markdown       {@code <out>/operational-history.md}
 * @param summary        {@code <out>/summary.json}
 * @param reconciliation records read, accepted, rejected, folded and duplicated (zeros when ingest left no account)
 */
public record ReportResult(Path markdown, Path summary, ReconciliationFigures reconciliation) {

    /** Every file written, in the order written. */
    public List<Path> written() {
        return List.of(markdown, summary);
    }
}
