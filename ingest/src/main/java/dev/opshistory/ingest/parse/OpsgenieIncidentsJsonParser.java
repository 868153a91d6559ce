package dev.opshistory.ingest.parse;

import dev.opshistory.ingest.parse.json.JsonExportParser;
import dev.opshistory.ingest.parse.json.JsonHead;
import dev.opshistory.ingest.parse.json.JsonShape;
import java.util.Set;

/**
 * Opsgenie incidents as JSON: {@code GET /v1/incidents} ({@code {"data":[…],"took","requestId"}}),
 * {@code GET /v1/incidents/{id}} ({@code {"data":{…}}}), a bare incident (as the real captures are saved),
 * a bare array and NDJSON. Each incident becomes one INCIDENT event of source OPSGENIE; see
 * {@link OpsgenieIncidentMapper}.
 *
 * <p>Detection looks at the first record's keys, because Opsgenie wraps alerts, incidents, logs and notes
 * in the same {@code data} envelope: an incident has {@code createdAt}, {@code message}, an id, and an
 * incident field ({@code impactedServices}, {@code impactStartDate}, {@code impactEndDate},
 * {@code ownerTeam}), and none of the fields only alerts have ({@code alias}, {@code count},
 * {@code acknowledged}, {@code report}, {@code integration}…). An empty {@code data} list is left to the
 * alerts parser: it holds nothing to tell the two apart, and both read it as no events.
 */
public final class OpsgenieIncidentsJsonParser extends JsonExportParser {

    public static final String FORMAT = "opsgenie-incidents-json";

    private static final Set<String> INCIDENT_KEYS = Set.of("impactedServices", "impactStartDate", "impactEndDate",
            "ownerTeam");
    private static final Set<String> ALERT_ONLY_KEYS = Set.of("alias", "acknowledged", "count", "lastOccurredAt",
            "lastOccuredAt", "report", "integration", "integrationName", "integrationType", "snoozed", "snoozedUntil");

    private static final JsonShape SHAPE = JsonShape.of("Opsgenie incidents", "bare Opsgenie incident object",
                    OpsgenieIncidentsJsonParser::looksLikeIncident)
            .listOrSingle("data", "Opsgenie incidents list envelope (GET /v1/incidents)",
                    "single Opsgenie incident (GET /v1/incidents/{id})");

    public OpsgenieIncidentsJsonParser() {
        super(FORMAT, SHAPE, new OpsgenieIncidentMapper());
    }

    /**
     * An incident, or the start of one that a huge message cut short: Opsgenie writes {@code impactedServices}
     * and {@code tinyId} before the message, and an alert has no impacted services.
     */
    private static boolean looksLikeIncident(JsonHead head, String holder) {
        Set<String> keys = head.keysAt(holder);
        return looksLikeIncident(keys) || (head.isCut(holder) && keys.contains("tinyId")
                && keys.stream().anyMatch(INCIDENT_KEYS::contains) && keys.stream().noneMatch(ALERT_ONLY_KEYS::contains));
    }

    static boolean looksLikeIncident(Set<String> keys) {
        return keys.contains("createdAt") && keys.contains("message")
                && (keys.contains("id") || keys.contains("tinyId"))
                && keys.stream().anyMatch(INCIDENT_KEYS::contains)
                && keys.stream().noneMatch(ALERT_ONLY_KEYS::contains);
    }
}
