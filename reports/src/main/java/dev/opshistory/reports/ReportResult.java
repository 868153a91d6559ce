package dev.opshistory.reports;

import dev.opshistory.reports.inputs.ReconciliationFigures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a report run wrote, and the ingest's account the report repeated in its data-quality section.
 *
 * @param markdown       {@code <out>/operational-history.md}
 * @param summary        {@code <out>/summary.json}
 * @param html           {@code <out>/operational-history.html}
 * @param alertsCsv      {@code <out>/alerts.csv}
 * @param tables         {@code <out>/csv/<table>.csv}, in the report's order
 * @param charts         {@code <out>/charts/<chart>.svg}, in the report's order
 * @param reconciliation records read, accepted, rejected, folded and duplicated (zeros when ingest left no account)
 */
public record ReportResult(Path markdown, Path summary, Path html, Path alertsCsv, List<Path> tables,
                           List<Path> charts, ReconciliationFigures reconciliation) {

    public ReportResult {
        tables = List.copyOf(tables);
        charts = List.copyOf(charts);
    }

    /** Every file written: the Markdown, the summary, the HTML, alerts.csv, the tables, then the charts. */
    public List<Path> written() {
        List<Path> all = new ArrayList<>(List.of(markdown, summary, html, alertsCsv));
        all.addAll(tables);
        all.addAll(charts);
        return all;
    }
}
