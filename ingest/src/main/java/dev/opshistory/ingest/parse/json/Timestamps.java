package dev.opshistory.ingest.parse.json;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Reads the vendors' ISO-8601 timestamps into UTC instants: {@code Z} or an offset ({@code +02:00}, and
 * Jira's {@code +0200}), with 0 to 9 fractional digits (Opsgenie writes 1 to 3). A timestamp without a
 * zone is refused rather than guessed: the parsers here never see one from a real export.
 */
public final class Timestamps {

    private static final List<DateTimeFormatter> WITH_OFFSET = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            new DateTimeFormatterBuilder().append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                    .appendOffset("+HHMM", "Z").toFormatter(),
            new DateTimeFormatterBuilder().append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                    .appendOffset("+HH", "Z").toFormatter());

    private Timestamps() {
    }

    /**
     * Parses a timestamp that carries a zone.
     *
     * @return the instant, or empty with no exception when the text is not such a timestamp; see
     *         {@link #problem(String)} for the reason
     */
    public static Optional<Instant> parse(String text) {
        String trimmed = text.trim();
        for (DateTimeFormatter formatter : WITH_OFFSET) {
            try {
                return Optional.of(OffsetDateTime.parse(trimmed, formatter).toInstant());
            } catch (DateTimeParseException e) {
                // try the next spelling
            }
        }
        return Optional.empty();
    }

    /** Why {@code text} is not a usable timestamp, as a reject reason. */
    public static String problem(String text) {
        try {
            LocalDateTime.parse(text.trim());
            return "timestamp '" + text + "' has no time zone offset";
        } catch (DateTimeParseException e) {
            return "unparseable timestamp '" + text + "' (expected ISO-8601 with Z or an offset)";
        }
    }
}
