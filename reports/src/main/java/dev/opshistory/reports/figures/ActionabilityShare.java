package dev.opshistory.reports.figures;

/**
 * One actionability class over the period's alerts.
 *
 * @param actionability an {@link dev.opshistory.model.Actionability} name
 * @param alerts        alerts of that class
 * @param share         alerts / all alerts in [0, 1], or null when there are no alerts
 */
public record ActionabilityShare(String actionability, long alerts, Double share) {
}
