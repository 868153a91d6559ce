package dev.opshistory.app.generate;

import dev.opshistory.app.generate.OutputFormat.Vendor;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What to generate: how many alerts in total (all vendors together), over how many days from
 * which start, with which seed, in which formats, and how many records per JSON page or CSV file.
 *
 * @param alerts   total alerts across the vendors written, at least 1
 * @param days     length of the history in days, at least 1; the export is taken at {@code start + days}
 * @param seed     the seed of every random stream: the same settings give byte-identical files
 * @param start    the first instant of the history (UTC); never the wall clock
 * @param formats  the formats to write, not empty
 * @param pageSize records per page file, at least 1
 */
public record GeneratorSettings(long alerts, int days, long seed, Instant start, Set<OutputFormat> formats, int pageSize) {

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

    /**
     * The alerts of one vendor: {@code --alerts} shared among the vendors written by their
     * {@linkplain Vendor#shares shares} (60/40 for PagerDuty and Opsgenie), all of them when it is the only one,
     * none when it is not written. Cut points are rounded, so the vendors' counts add up to {@code alerts}.
     */
    long alertsOf(Vendor vendor) {
        if (!writes(vendor)) {
            return 0;
        }
        int total = 0;
        int before = 0;
        for (Vendor v : Vendor.values()) {
            if (writes(v)) {
                total += v.shares;
                before += v.ordinal() < vendor.ordinal() ? v.shares : 0;
            }
        }
        return cut(before + vendor.shares, total) - cut(before, total);
    }

    private long cut(int shares, int total) {
        return shares == total ? alerts : Math.round(alerts * ((double) shares / total));
    }

    private boolean writes(Vendor vendor) {
        return formats.stream().anyMatch(f -> f.vendor() == vendor);
    }

    boolean writes(OutputFormat format) {
        return formats.contains(format);
    }
}
