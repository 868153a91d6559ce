package dev.opshistory.reports.figures;

/**
 * Alerts of one team.
 *
 * @param team       as the vendor named it (untrusted text), or null when the alert had none
 * @param alerts     alerts of the team in the period
 * @param actionable of which classified ACTIONABLE
 * @param repeated   of which flagged repeated
 */
public record TeamCount(String team, long alerts, long actionable, long repeated) {
}
