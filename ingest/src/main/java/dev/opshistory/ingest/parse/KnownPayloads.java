package dev.opshistory.ingest.parse;

import dev.opshistory.ingest.parse.json.JsonHead;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names the payloads from the paging tools that are not exports of their history, for the reject of a file no
 * parser reads: a webhook body saved from a receiver, a related-incidents response, an aggregate report, an
 * Alertmanager API response. A user who exported the wrong endpoint is told which one it is and what to export
 * instead, rather than reading why each of twenty parsers declined. So is one whose file is no JSON at all: a
 * Python dict a script printed, or a {@code .json} file with a syntax error.
 *
 * <p>Alertmanager's API ({@code GET /api/v2/alerts}, {@code /api/v2/alerts/groups}) is named, not read, although
 * its alerts have the webhook's fields: it lists the alerts Alertmanager holds when it is called, all of them
 * unresolved (it leaves out those that ended), with {@code status} the routing state ({@code active},
 * {@code suppressed}, {@code unprocessed}) and {@code endsAt} the time, still to come, at which Alertmanager will
 * take the alert as resolved unless it is sent again: no resolution. Read, a snapshot would add alerts that never
 * end; the webhook notifications Alertmanager sends, firing and then resolved, are the history.
 */
final class KnownPayloads {

    /**
     * Opens as Python prints a dict or a list of dicts ({@code print(resp.json())}, a logged {@code repr}): a brace
     * and a key in single quotes, which JSON never has and prose never opens with.
     */
    private static final Pattern PYTHON_DICT = Pattern.compile("\\uFEFF?\\s*(?:\\[\\s*)?\\{\\s*'");
    private static final Set<String> JSON_EXTENSIONS = Set.of("json", "ndjson", "jsonl");
    /** An alert as Alertmanager's API v2 lists it: the webhook's fields, and where it is routed and when updated. */
    private static final Set<String> ALERTMANAGER_API_ALERT = Set.of("startsAt", "status", "receivers", "updatedAt");
    private static final Set<String> ALERTMANAGER_API_GROUP = Set.of("alerts", "labels", "receiver");
    /** An alert as Prometheus sends it to Alertmanager: labels and times, no status or fingerprint yet. */
    private static final Set<String> PROMETHEUS_POSTED_ALERT = Set.of("labels", "startsAt", "generatorURL");

    /**
     * PagerDuty's directories and configuration, listed under their resource's name: who and what there is, not what
     * happened. Each record is a PagerDuty object ({@code self}, {@code html_url}, {@code summary}); an on-call entry
     * has its {@code escalation_level} instead.
     */
    private static final Map<String, String> PAGERDUTY_DIRECTORIES = Map.ofEntries(
            Map.entry("services", "GET /services: the service directory"),
            Map.entry("business_services", "GET /business_services: the business service directory"),
            Map.entry("users", "GET /users: the user directory"),
            Map.entry("teams", "GET /teams: the team directory"),
            Map.entry("oncalls", "GET /oncalls: who is on call"),
            Map.entry("schedules", "GET /schedules: the on-call schedules"),
            Map.entry("escalation_policies", "GET /escalation_policies"),
            Map.entry("priorities", "GET /priorities: the priority scheme"),
            Map.entry("maintenance_windows", "GET /maintenance_windows"),
            Map.entry("extensions", "GET /extensions"),
            Map.entry("vendors", "GET /vendors"));
    private static final Set<String> PAGERDUTY_OBJECT_KEYS = Set.of("self", "html_url", "summary", "escalation_level");
    /** Opsgenie's who-is-on-call answer ({@code GET /v2/schedules/{id}/on-calls}): a schedule and its people. */
    private static final Set<String> OPSGENIE_ON_CALL_KEYS = Set.of("onCallRecipients", "onCallParticipants");

    private KnownPayloads() {
    }

