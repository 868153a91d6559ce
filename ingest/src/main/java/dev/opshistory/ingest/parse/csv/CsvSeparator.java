package dev.opshistory.ingest.parse.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The character between the cells of a CSV export, read from its header row. PagerDuty writes commas, but an export
 * opened and saved again in a spreadsheet comes back with semicolons wherever the decimal mark is a comma (most of
 * Europe, South America), or with tabs when saved as text: the separator that splits the header into the most
 * of the export's columns is the file's, a comma unless another does strictly better.
 */
final class CsvSeparator {

    private static final List<Character> CANDIDATES = List.of(',', ';', '\t');

    private CsvSeparator() {
    }

    /** The separator of the CSV text that {@code head} starts (a BOM already removed), judged by the export's columns. */
    static char of(String head, Collection<String> columns) {
        char best = ',';
        long bestKnown = -1;
        for (char candidate : CANDIDATES) {
            long known = header(head, candidate).map(h -> h.count(columns)).orElse(-1L);
            if (known > bestKnown) {
                best = candidate;
                bestKnown = known;
            }
        }
        return best;
    }

    /** The RFC 4180 format with this separator; empty lines are kept as records so that line numbers stay exact. */
    static CSVFormat format(char separator) {
        return CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
    }

    /** The head's first row as a header, if it reads as CSV with this separator. */
    static Optional<CsvHeader> header(String head, char separator) {
        try (CSVParser csv = CSVParser.builder().setReader(new StringReader(head)).setFormat(format(separator)).get()) {
            Iterator<CSVRecord> records = csv.iterator();
            return records.hasNext() ? Optional.of(new CsvHeader(records.next())) : Optional.empty();
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** The separator's name in messages: "comma", "semicolon", "tab". */
    static String name(char separator) {
        return switch (separator) {
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '\t' -> "tab";
            default -> "'" + separator + "'";
        };
    }
}
