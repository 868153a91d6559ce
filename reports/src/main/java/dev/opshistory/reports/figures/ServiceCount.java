package dev.opshistory.reports.figures;

/**
 * Alerts of one service.
 *
 * @param service    as the vendor named it (untrusted text), or null when the alert had none
 * @param alerts     alerts of the service in the period
 * @param actionable of which classified ACTIONABLE
 * @param repeated   of which flagged repeated
 */
public record ServiceCount(String service, long alerts, long actionable, long repeated) {
}