    /** What the file is and what to export instead, or empty when its shape is not one of these. */
    static Optional<String> describe(String fileName, String head) {
        if (PYTHON_DICT.matcher(head).lookingAt()) {
            return Optional.of("a Python dict printed by a script (print(resp.json())), not JSON; write it with"
                    + " json.dump");
        }
        JsonHead json = JsonHead.of(head);
        Optional<String> named = json.root() == JsonHead.Root.OBJECT ? describeObject(json)
                : json.root() == JsonHead.Root.ARRAY ? describeArray(json) : Optional.empty();
        if (named.isEmpty() && json.syntaxError() != null && JSON_EXTENSIONS.contains(FileExtension.of(fileName))) {
            return Optional.of("not valid JSON: at " + json.syntaxError());
        }
        return named;
    }

    private static Optional<String> describeArray(JsonHead json) {
        Set<String> first = json.recordKeys(JsonHead.ROOT_ARRAY);
        if (first.containsAll(PROMETHEUS_POSTED_ALERT) && !first.contains("status") && !first.contains("fingerprint")) {
            return Optional.of("alerts as Prometheus posts them to Alertmanager (POST /api/v1/alerts or /api/v2/alerts):"
                    + " what fires, not what was notified and resolved; save the webhook notifications Alertmanager"
                    + " sends or export from the paging tool");
        }
        String endpoint = first.containsAll(ALERTMANAGER_API_ALERT) ? "GET /api/v2/alerts"
                : first.containsAll(ALERTMANAGER_API_GROUP) ? "GET /api/v2/alerts/groups" : null;
        return Optional.ofNullable(endpoint).map(e -> "an Alertmanager API response (" + e + "): the alerts firing"
                + " when it was saved, not a history; save the webhook notifications Alertmanager sends or export"
                + " from the paging tool");
    }

