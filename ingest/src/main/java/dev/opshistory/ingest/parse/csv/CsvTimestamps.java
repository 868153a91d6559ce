package dev.opshistory.ingest.parse.csv;

import dev.opshistory.ingest.parse.json.Timestamps;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the timestamps of PagerDuty's incidents CSV into UTC instants. The export writes ISO-8601 with
 * an offset in the account's time zone ({@code 2023-02-26T00:10:04+00:00}); spreadsheet round trips turn
 * the {@code T} into a space and may drop the offset. A timestamp without a zone is read as UTC: the
 * file does not say which zone the account used, and UTC is the only guess that is right for the one real
 * row on record. Impossible dates and instants outside the plausible range are refused, as for JSON
 * ({@link Timestamps}).
 */
final class CsvTimestamps {

    private static final Pattern SPACE_BEFORE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d)");
    private static final Pattern SPACE_BEFORE_ZONE = Pattern.compile("(\\d) ?(Z|UTC|[+-]\\d{2}(?::?\\d{2})?)$");

    private CsvTimestamps() {
    }

    /** The instant, or empty when the text is no timestamp at all or lies outside the plausible range. */
    static Optional<Instant> parse(String text) {
        return Timestamps.parseZonelessAsUtc(iso(text));
    }

    /** Why {@code text} is not a timestamp, as a reject reason. */
    static String problem(String text) {
        return Timestamps.isOutOfRange(iso(text)) ? Timestamps.outOfRange(text)
                : "unparseable timestamp '" + text + "' (expected ISO-8601, e.g. 2023-02-26T00:10:04+00:00)";
    }

    /** The ISO-8601 spelling of a spreadsheet's timestamp; the export's own spelling is left as it is. */
    private static String iso(String text) {
        String trimmed = text.trim();
        if (trimmed.indexOf(' ') < 0) {
            // the export's own spelling: both patterns only take out or replace a space
            return trimmed.endsWith("UTC") ? trimmed.substring(0, trimmed.length() - 3) + "Z" : trimmed;
        }
        String iso = SPACE_BEFORE_TIME.matcher(trimmed).replaceFirst("$1T$2");
        iso = SPACE_BEFORE_ZONE.matcher(iso).replaceFirst("$1$2");
        if (iso.endsWith("UTC")) {
            iso = iso.substring(0, iso.length() - 3) + "Z";
        }
        return iso;
    }
}
