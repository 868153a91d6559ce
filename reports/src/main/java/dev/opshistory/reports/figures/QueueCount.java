package dev.opshistory.reports.figures;

/**
 * Alerts of one queue: the escalation policy (PagerDuty) or the responder team that was paged (Opsgenie, JSM).
 *
 * @param queue      as the vendor named it (untrusted text), or null when the alert had none
 * @param alerts     alerts routed to the queue in the period
 * @param actionable of which classified ACTIONABLE
 * @param repeated   of which flagged repeated
 */
public record QueueCount(String queue, long alerts, long actionable, long repeated) {
}
