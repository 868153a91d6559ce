package dev.opshistory.ingest.parse;

import dev.opshistory.ingest.parse.json.JsonExportParser;
import dev.opshistory.ingest.parse.json.JsonHead;
import dev.opshistory.ingest.parse.json.JsonShape;
import java.util.Set;

/**
 * PagerDuty incidents as JSON from the REST API v2: the {@code GET /incidents} list envelope
 * ({@code {"incidents":[…],"limit","offset","more"}}), {@code GET /incidents/{id}}
 * ({@code {"incident":{…}}}), a bare incident object, a bare array of incidents, and NDJSON (one incident
 * or one envelope per line). Each incident becomes one ALERT event; see {@link PagerDutyIncidentMapper}
 * for the field mapping. The log entries and alerts a sync tool exports inside an incident fold into it
 * ({@link PagerDutyIncidentWithPartsHandler}).
 *
 * <p>Detection looks at the first record's keys, so other PagerDuty payloads (log entries, alerts,
 * notes, analytics, past/related incidents) are not taken: an incident has {@code incident_number} and
 * {@code created_at} plus fields only the incident resource has ({@code service} as an object,
 * {@code escalation_policy}, {@code alert_counts}…), which the analytics records (flat {@code service_name})
 * lack, or a {@code title}, which they lack too (a tool that keeps only a few fields of each incident); or it has
 * {@code incident_number} and the REST resource type {@code "type": "incident"}, which PagerDuty
 * writes among the first keys, so that an incident whose huge title fills the detection head is still known; or
 * the type {@code "incident"}, {@code created_at} and a title or an incident-only field, as a tool that saved the
 * incidents without their numbers writes them.
 */
public final class PagerDutyIncidentsJsonParser extends JsonExportParser {

    public static final String FORMAT = "pagerduty-incidents-json";

    private static final Set<String> INCIDENT_ONLY_KEYS = Set.of("service", "escalation_policy", "alert_counts",
            "assignments", "incident_key", "last_status_change_at", "first_trigger_log_entry", "acknowledgements");

    private static final JsonShape SHAPE = JsonShape.of("PagerDuty incidents", "bare PagerDuty incident object",
                    PagerDutyIncidentsJsonParser::looksLikeIncident)
            .list("incidents", "PagerDuty incidents list envelope (GET /incidents)")
            .empty(60, "empty PagerDuty incidents list envelope", (fileName, head) -> head.isEmptyArray("incidents"))
            .single("incident", "single PagerDuty incident (GET /incidents/{id})");

    public PagerDutyIncidentsJsonParser() {
        super(FORMAT, SHAPE, new PagerDutyIncidentWithPartsHandler());
    }

    private static boolean looksLikeIncident(JsonHead head, String holder) {
        Set<String> keys = head.keysAt(holder);
        if (looksLikeIncident(keys)) {
            return true;
        }
        // the resource's own type, written before its text: enough when a huge title cuts the head short, and with
        // the incident's time and a title or a field only incidents have when a tool kept no incident_number
        return "incident".equals(head.recordText(holder, "type"))
                && (keys.contains("incident_number") || keys.contains("created_at")
                        && (keys.contains("title") || keys.stream().anyMatch(INCIDENT_ONLY_KEYS::contains)));
    }

    static boolean looksLikeIncident(Set<String> keys) {
        // a title too: the REST resource's (an analytics record has a description), kept when a tool exported only
        // a few of the incident's fields ("id", "incident_number", "title", "status", "created_at", "urgency")
        return keys.contains("incident_number") && keys.contains("created_at")
                && (keys.contains("title") || keys.stream().anyMatch(INCIDENT_ONLY_KEYS::contains));
    }
}
