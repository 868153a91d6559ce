package dev.opshistory.reports;

import java.time.Duration;

/**
 * The width of the buckets in the alert-volume series (DESIGN.md §6.2): weeks for periods up to about half a
 * year, so a chart has at most ~27 bars, months beyond that. Buckets start on ISO week starts (Monday 00:00)
 * or on the first of the month, in UTC.
 */
public enum BucketSize {
    WEEK("week"),
    MONTH("month");

    /** The longest period still shown in weeks: 26 weeks. */
    public static final Duration LONGEST_WEEKLY_PERIOD = Duration.ofDays(26 * 7);

    private final String unit;

    BucketSize(String unit) {
        this.unit = unit;
    }

    /** Weeks when the period is at most {@link #LONGEST_WEEKLY_PERIOD} long (or unknown), months otherwise. */
    public static BucketSize forPeriod(Period period) {
        return period.length().compareTo(LONGEST_WEEKLY_PERIOD) > 0 ? MONTH : WEEK;
    }

    /** How a bucket starting on {@code start} is named in tables and charts: {@code 2026-05-04} or {@code 2026-05}. */
    public String label(java.time.LocalDate start) {
        return this == MONTH ? java.time.YearMonth.from(start).toString() : start.toString();
    }

    /** The unit as DuckDB's {@code date_trunc} and summary.json spell it: {@code week} or {@code month}. */
    public String unit() {
        return unit;
    }
}