    private static Optional<String> pagerDutyDirectory(JsonHead json) {
        for (String key : json.rootKeys()) {
            String endpoint = PAGERDUTY_DIRECTORIES.get(key);
            if (endpoint != null && json.recordKeys(key).stream().anyMatch(PAGERDUTY_OBJECT_KEYS::contains)) {
                return Optional.of("a PagerDuty " + endpoint + ", not incidents; export the incidents with"
                        + " GET /incidents and their log entries instead");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> describeObject(JsonHead json) {
        Set<String> root = json.rootKeys();
        if (root.contains("event") && json.recordKeys("event").containsAll(Set.of("event_type", "resource_type"))) {
            return Optional.of("a PagerDuty webhook (v3) event, not an export: each webhook tells one change of one"
                    + " incident; export the incidents with GET /incidents and their log entries instead");
        }
        Set<String> message = json.recordKeys("messages");
        // v1 messages hold their incident in "data", v2 ones in "incident" (with its log entries)
        if (root.contains("messages") && (message.contains("data") || message.contains("incident"))
                && (message.contains("type") || message.contains("event"))) {
            return Optional.of("a PagerDuty webhook (v1/v2) message, not an export; export the incidents with"
                    + " GET /incidents and their log entries instead");
        }
        if (root.contains("action") && root.contains("alert")) {
            return Optional.of("an Opsgenie/JSM alert webhook (an action on one alert), not an export; export the"
                    + " alerts with GET /v2/alerts and their logs instead");
        }
        if (root.containsAll(Set.of("action", "isSuccess", "processedAt"))
                || root.contains("data") && json.recordKeys("data").containsAll(Set.of("action", "isSuccess", "processedAt"))) {
            return Optional.of("an Opsgenie/JSM request status (GET /v2/alerts/requests/{id}: whether an action on one"
                    + " alert was processed), not an export; export the alerts with GET /v2/alerts and their logs instead");
        }
        Optional<String> directory = pagerDutyDirectory(json);
        if (directory.isPresent()) {
            return directory;
        }
        if (root.contains("data") && json.recordKeys("data").contains("_parent")
                && json.recordKeys("data").stream().anyMatch(OPSGENIE_ON_CALL_KEYS::contains)) {
            return Optional.of("an Opsgenie who-is-on-call response (GET /v2/schedules/{id}/on-calls), not an export;"
                    + " export the alerts with GET /v2/alerts and their logs instead");
        }
        if (root.contains("log") && json.recordKeys("log").containsAll(Set.of("entries", "creator"))) {
            return Optional.of("an HTTP archive (HAR) a browser or a test recorder saved, not an export; save the"
                    + " response body of the export request (GET /incidents, GET /v2/alerts) as a file of its own");
        }
        if (root.contains("past_incidents") || root.contains("related_incidents")) {
            return Optional.of("a PagerDuty " + (root.contains("past_incidents") ? "past" : "related")
                    + " incidents response (incidents similar to one incident, with scores), not an export of"
                    + " incidents; export them with GET /incidents instead");
        }
        if (root.contains("data") && json.recordKeys("data").contains("responder_id")
                && json.recordKeys("data").stream().anyMatch(k -> k.startsWith("total_"))) {
            return Optional.of("PagerDuty Analytics responder metrics (POST /analytics/metrics/responders/…: figures"
                    + " per responder), not incidents; export them with POST /analytics/raw/incidents instead");
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
        Set<String> entry = json.recordKeys("log_entries");
        if (root.contains("log_entries") && entry.containsAll(Set.of("type", "created_at")) && !entry.contains("incident")
                && !entry.contains("summary") && !entry.contains("self")) {
            return Optional.of("PagerDuty REST API v1 log entries (retired in 2018; types such as \"resolve\" and no"
                    + " incident in each entry), a shape this tool does not read; export them with the current API's"
                    + " GET /log_entries");
        }
        if (root.containsAll(Set.of("Type", "MessageId", "TopicArn", "Message"))) {
            return Optional.of("an Amazon SNS notification (one message, such as a CloudWatch alarm's state change),"
                    + " not an export; export the alerts from the paging tool the topic notified");
        }
        if (root.containsAll(Set.of("issueUrl", "totalIncidents", "alertPolicyNames"))) {
            return Optional.of("a New Relic issue webhook (one change of one issue), not an export; export the alerts"
                    + " from the paging tool it notified");
        }
        if (root.containsAll(Set.of("ruleName", "state", "evalMatches"))) {
            return Optional.of("a legacy Grafana alert notification (dashboard alerting, Grafana 7 and older): one"
                    + " state change of one alert rule, not an export; export the alerts from the paging tool it"
                    + " notified");
        }
        if (root.containsAll(Set.of("alert_group", "alert_group_id", "alert_payload"))) {
            return Optional.of("a Grafana OnCall outgoing webhook (one event of one alert group), not an export;"
                    + " export the alert groups with GET /api/v1/alert_groups/ instead");
        }
        if (root.contains("results") && json.recordKeys("results").containsAll(Set.of("alert_group_id", "payload"))) {
            return Optional.of("Grafana OnCall alerts (GET /api/v1/alerts/: each alert of an alert group), not the"
                    + " alert groups; export the alert groups with GET /api/v1/alert_groups/ instead");
        }
        if (root.containsAll(Set.of("type", "record")) && json.recordKeys("record").containsAll(Set.of("stream", "data"))) {
            return Optional.of("Airbyte protocol messages ({\"type\": \"RECORD\", \"record\": {\"stream\": …, \"data\":"
                    + " {record}}}, as a connector's read prints them); write each stream's \"data\" out as lines of their"
                    + " own (NDJSON), a file per stream, and ingest those");
        }
        if (root.contains("stream") && root.contains("data") && !json.recordKeys("data").isEmpty()) {
            return Optional.of("records wrapped by a sync tool ({\"stream\": …, \"data\": {record}}, as Airbyte or Singer"
                    + " write them); write each record's \"data\" out as a line of its own (NDJSON) and ingest that");
        }
        return Optional.empty();
    }
}
