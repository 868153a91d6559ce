package dev.opshistory.ingest.parse.json;

import dev.opshistory.model.IsoInstants;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * Reads the vendors' ISO-8601 timestamps into UTC instants: {@code Z} or an offset ({@code +02:00}, and
 * Jira's {@code +0200}), with 0 to 9 fractional digits (Opsgenie writes 1 to 3). A timestamp without a
 * zone is refused rather than guessed: the parsers here never see one from a real export.
 *
 * <p>Every spelling is resolved strictly: an impossible date ({@code 2017-02-30}, {@code 2023-13-45}) is refused,
 * never moved to a nearby real one.
 *
 * <p>Plausible range: an instant is only accepted from {@link #EARLIEST} (1990-01-01T00:00Z, inclusive) to
 * {@link #LATEST} (2100-01-01T00:00Z, exclusive). The paging tools and postmortem practices these exports
 * come from did not exist before the 1990s, and a date after 2100 is a placeholder or a corrupted value
 * ({@code +275760-09-13}, the ends of {@code java.time}): charting such an event would stretch every time
 * axis of the report across millennia. Outside the range a timestamp is a reject naming its field, like any
 * other unreadable value. The JSON parsers, the CSV parser and the postmortem dates all use this one range
 * ({@link #isPlausible}).
 */
public final class Timestamps {

    /** The earliest instant accepted from an export (inclusive). */
    public static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");

    /** The first instant no longer accepted from an export (exclusive). */
    public static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

    // STRICT: the builder's default (SMART) would read 2017-02-30 as February 28th. ISO_LOCAL_DATE_TIME
    // reads the proleptic year, so STRICT needs no era.
    private static final List<DateTimeFormatter> WITH_OFFSET = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            new DateTimeFormatterBuilder().append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                    .appendOffset("+HHMM", "Z").toFormatter().withResolverStyle(ResolverStyle.STRICT),
            new DateTimeFormatterBuilder().append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                    .appendOffset("+HH", "Z").toFormatter().withResolverStyle(ResolverStyle.STRICT));

    private Timestamps() {
    }

    /**
     * Parses a timestamp that carries a zone.
     *
     * @return the instant, or empty with no exception when the text is not such a timestamp or names an
     *         instant outside the plausible range; see {@link #problem(String)} for the reason
     */
    public static Optional<Instant> parse(String text) {
        return parseAnyInstant(text).filter(Timestamps::isPlausible);
    }

    /**
     * Parses a timestamp that has no zone as UTC, for the formats that write such timestamps (the PagerDuty
     * Analytics API, spreadsheet round trips of the CSV export); a timestamp with a zone is read with it.
     *
     * @return the instant, or empty when the text is no timestamp or lies outside the plausible range
     */
    public static Optional<Instant> parseZonelessAsUtc(String text) {
        Optional<Instant> zoned = parseAnyInstant(text);
        if (zoned.isPresent()) {
            return zoned.filter(Timestamps::isPlausible);
        }
        return localAsUtc(text).filter(Timestamps::isPlausible);
    }

    /** Numbers at least this large are epoch milliseconds (1973-03-03 on); smaller ones are not. */
    public static final long EPOCH_MILLIS_FLOOR = 100_000_000_000L;

    /** Whether {@code instant} lies in the plausible range, from {@link #EARLIEST} (inclusive) to {@link #LATEST} (exclusive). */
    public static boolean isPlausible(Instant instant) {
        return !instant.isBefore(EARLIEST) && instant.isBefore(LATEST);
    }

    /** Why {@code text} is not a usable timestamp, as a reject reason. */
    public static String problem(String text) {
        if (isOutOfRange(text)) {
            return outOfRange(text);
        }
        try {
            LocalDateTime.parse(text.trim());
            return "timestamp '" + text + "' has no time zone offset";
        } catch (DateTimeParseException e) {
            return "unparseable timestamp '" + text + "' (expected ISO-8601 with Z or an offset)";
        }
    }

    /** Like {@link #problem} for the formats whose zoneless timestamps are read as UTC ({@link #parseZonelessAsUtc}). */
    public static String zonelessProblem(String text) {
        return isOutOfRange(text) ? outOfRange(text) : "unparseable timestamp '" + text + "' (expected ISO-8601)";
    }

    /**
     * Whether {@code text} is a real timestamp (with a zone, or without one read as UTC) whose instant lies
     * outside the plausible range.
     */
    public static boolean isOutOfRange(String text) {
        return parseAnyInstant(text).or(() -> localAsUtc(text)).filter(instant -> !isPlausible(instant)).isPresent();
    }

    /** The reject reason for a real timestamp outside the plausible range. */
    public static String outOfRange(String text) {
        return "timestamp '" + text + "' is outside the plausible range " + EARLIEST + " to " + LATEST;
    }

    private static Optional<Instant> parseAnyInstant(String text) {
        String trimmed = text.trim();
        Instant common = IsoInstants.parseCommon(trimmed);
        if (common != null) {
            return Optional.of(common);
        }
        for (DateTimeFormatter formatter : WITH_OFFSET) {
            try {
                return Optional.of(OffsetDateTime.parse(trimmed, formatter).toInstant());
            } catch (DateTimeException e) {
                // a DateTimeParseException: try the next spelling; any other: a date java.time cannot place in UTC
            }
        }
        return Optional.empty();
    }


    private static Optional<Instant> localAsUtc(String text) {
        try {
            return Optional.of(LocalDateTime.parse(text.trim()).toInstant(ZoneOffset.UTC));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
