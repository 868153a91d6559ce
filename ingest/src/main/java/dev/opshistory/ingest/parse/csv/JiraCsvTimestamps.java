package dev.opshistory.ingest.parse.csv;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The dates of a Jira CSV export: written in the exporting user's date format and time zone, by default
 * {@code 11/May/24 03:26 PM} ({@code dd/MMM/yy h:mm a}, English month names), also with a four-digit year; ISO-8601
 * as {@link CsvTimestamps} reads it. The file names no zone: the time is read as UTC, as for PagerDuty's CSV, and
 * the export is best made by a user whose Jira profile is set to UTC.
 */
final class JiraCsvTimestamps {

    private static final List<DateTimeFormatter> JIRA = List.of(
            formatter("d/MMM/uu h:mm a"), formatter("d/MMM/uuuu h:mm a"), formatter("d/MMM/uu H:mm"),
            formatter("d/MMM/uuuu H:mm"));

    private JiraCsvTimestamps() {
    }

    static Optional<Instant> parse(String text) {
        String trimmed = text.trim();
        for (DateTimeFormatter format : JIRA) {
            try {
                Instant instant = LocalDateTime.parse(trimmed, format).toInstant(ZoneOffset.UTC);
                return Optional.of(instant).filter(dev.opshistory.ingest.parse.json.Timestamps::isPlausible);
            } catch (DateTimeParseException e) {
                // the next spelling
            }
        }
        return CsvTimestamps.parse(trimmed);
    }

    static String problem(String text) {
        return "unparseable date '" + text + "' (expected Jira's dd/MMM/yy h:mm a, e.g. 11/May/24 3:26 PM, or ISO-8601)";
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
