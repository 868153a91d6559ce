package dev.opshistory.model;

/** The tool an event was exported from; the lower-case name is the prefix of every event id. */
public enum Source {
    PAGERDUTY, OPSGENIE, JSM,
    /** Prometheus Alertmanager webhook notifications (version 4 payloads, as receivers log them). */
    ALERTMANAGER,
    /** Grafana OnCall / Grafana Cloud IRM alert groups (public API {@code GET /api/v1/alert_groups/}). */
    GRAFANA_ONCALL,
    POSTMORTEM;

    /**
     * Whether the tool records who acknowledged an alert. Alertmanager has no acknowledgement: that nobody
     * acknowledged one of its alerts says nothing about whether anyone worked on it.
     */
    public boolean recordsAcknowledgements() {
        return this != ALERTMANAGER;
    }

    /** Lower-case name used in event ids and the warehouse's {@code source} column. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
