package dev.opshistory.reports.figures;

import java.time.LocalDate;
import java.util.List;

/**
 * What the report noticed about its input beyond ingest's reconciliation.
 *
 * @param gaps               runs of days inside the period without any event
 * @param truncatedExports   export files that look cut at a vendor's row limit
 * @param alerts             alerts of the period, the base of the unknown shares
 * @param overridden         events whose verdict a reviewer's override changed
 * @param truncatedTexts     events whose text was cut at 64 KB
 */
public record DataQuality(List<DateGap> gaps, List<String> truncatedExports, long alerts,
                          long unknownActionability, long unknownSeverity, long unknownRootCause, long overridden,
                          long truncatedTexts) {

    public static final DataQuality NONE = new DataQuality(List.of(), List.of(), 0, 0, 0, 0, 0, 0);

    public DataQuality {
        gaps = List.copyOf(gaps);
        truncatedExports = List.copyOf(truncatedExports);
    }

    /** Consecutive UTC days, both included, without events. */
    public record DateGap(LocalDate first, LocalDate last, long days) {
    }

    /** unknownActionability / alerts, or null without alerts. */
    public Double unknownActionabilityShare() {
        return alerts == 0 ? null : (double) unknownActionability / alerts;
    }

    /** unknownSeverity / alerts, or null without alerts. */
    public Double unknownSeverityShare() {
        return alerts == 0 ? null : (double) unknownSeverity / alerts;
    }

    /** unknownRootCause / alerts, or null without alerts. */
    public Double unknownRootCauseShare() {
        return alerts == 0 ? null : (double) unknownRootCause / alerts;
    }
}
