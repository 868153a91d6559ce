package dev.opshistory.app;

import dev.opshistory.reports.ReportRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import picocli.CommandLine.Option;

/** What the report covers and how it reads: shared by {@code run} and {@code report}. */
final class ReportOptions {

    @Option(names = "--title", defaultValue = ReportRequest.DEFAULT_TITLE, description = "Title of the report section.")
    String title;

    @Option(names = "--timezone", defaultValue = "UTC", paramLabel = "ZONE",
            description = "Time zone of hour bands, weekdays and on-call shifts (default: ${DEFAULT-VALUE}).")
    ZoneId timeZone;

    @Option(names = "--from", paramLabel = "DATE", description = "First day (or instant) of the period, e.g. 2026-05-01.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day (or instant) of the period, included.")
    String to;

    @Option(names = "--service", paramLabel = "NAME", description = "Only this service (repeatable).")
    List<String> services = List.of();

    @Option(names = "--team", paramLabel = "NAME", description = "Only this team (repeatable).")
    List<String> teams = List.of();

    @Option(names = "--baseline", paramLabel = "FILE", description = "An earlier review's summary.json to compare with.")
    Path baseline;

    /** The report request for an output folder; user mistakes become {@link UserInputException}s. */
    ReportRequest request(Path out) {
        if (baseline != null && !Files.isRegularFile(baseline)) {
            throw new UserInputException("baseline not found: " + baseline);
        }
        try {
            ReportRequest request = new ReportRequest(out, out, title, timeZone, start(from), end(to));
            return request.only(services, teams).comparedWith(baseline);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    private Instant start(String value) {
        if (value == null) {
            return null;
        }
        return parse(value, "--from", false);
    }

    private Instant end(String value) {
        if (value == null) {
            return null;
        }
        return parse(value, "--to", true);
    }

    /** A date means its whole day in the report's time zone; an instant is taken as written. */
    private Instant parse(String value, String flag, boolean endOfDay) {
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return endOfDay
                        ? day.plusDays(1).atStartOfDay(timeZone).toInstant().minusNanos(1000)
                        : day.atStartOfDay(timeZone).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeException e) {
            throw new UserInputException(flag + ": '" + value + "' is neither a date (2026-05-01) nor an instant "
                    + "(2026-05-01T00:00:00Z)");
        }
    }
}
