package dev.opshistory.reports.figures;

import java.time.LocalDate;

/**
 * Alerts created in one bucket of the series.
 *
 * @param start the bucket's first day in UTC: a Monday for weeks, the 1st for months
 */
public record SeverityBucket(LocalDate start, SeverityCounts counts) {
}
