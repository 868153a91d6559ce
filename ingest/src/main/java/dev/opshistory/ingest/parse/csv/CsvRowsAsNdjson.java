package dev.opshistory.ingest.parse.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opshistory.ingest.parse.ParseSink;
import dev.opshistory.model.Reject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of a CSV of API records as NDJSON, one record a line ({@link ApiRecordRow}), read one row at a time so that
 * a file of any size streams. Each record is written on the line its row starts on in the CSV (blank lines fill the
 * gaps the header and quoted line breaks leave), so a reject the JSON reader gives at {@code line N} names the CSV's
 * line. What is wrong with the CSV itself is told to the sink here: a row with more or fewer cells than the header,
 * or a quote left open, which stops the file. A header without rows that reach the reader reads as an empty list.
 */
final class CsvRowsAsNdjson extends InputStream {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CSVParser csv;
    private final Iterator<CSVRecord> records;
    private final String fileName;
    private final char separator;
    private final ParseSink sink;
    private List<String> names;
    private long linesWritten;
    private boolean ended;
    private byte[] buffer = new byte[0];
    private int position;

    CsvRowsAsNdjson(CSVParser csv, String fileName, char separator, ParseSink sink) {
        this.csv = csv;
        this.records = csv.iterator();
        this.fileName = fileName;
        this.separator = separator;
        this.sink = sink;
    }

    @Override
    public int read() throws IOException {
        if (!filled()) {
            return -1;
        }
        return buffer[position++] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!filled()) {
            return -1;
        }
        int n = Math.min(length, buffer.length - position);
        System.arraycopy(buffer, position, into, offset, n);
        position += n;
        return n;
    }

    /** Whether there is something to read, converting the next row when the last is used up. */
    private boolean filled() throws IOException {
        while (position >= buffer.length) {
            if (ended) {
                return false;
            }
            buffer = next().getBytes(StandardCharsets.UTF_8);
            position = 0;
        }
        return true;
    }

    /** The NDJSON of the next row, "" for a row that is rejected or blank, and the end's text at the end. */
    private String next() throws IOException {
        long line = csv.getCurrentLineNumber() + 1;
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                ended = true;
                // no record written (a header alone, or every row rejected here): an empty list, not an empty file
                return names != null && linesWritten == 0 ? "[]\n" : "";
            }
            record = records.next();
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof CSVException)) {
                throw e.getCause();
            }
            ended = true;
            sink.reject(Reject.of(fileName, names == null ? "file" : "line " + line, null,
                    (names == null ? "malformed CSV header: " : "malformed CSV, stopped reading the file: ")
                            + e.getCause().getMessage(), null));
            return linesWritten == 0 ? "[]\n" : ""; // the reject is the file's answer: no second one for no records
        }
        if (CsvExport.isBlank(record)) {
            return "";
        }
        if (names == null) {
            names = record.toList();
            return "";
        }
        if (record.size() != names.size()) {
            sink.reject(Reject.of(fileName, "line " + line, null,
                    CsvExport.widthProblem(record.size(), names.size(), separator), CsvExport.excerpt(record)));
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (; linesWritten < line - 1; linesWritten++) {
            out.append('\n');
        }
        try {
            out.append(JSON.writeValueAsString(ApiRecordRow.of(names, record.toList()))).append('\n');
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree that cannot be written", e);
        }
        linesWritten++;
        return out.toString();
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
