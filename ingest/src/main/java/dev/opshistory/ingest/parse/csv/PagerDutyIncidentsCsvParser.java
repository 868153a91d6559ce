package dev.opshistory.ingest.parse.csv;

import dev.opshistory.ingest.parse.Detection;
import dev.opshistory.ingest.parse.ExportParser;
import dev.opshistory.ingest.parse.ParseSink;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * PagerDuty's incidents CSV export (Analytics/advanced reporting "Download CSV", and the legacy
 * {@code GET /reports/raw/incidents.csv}): the 23 columns of {@code formats/pagerduty/FIELD_REFERENCE.md}
 * §5(a), matched by name in any order, case and spacing ignored, read as {@link CsvExport} reads a CSV export
 * (BOM, quoting, the separator a spreadsheet leaves, rejects by line). Each row becomes one ALERT event with
 * the same event id as the JSON parser gives the same incident; see {@link PagerDutyCsvIncidentMapper}.
 * Timestamps without a zone are read as UTC (see {@link CsvTimestamps}).
 *
 * <p>Required: {@code id} and {@code created_on}.
 *
 * <p>Detection reads the header row: it must have {@code id}, {@code created_on} and at least three of
 * the columns only this export has (durations, counts, user lists). A CSV written from the REST API's
 * JSON (one column per incident field, {@code created_at}, nested objects as text, such as
 * {@code formats/pagerduty/real-captures/pagerduty-trial.incidents_api_dump.csv}) is not taken, so the
 * runner rejects it as an unrecognised file; forced with {@code --format} it gives one reject naming the
 * missing columns.
 */
public final class PagerDutyIncidentsCsvParser implements ExportParser {

    public static final String FORMAT = "pagerduty-incidents-csv";

    private static final int MIN_EXPORT_ONLY_COLUMNS = 3;

    private final CsvExport export = new CsvExport(PagerDutyCsvColumns.ALL, PagerDutyCsvColumns.REQUIRED,
            new PagerDutyCsvIncidentMapper()::map);

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
        CsvHeader header = first.header();
        long known = header.count(PagerDutyCsvColumns.ALL);
        List<String> missing = header.missing(PagerDutyCsvColumns.REQUIRED);
        long exportOnly = header.count(PagerDutyCsvColumns.EXPORT_ONLY);
        if (!missing.isEmpty() || exportOnly < MIN_EXPORT_ONLY_COLUMNS) {
            String hint = header.has("created_at") && !header.has(PagerDutyCsvColumns.CREATED_ON)
                    ? "; it has created_at, as a CSV written from the REST API's JSON does" : "";
            return new Detection(0, "header has " + known + " of the " + PagerDutyCsvColumns.ALL.size()
                    + " PagerDuty incidents CSV columns" + (missing.isEmpty() ? "" : ", lacks " + String.join(", ", missing))
                    + hint);
        }
        return Detection.yes(known == PagerDutyCsvColumns.ALL.size() ? 100 : 90,
                "PagerDuty incidents CSV export (header has " + known + " of its " + PagerDutyCsvColumns.ALL.size() + " columns"
                        + first.separatorNote() + ")");
    }

    @Override
    public void parse(InputStream in, String fileName, ParseSink sink) throws IOException {
        export.read(in, fileName, sink);
    }
}
