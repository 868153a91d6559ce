package dev.opshistory.ingest.parse.csv;

import dev.opshistory.ingest.parse.Detection;
import dev.opshistory.ingest.parse.ExportParser;
import dev.opshistory.ingest.parse.ParseSink;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

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
        String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
        String start = text.stripLeading();
        if (start.isEmpty() || start.startsWith("{") || start.startsWith("[")) {
            return new Detection(0, "not a CSV export");
        }
        char separator = CsvSeparator.of(text, JiraCsvColumns.ALL);
        Optional<CsvHeader> header = CsvSeparator.header(text, separator);
        if (header.isEmpty()) {
            return new Detection(0, "first row is not CSV");
        }
        if (!header.get().missing(JiraCsvColumns.SIGNATURE).isEmpty()) {
            return new Detection(0, "header lacks " + String.join(", ", header.get().missing(JiraCsvColumns.SIGNATURE))
                    + " of a Jira issue export");
        }
        return Detection.yes(90, "Jira issue CSV export (header has " + header.get().count(JiraCsvColumns.ALL)
                + " of the columns read" + (separator == ',' ? "" : ", separated by " + CsvSeparator.name(separator) + "s")
                + ")");
    }

    @Override
    public void parse(InputStream in, String fileName, ParseSink sink) throws IOException {
        export.read(in, fileName, sink);
    }
}
