package dev.opshistory.app.generate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The vendors' timestamp spellings, all UTC. */
final class Times {

    private static final DateTimeFormatter SECONDS_Z = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECONDS_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter OPSGENIE_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MICROS_Z =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter OPSGENIE_QUERY = DateTimeFormatter.ofPattern("dd-MM-yyyy'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    private Times() {
    }

    /** PagerDuty REST: whole seconds and {@code Z} ({@code 2026-05-01T10:02:41Z}). */
    static String pagerDuty(Instant t) {
        return SECONDS_Z.format(t.truncatedTo(ChronoUnit.SECONDS));
    }

    /** PagerDuty's CSV export: whole seconds with the account's offset ({@code 2023-02-26T00:10:04+00:00}). */
    static String pagerDutyCsv(Instant t) {
        return SECONDS_OFFSET.format(t.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Opsgenie: milliseconds with trailing zeros dropped ({@code …T16:07:06.6Z}), as in real captures. */
    static String opsgenie(Instant t) {
        int millis = t.get(ChronoField.MILLI_OF_SECOND);
        String base = OPSGENIE_SECONDS.format(t);
        if (millis == 0) {
            return base + "Z";
        }
        String fraction = String.format(Locale.ROOT, "%03d", millis).replaceAll("0+$", "");
        return base + "." + fraction + "Z";
    }

    /** Grafana OnCall's alert groups: microseconds and {@code Z} ({@code 2020-05-19T12:37:01.430444Z}). */
    static String grafanaOnCall(Instant t) {
        return MICROS_Z.format(t);
    }

    /** Opsgenie's search-query date ({@code 01-05-2026T00:00:00}). */
    static String opsgenieQuery(Instant t) {
        return OPSGENIE_QUERY.format(t);
    }

    static String date(Instant t) {
        return DATE.format(t);
    }

    static String hourMinute(Instant t) {
        return HOUR_MINUTE.format(t);
    }
}
