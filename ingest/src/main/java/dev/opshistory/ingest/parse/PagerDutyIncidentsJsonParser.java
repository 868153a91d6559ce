package dev.opshistory.ingest.parse;

import dev.opshistory.ingest.parse.json.EnvelopeKeys;
import dev.opshistory.ingest.parse.json.JsonHead;
import dev.opshistory.ingest.parse.json.JsonRecordReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * PagerDuty incidents as JSON from the REST API v2: the {@code GET /incidents} list envelope
 * ({@code {"incidents":[…],"limit","offset","more"}}), {@code GET /incidents/{id}}
 * ({@code {"incident":{…}}}), a bare incident object, a bare array of incidents, and NDJSON (one incident
 * or one envelope per line). Each incident becomes one ALERT event; see {@link PagerDutyIncidentMapper}
 * for the field mapping.
 *
 * <p>Detection looks at the first record's keys, so other PagerDuty payloads (log entries, alerts,
 * notes, analytics, past/related incidents) are not taken: an incident has {@code incident_number} and
 * {@code created_at} plus fields only the incident resource has ({@code service} as an object,
 * {@code escalation_policy}, {@code alert_counts}…), which the analytics records (flat {@code service_name})
 * lack.
 */
public final class PagerDutyIncidentsJsonParser implements ExportParser {

    public static final String FORMAT = "pagerduty-incidents-json";

    private static final Set<String> INCIDENT_ONLY_KEYS = Set.of("service", "escalation_policy", "alert_counts",
            "assignments", "incident_key", "last_status_change_at", "first_trigger_log_entry", "acknowledgements");

    private final JsonRecordReader reader = new JsonRecordReader(
            new EnvelopeKeys(Set.of("incidents"), Set.of("incident")), new PagerDutyIncidentMapper());

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Detection detect(String fileName, String head) {
        JsonHead shape = JsonHead.of(head);
        switch (shape.root()) {
            case OBJECT -> {
                if (shape.rootKeys().contains("incidents")) {
                    if (looksLikeIncident(shape.recordKeys("incidents"))) {
                        return Detection.yes(100, "PagerDuty incidents list envelope (GET /incidents)");
                    }
                    if (shape.isEmptyArray("incidents")) {
                        return Detection.yes(60, "empty PagerDuty incidents list envelope");
                    }
                }
                if (shape.rootKeys().contains("incident") && looksLikeIncident(shape.recordKeys("incident"))) {
                    return Detection.yes(100, "single PagerDuty incident (GET /incidents/{id})");
                }
                if (looksLikeIncident(shape.rootKeys())) {
                    return shape.hasSeveralValues()
                            ? Detection.yes(90, "NDJSON of PagerDuty incidents")
                            : Detection.yes(80, "bare PagerDuty incident object");
                }
                return notIncidents(shape);
            }
            case ARRAY -> {
                return looksLikeIncident(shape.recordKeys(JsonHead.ROOT_ARRAY))
                        ? Detection.yes(90, "JSON array of PagerDuty incidents")
                        : notIncidents(shape);
            }
            default -> {
                return notIncidents(shape);
            }
        }
    }

    private static Detection notIncidents(JsonHead shape) {
        return new Detection(0, "no PagerDuty incidents in it (" + shape.describe() + ")");
    }

    static boolean looksLikeIncident(Set<String> keys) {
        return keys.contains("incident_number") && keys.contains("created_at")
                && keys.stream().anyMatch(INCIDENT_ONLY_KEYS::contains);
    }

    @Override
    public void parse(InputStream in, String fileName, ParseSink sink) throws IOException {
        reader.read(in, fileName, sink);
    }
}
