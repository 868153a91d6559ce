package dev.opshistory.reports.figures;

/**
 * Alerts acknowledged and resolved within one band of minutes (the MTTA/MTTR distribution).
 *
 * @param label the band as printed, e.g. {@code 5-15 min}; lower bound included, upper excluded
 */
public record ResponseBand(String label, long acknowledged, long resolved) {
}
