package dev.opshistory.ingest.parse.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opshistory.ingest.parse.Detection;
import dev.opshistory.ingest.parse.ExportParser;
import dev.opshistory.ingest.parse.ParseSink;
import dev.opshistory.ingest.parse.TeamDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A vendor's API records that a script wrote out as CSV instead of JSON: pandas' {@code DataFrame.to_csv} of the
 * {@code GET /incidents} results (one column per field, nested objects as Python literals), or
 * {@code json_normalize} (dotted columns), or any CSV whose header names the record's fields. Each row becomes the
 * record again ({@link ApiRecordRow}) and is read by that vendor's JSON parser, so a row and the same record in JSON
 * give the same event, with the same id. One instance per JSON format; detection asks that format's parser about
 * the first rows turned back into records.
 *
 * <p>{@code formats/pagerduty/real-captures/pagerduty-trial.incidents_api_dump.csv} is such a file.
 */
public final class ApiRecordsCsvParser implements ExportParser {

    /** Below every vendor CSV export's score: a file that is one of those is read as one. */
    private static final int HIGHEST_SCORE = 80;
    /** Rows of the head turned back into records for detection. */
    private static final int SAMPLE_ROWS = 5;
    /** Column names an API record's CSV likely has, to tell its separator. */
    private static final Set<String> COMMON_FIELDS = Set.of("id", "created_at", "createdat", "updated_at", "updatedat",
            "incident_number", "title", "status", "urgency", "service", "message", "tinyid", "alias", "priority",
            "html_url", "summary", "type", "acknowledged", "count", "tags");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ExportParser records;
    private final String format;

    /**
     * @param records the JSON parser of the records the rows are
     * @param format  this format's name, e.g. {@code pagerduty-incidents-api-csv}
     */
    public ApiRecordsCsvParser(ExportParser records, String format) {
        this.records = records;
        this.format = format;
    }

    @Override
    public String format() {
        return format;
    }

    @Override
    public int highestScore() {
        return HIGHEST_SCORE;
    }

    @Override
    public Detection detect(String fileName, String head) {
        String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
        String start = text.stripLeading();
        if (start.isEmpty() || start.startsWith("{") || start.startsWith("[") || start.startsWith("<")) {
            return new Detection(0, "not a CSV");
        }
        char separator = CsvSeparator.of(text, COMMON_FIELDS);
        List<ObjectNode> sample = sample(text, separator);
        if (sample.isEmpty()) {
            return new Detection(0, "no CSV header and rows");
        }
        StringBuilder ndjson = new StringBuilder();
        for (ObjectNode record : sample) {
            try {
                ndjson.append(JSON.writeValueAsString(record)).append('\n');
            } catch (JsonProcessingException e) {
                return new Detection(0, "rows that are no records");
            }
        }
        Detection asJson = records.detect(stem(fileName) + ".json", ndjson.toString());
        if (!asJson.matches()) {
            return new Detection(0, "its rows are no " + records.format() + " records (" + asJson.reason() + ")");
        }
        return Detection.yes(Math.min(asJson.score(), HIGHEST_SCORE), "API records written as CSV, one column per field"
                + (separator == ',' ? "" : " separated by " + CsvSeparator.name(separator) + "s") + ": " + asJson.reason());
    }

    @Override
    public void parse(InputStream in, String fileName, ParseSink sink) throws IOException {
        parse(in, fileName, sink, TeamDirectory.empty());
    }

    @Override
    public void parse(InputStream in, String fileName, ParseSink sink, TeamDirectory teams) throws IOException {
        CsvExport.Opened opened = CsvExport.open(in, COMMON_FIELDS);
        try (CSVParser csv = opened.csv();
             CsvRowsAsNdjson rows = new CsvRowsAsNdjson(csv, fileName, opened.separator(), sink)) {
            records.parse(rows, fileName, sink, teams);
        }
    }

    /** The first rows of the head as records: whole rows only (the head may end inside one), or the fields alone. */
    private static List<ObjectNode> sample(String head, char separator) {
        List<String> names = null;
        List<CSVRecord> rows = new ArrayList<>();
        try (CSVParser csv = CSVParser.builder().setReader(new StringReader(head)).setFormat(CsvSeparator.format(separator))
                .get()) {
            Iterator<CSVRecord> records = csv.iterator();
            while (rows.size() <= SAMPLE_ROWS && records.hasNext()) {
                CSVRecord record = records.next();
                if (names == null) {
                    names = record.toList();
                } else if (!CsvExport.isBlank(record) && record.size() == names.size()) {
                    rows.add(record);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // a quote the head leaves open: the rows before it are whole
        }
        if (names == null || names.size() < 2) {
            return List.of();
        }
        // the last row read may be cut by the head's end, unless it is the only one
        int whole = !head.endsWith("\n") && rows.size() > 1 ? rows.size() - 1 : rows.size();
        List<ObjectNode> sample = new ArrayList<>();
        for (CSVRecord row : rows.subList(0, Math.min(SAMPLE_ROWS, whole))) {
            sample.add(ApiRecordRow.of(names, row.toList()));
        }
        if (sample.isEmpty()) {
            sample.add(ApiRecordRow.fieldsOnly(names));
        }
        return sample;
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
