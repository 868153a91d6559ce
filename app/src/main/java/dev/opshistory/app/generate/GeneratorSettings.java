package dev.opshistory.app.generate;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What to generate: how many alerts in total (PagerDuty and Opsgenie together), over how many days from
 * which start, with which seed, in which formats, and how many records per JSON page or CSV file.
 *
 * @param alerts   total alerts across both vendors, at least 1
 * @param days     length of the history in days, at least 1; the export is taken at {@code start + days}
 * @param seed     the seed of every random stream: the same settings give byte-identical files
 * @param start    the first instant of the history (UTC); never the wall clock
 * @param formats  the formats to write, not empty
 * @param pageSize records per page file, at least 1
 */
public record GeneratorSettings(long alerts, int days, long seed, Instant start, Set<OutputFormat> formats, int pageSize) {

    /** Share of the alerts that are PagerDuty incidents when both vendors are written. */
    static final double PAGERDUTY_SHARE = 0.6;

    public GeneratorSettings {
        if (alerts < 1) {
            throw new IllegalArgumentException("--alerts must be at least 1, was " + alerts);
        }
        if (days < 1) {
            throw new IllegalArgumentException("--days must be at least 1, was " + days);
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("--page-size must be at least 1, was " + pageSize);
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("--formats names no format");
        }
        formats = Collections.unmodifiableSet(EnumSet.copyOf(formats));
    }

    /** When the export was taken: anything later has not happened yet (still open, not acknowledged). */
    Instant end() {
        return start.plus(Duration.ofDays(days));
    }

    /** PagerDuty incidents to generate: 60% of the alerts, all of them without Opsgenie, none without PagerDuty. */
    long pagerDutyAlerts() {
        boolean pagerDuty = formats.stream().anyMatch(OutputFormat::isPagerDuty);
        boolean opsgenie = formats.contains(OutputFormat.OPSGENIE_JSON);
        if (!opsgenie) {
            return alerts;
        }
        return pagerDuty ? Math.round(alerts * PAGERDUTY_SHARE) : 0;
    }

    /** Opsgenie alerts to generate: the rest. */
    long opsgenieAlerts() {
        return alerts - pagerDutyAlerts();
    }

    boolean writes(OutputFormat format) {
        return formats.contains(format);
    }
}
