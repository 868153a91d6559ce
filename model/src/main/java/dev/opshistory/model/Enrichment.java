package dev.opshistory.model;

import java.time.Instant;

/**
 * A record that adds to another event instead of being one: a PagerDuty log entry or note, a grouped
 * PagerDuty alert, an Opsgenie alert log or note. Parsers fold these into their parent (counted as folded
 * records, never as alerts); the analytics job merges them into the parent's final version.
 *
 * @param parentEventId the event id of the incident or alert it belongs to ({@code pagerduty:alert:PT4KHLK})
 * @param type          what happened
 * @param sourceId      the vendor id of this record (log entry id, note id, alert id), or null
 * @param at            when it happened (UTC), or null
 * @param agent         who or what did it (a person's name or e-mail, a service, an integration), or null
 * @param human         true when the agent is a person, false when a service, integration, API or timeout; null when unknown
 * @param channel       how (PagerDuty {@code channel.type}: web_ui, api, auto, timeout, email…), or null
 * @param text          a note's content, or the log entry's summary, or null
 * @param alertKey      a grouped alert's dedup key (ALERT only)
 * @param alertSeverity a grouped alert's severity: critical, error, warning, info (ALERT only)
 * @param runbookUrl    a runbook or playbook link found in the record, or null
 * @param sourceFile    the export file it came from
 */
public record Enrichment(
        String parentEventId,
        EnrichmentType type,
        String sourceId,
        Instant at,
        String agent,
        Boolean human,
        String channel,
        String text,
        String alertKey,
        String alertSeverity,
        String runbookUrl,
        String sourceFile) {
}
