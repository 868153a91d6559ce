package dev.opshistory.ingest.parse.csv;

import dev.opshistory.ingest.parse.ParseSink;
import dev.opshistory.ingest.parse.json.RecordProblem;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.Reject;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV export, one row at a time, into events and rejects: UTF-8 with or without a BOM; RFC 4180 quoting
 * (commas and line breaks inside quotes, doubled quotes); cells separated by commas, or by semicolons or tabs where
 * a spreadsheet saved the export again ({@link CsvSeparator}, judged by the export's own columns). Rejects: a header
 * without a required column is one reject for the file naming the missing columns; a row with a missing or malformed
 * value, or with more or fewer cells than the header, is a reject at {@code line N} (the line the row starts on,
 * counting the header as line 1) naming the column; a quote left open stops the file with one reject at the line
 * where the broken row starts. Streams: commons-csv hands over one record at a time.
 */
final class CsvExport {

    /** How one export's rows become events. */
    interface RowMapper {
        /** @throws RecordProblem when the row is not usable; it becomes a reject naming the column */
        CanonicalEvent map(CsvRow row, String fileName) throws RecordProblem;
    }

    private static final int EXCERPT_CHARS = 300;

    /** Characters read ahead to find the separator: a header row is far shorter. */
    private static final int HEAD_CHARS = 1 << 16;

    private final Collection<String> columns;
    private final List<String> required;
    private final RowMapper mapper;

    /**
     * @param columns  the export's column names (normalised), to tell its separator
     * @param required the columns without which no row can be read
     * @param mapper   a row to an event
     */
    CsvExport(Collection<String> columns, List<String> required, RowMapper mapper) {
        this.columns = columns;
        this.required = required;
        this.mapper = mapper;
    }

    /**
     * What a file's first characters say for detection: its header row and separator, judged by this export's
     * columns, or why it is no CSV export ({@code notCsv}: an empty file, JSON, a first row that is not CSV).
     */
    record Head(CsvHeader header, char separator, String notCsv) {

        /** ", separated by semicolons as a spreadsheet saves it", or "" for commas: the end of a detection reason. */
        String separatorNote() {
            return separator == ',' ? "" : ", separated by " + CsvSeparator.name(separator) + "s as a spreadsheet saves it";
        }
    }

    /** The header of a file's first characters ({@link Head}). */
    Head head(String fileHead) {
        String text = fileHead.startsWith("\uFEFF") ? fileHead.substring(1) : fileHead;
        String start = text.stripLeading();
        if (start.isEmpty()) {
            return new Head(null, ',', "empty file");
        }
        if (start.startsWith("{") || start.startsWith("[")) {
            return new Head(null, ',', "JSON, not CSV");
        }
        char separator = CsvSeparator.of(text, columns);
        return CsvSeparator.header(text, separator).map(header -> new Head(header, separator, null))
                .orElseGet(() -> new Head(null, separator, "first row is not CSV"));
    }

    /** Reads the whole stream; does not close it. */
    void read(InputStream in, String fileName, ParseSink sink) throws IOException {
        Opened opened = open(in, columns);
        try (CSVParser csv = opened.csv()) {
            read(csv, fileName, opened.separator(), sink);
        }
    }

    /** A CSV stream opened for reading: its parser and the separator it was opened with. */
    record Opened(CSVParser csv, char separator) {
    }

    /**
     * The stream as CSV, UTF-8 without its BOM, split by the separator that the columns tell from its first
     * characters ({@link CsvSeparator}); closing the parser leaves the stream open.
     */
    static Opened open(InputStream in, Collection<String> columns) throws IOException {
        // The shield keeps the caller's stream open when the CSV parser closes its reader.
        InputStream shielded = new FilterInputStream(in) {
            @Override
            public void close() {
            }
        };
        BufferedReader buffered = new BufferedReader(new InputStreamReader(shielded, StandardCharsets.UTF_8), HEAD_CHARS);
        char separator = CsvSeparator.of(head(buffered), columns);
        Reader reader = withoutBom(buffered);
        return new Opened(CSVParser.builder().setReader(reader).setFormat(CsvSeparator.format(separator)).get(), separator);
    }

    /** The first characters of the file, BOM removed, leaving the reader where it was. */
    private static String head(BufferedReader reader) throws IOException {
        reader.mark(HEAD_CHARS);
        char[] head = new char[HEAD_CHARS];
        int length = 0;
        for (int n; length < HEAD_CHARS && (n = reader.read(head, length, HEAD_CHARS - length)) != -1; ) {
            length += n;
        }
        reader.reset();
        String text = new String(head, 0, length);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private void read(CSVParser csv, String fileName, char separator, ParseSink sink) throws IOException {
        Iterator<CSVRecord> records = csv.iterator();
        CsvHeader header = null;
        while (true) {
            long line = csv.getCurrentLineNumber() + 1;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    break;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                if (!(e.getCause() instanceof CSVException)) {
                    throw e.getCause();
                }
                // A broken header means nothing of the file can be read: a reject for the file.
                sink.reject(Reject.of(fileName, header == null ? "file" : "line " + line, null,
                        (header == null ? "malformed CSV header: " : "malformed CSV, stopped reading the file: ")
                                + e.getCause().getMessage(), null));
                return;
            }
            if (isBlank(record)) {
                continue;
            }
            if (header == null) {
                header = new CsvHeader(record);
                List<String> missing = header.missing(required);
                if (!missing.isEmpty()) {
                    sink.reject(Reject.of(fileName, "file", String.join(", ", missing),
                            "missing required column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                                    + "; the header has " + header.names(), excerpt(record)));
                    return;
                }
                continue;
            }
            row(header, record, "line " + line, fileName, separator, sink);
        }
        if (header == null) {
            sink.reject(Reject.of(fileName, "file", null, "empty file", null));
        }
    }

    private void row(CsvHeader header, CSVRecord record, String position, String fileName, char separator,
            ParseSink sink) {
        if (record.size() != header.width()) {
            sink.reject(Reject.of(fileName, position, null, widthProblem(record.size(), header.width(), separator),
                    excerpt(record)));
            return;
        }
        CanonicalEvent event;
        try {
            event = mapper.map(new CsvRow(header, record.toList()), fileName);
        } catch (RecordProblem problem) {
            sink.reject(Reject.of(fileName, position, problem.field(), problem.getMessage(), excerpt(record)));
            return;
        }
        sink.accept(event);
    }

    /** Why a row with more or fewer cells than the header has columns cannot be read. */
    static String widthProblem(int cells, int columns, char separator) {
        return "row has " + cells + " cells but the header has " + columns + " columns (an unquoted "
                + CsvSeparator.name(separator) + ", or a cut row?)";
    }

    static boolean isBlank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isBlank();
    }

    /** The start of the row as CSV-ish text, built no longer than needed (a cell may be megabytes). */
    static String excerpt(CSVRecord record) {
        StringBuilder text = new StringBuilder();
        for (String value : record) {
            if (text.length() > 0) {
                text.append(',');
            }
            text.append(value, 0, Math.min(value.length(), EXCERPT_CHARS + 1 - Math.min(text.length(), EXCERPT_CHARS)));
            if (text.length() > EXCERPT_CHARS) {
                break;
            }
        }
        return text.toString();
    }

    private static Reader withoutBom(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }
}
