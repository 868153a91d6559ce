package dev.opshistory.reports.figures;

/**
 * Distinct events in the period. Cross-source copies ({@code duplicate_of} set) are left out: the same
 * alert forwarded between tools counts once (DESIGN.md §4).
 *
 * @param alerts      distinct ALERT event ids
 * @param incidents   distinct INCIDENT event ids
 * @param postmortems distinct postmortem ids dated in the period, or undated
 */
public record Totals(long alerts, long incidents, long postmortems) {

    public static final Totals NONE = new Totals(0, 0, 0);
}
