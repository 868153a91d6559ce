package dev.opshistory.reports.figures;

/**
 * MTTA and MTTR of one service's alerts.
 *
 * @param service untrusted text, or null for alerts without a service
 */
public record ServiceResponse(String service, long alerts, Durations timeToAcknowledge, Durations timeToResolve) {
}
