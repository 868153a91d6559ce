package dev.opshistory.ingest.parse.csv;

import dev.opshistory.ingest.parse.Detection;
import dev.opshistory.ingest.parse.ExportParser;
import dev.opshistory.ingest.parse.ParseSink;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * A Jira issue CSV export ("Export CSV" from the issue navigator) of Jira Service Management incidents and
 * post-incident reviews ({@link JiraCsvColumns}): read as {@link CsvExport} reads a CSV export, each row mapped by
 * {@link JiraCsvIssueMapper}. Dates are in the exporting user's format and time zone ({@link JiraCsvTimestamps}).
 * Required: {@code Issue id} and {@code Created}. Detection: a header with {@code Summary}, {@code Issue key},
 * {@code Issue id}, {@code Issue Type} and {@code Created}.
 */
public final class JiraIssuesCsvParser implements ExportParser {

    public static final String FORMAT = "jira-issues-csv";

    private final CsvExport export = new CsvExport(JiraCsvColumns.ALL, JiraCsvColumns.REQUIRED, new JiraCsvIssueMapper());

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Detection detect(String fileName, String head) {
        CsvExport.Head first = export.head(head);
        if (first.notCsv() != null) {
            return new Detection(0, first.notCsv());
        }
        List<String> missing = first.header().missing(JiraCsvColumns.SIGNATURE);
        if (!missing.isEmpty()) {
            return new Detection(0, "header lacks " + String.join(", ", missing) + " of a Jira issue export");
        }
        return Detection.yes(90, "Jira issue CSV export (header has " + first.header().count(JiraCsvColumns.ALL)
                + " of the columns read" + first.separatorNote() + ")");
    }

    @Override
    public void parse(InputStream in, String fileName, ParseSink sink) throws IOException {
        export.read(in, fileName, sink);
    }
}
