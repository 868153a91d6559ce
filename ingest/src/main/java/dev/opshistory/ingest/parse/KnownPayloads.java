package dev.opshistory.ingest.parse;

import dev.opshistory.ingest.parse.json.JsonHead;
import java.util.Optional;
import java.util.Set;

/**
 * Names the JSON payloads from the paging tools that are not exports of their history, for the reject of a file no
 * parser reads: a webhook body saved from a receiver, a related-incidents response, an aggregate report. A user who
 * exported the wrong endpoint is told which one it is and what to export instead, rather than reading why each
 * of twenty parsers declined.
 */
final class KnownPayloads {

    private KnownPayloads() {
    }

    /** What the file is and what to export instead, or empty when its shape is not one of these. */
    static Optional<String> describe(String head) {
        JsonHead json = JsonHead.of(head);
        if (json.root() != JsonHead.Root.OBJECT) {
            return Optional.empty();
        }
        Set<String> root = json.rootKeys();
        if (root.contains("event") && json.recordKeys("event").containsAll(Set.of("event_type", "resource_type"))) {
            return Optional.of("a PagerDuty webhook (v3) event, not an export: each webhook tells one change of one"
                    + " incident; export the incidents with GET /incidents and their log entries instead");
        }
        if (root.contains("messages") && json.recordKeys("messages").contains("data")
                && (json.recordKeys("messages").contains("type") || json.recordKeys("messages").contains("event"))) {
            return Optional.of("a PagerDuty webhook (v1/v2) message, not an export; export the incidents with"
                    + " GET /incidents and their log entries instead");
        }
        if (root.contains("action") && root.contains("alert")) {
            return Optional.of("an Opsgenie/JSM alert webhook (an action on one alert), not an export; export the"
                    + " alerts with GET /v2/alerts and their logs instead");
        }
        if (root.contains("past_incidents") || root.contains("related_incidents")) {
            return Optional.of("a PagerDuty " + (root.contains("past_incidents") ? "past" : "related")
                    + " incidents response (incidents similar to one incident, with scores), not an export of"
                    + " incidents; export them with GET /incidents instead");
        }
        if (root.contains("aggregate_unit") || root.contains("data") && json.recordKeys("data").stream()
                .anyMatch(k -> k.startsWith("mean_") || k.startsWith("total_incident_count"))) {
            return Optional.of("PagerDuty Analytics aggregate metrics, not incidents; export them with"
                    + " POST /analytics/raw/incidents instead");
        }
        if (root.contains("created_on") && root.contains("trigger_summary_data")
                || json.recordKeys("incidents").containsAll(Set.of("created_on", "trigger_summary_data"))) {
            return Optional.of("PagerDuty REST API v1 incidents (retired in 2018; created_on, trigger_summary_data),"
                    + " a shape this tool does not read; export them with the current API's GET /incidents");
        }
        if (root.contains("stream") && root.contains("data") && !json.recordKeys("data").isEmpty()) {
            return Optional.of("records wrapped by a sync tool ({\"stream\": …, \"data\": {record}}, as Airbyte or Singer"
                    + " write them); write each record's \"data\" out as a line of its own (NDJSON) and ingest that");
        }
        return Optional.empty();
    }
}
