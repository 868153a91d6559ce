package dev.opshistory.ingest.parse.csv;

import dev.opshistory.ingest.parse.json.RecordProblem;
import dev.opshistory.ingest.parse.json.TextLimit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Typed reads over one CSV row by column name. An absent column or an empty cell reads as null (the
 * export leaves cells empty for what did not happen, e.g. {@code seconds_to_first_ack} when nobody
 * acknowledged); a cell that is not of its column's type is a {@link RecordProblem} naming the column.
 * Text longer than {@link TextLimit#MAX_UTF8_BYTES} is cut and marks the row truncated.
 */
final class CsvRow {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,10}");

    private final CsvHeader header;
    private final List<String> values;
    private boolean truncated;

    CsvRow(CsvHeader header, List<String> values) {
        this.header = header;
        this.values = values;
    }

    /** Whether any text read from this row was cut. */
    boolean truncated() {
        return truncated;
    }

    /** The cell as written (cut at 64 KB), or null when the column is absent or the cell is blank. */
    String text(String column) {
        int index = header.indexOf(column);
        if (index < 0 || index >= values.size() || values.get(index).isBlank()) {
            return null;
        }
        String value = values.get(index);
        if (TextLimit.exceeds(value)) {
            truncated = true;
            return TextLimit.cut(value);
        }
        return value;
    }

    /** The non-blank cells of a column the header repeats, each as written (cut at 64 KB), in file order. */
    List<String> texts(String column) {
        List<String> texts = new ArrayList<>();
        for (int index : header.indexesOf(column)) {
            if (index < values.size() && !values.get(index).isBlank()) {
                String value = values.get(index);
                if (TextLimit.exceeds(value)) {
                    truncated = true;
                    value = TextLimit.cut(value);
                }
                texts.add(value);
            }
        }
        return texts;
    }

    /** The header's columns whose names start with {@code prefix} ({@code inward_issue_link_(}). */
    List<String> columnsStartingWith(String prefix) {
        return header.namesStartingWith(prefix);
    }

    /** The trimmed cell, or null when absent or blank. */
    String trimmed(String column) {
        String text = text(column);
        return text == null ? null : text.trim();
    }

    /** A trimmed identifier; a problem when absent, blank or oversized (a cut id identifies nothing). */
    String required(String column) throws RecordProblem {
        int index = header.indexOf(column);
        if (index >= 0 && index < values.size() && TextLimit.exceeds(values.get(index))) {
            throw new RecordProblem(column, "value is longer than " + TextLimit.MAX_UTF8_BYTES + " bytes");
        }
        String text = trimmed(column);
        if (text == null) {
            throw new RecordProblem(column, "missing " + column);
        }
        return text;
    }

    /** A whole number that fits an int; null when blank. */
    Integer integer(String column) throws RecordProblem {
        String text = trimmed(column);
        if (text == null) {
            return null;
        }
        if (WHOLE_NUMBER.matcher(text).matches()) {
            try {
                return Integer.valueOf(text);
            } catch (NumberFormatException e) {
                // out of int range: the problem below
            }
        }
        throw new RecordProblem(column, "expected a whole number, found '" + abbreviate(text) + "'");
    }

    /** A duration in seconds, never negative; null when blank. */
    Long seconds(String column) throws RecordProblem {
        Integer value = integer(column);
        if (value != null && value < 0) {
            throw new RecordProblem(column, "negative duration " + value);
        }
        return value == null ? null : value.longValue();
    }

    /** A flag written {@code 1}/{@code 0} (as the export does) or {@code true}/{@code false}; null when blank. */
    Boolean flag(String column) throws RecordProblem {
        String text = trimmed(column);
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "1", "true" -> true;
            case "0", "false" -> false;
            default -> throw new RecordProblem(column, "expected 0, 1, true or false, found '" + abbreviate(text) + "'");
        };
    }

    /** A timestamp as a UTC instant (see {@link CsvTimestamps}); null when blank. */
    Instant instant(String column) throws RecordProblem {
        return instant(column, CsvTimestamps::parse, CsvTimestamps::problem);
    }

    /**
     * A timestamp in an export's own spelling ({@code reader}), as a UTC instant; null when blank, else a problem
     * whose reason {@code problem} words for the (abbreviated) cell.
     */
    Instant instant(String column, Function<String, Optional<Instant>> reader, UnaryOperator<String> problem)
            throws RecordProblem {
        String text = trimmed(column);
        if (text == null) {
            return null;
        }
        return reader.apply(text).orElseThrow(() -> new RecordProblem(column, problem.apply(abbreviate(text))));
    }

    /** Like {@link #instant} but a problem when blank. */
    Instant requiredInstant(String column) throws RecordProblem {
        return requiredInstant(column, CsvTimestamps::parse, CsvTimestamps::problem);
    }

    /** Like {@link #instant(String, Function, UnaryOperator)} but a problem when blank. */
    Instant requiredInstant(String column, Function<String, Optional<Instant>> reader, UnaryOperator<String> problem)
            throws RecordProblem {
        if (trimmed(column) == null) {
            throw new RecordProblem(column, "missing " + column);
        }
        return instant(column, reader, problem);
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
