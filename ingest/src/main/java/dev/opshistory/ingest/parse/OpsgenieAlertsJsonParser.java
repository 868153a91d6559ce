package dev.opshistory.ingest.parse;

import dev.opshistory.ingest.parse.json.JsonExportParser;
import dev.opshistory.ingest.parse.json.JsonHead;
import dev.opshistory.ingest.parse.json.JsonShape;
import java.util.Set;

/**
 * Opsgenie and Jira Service Management Operations alerts as JSON: Opsgenie {@code GET /v2/alerts}
 * ({@code {"data":[…],"paging":…}}), {@code GET /v2/alerts/{id}} ({@code {"data":{…}}}), JSM
 * {@code GET /v1/alerts} ({@code {"values":[…],"links":…,"count":…}}), a bare alert (JSM's
 * {@code GET /v1/alerts/{id}} has no wrapper), a bare array and NDJSON. Each alert becomes one ALERT event
 * of source OPSGENIE or JSM; see {@link OpsgenieAlertMapper} for the field mapping.
 *
 * <p>Detection looks at the first record's keys, because Opsgenie wraps alerts, incidents, logs, notes
 * and recipients in the same {@code data} envelope and JSM its alerts, logs and notes in {@code values}:
 * an alert has {@code createdAt}, {@code message}, an id, and a field only alerts have ({@code alias},
 * {@code count}, {@code acknowledged}, {@code report}, {@code integration}…), and none of the incident
 * fields ({@code impactedServices}, {@code impactStartDate}…); or, when a huge message cuts the first record
 * short, the {@code tinyId} and {@code alias} Opsgenie writes before it (incidents have no alias).
 */
public final class OpsgenieAlertsJsonParser extends JsonExportParser {

    public static final String FORMAT = "opsgenie-alerts-json";

    private static final Set<String> ALERT_ONLY_KEYS = Set.of("alias", "acknowledged", "count", "lastOccurredAt",
            "lastOccuredAt", "report", "integration", "integrationName", "integrationType", "snoozed", "isSeen");
    private static final Set<String> INCIDENT_KEYS = Set.of("impactedServices", "impactStartDate", "impactEndDate",
            "ownerTeam");

    /** What Opsgenie writes before an alert's message: enough when a huge message cuts the detection head short. */
    private static final Set<String> KEYS_BEFORE_MESSAGE = Set.of("tinyId", "alias");

    private static final JsonShape SHAPE = JsonShape.of("Opsgenie/JSM alerts", keys -> vendor(keys) + " alerts",
                    keys -> "bare " + vendor(keys) + " alert object", OpsgenieAlertsJsonParser::looksLikeAlert)
            .listOrSingle("data", "Opsgenie alerts list envelope (GET /v2/alerts)", "single Opsgenie alert (GET /v2/alerts/{id})")
            .list("values", "Jira Service Management alerts list envelope (GET /v1/alerts)")
            .empty(20, "empty Opsgenie list envelope (alerts or another Opsgenie list)", (fileName, head) ->
                    head.isEmptyArray("data") && (head.rootKeys().contains("paging") || head.rootKeys().contains("requestId")))
            .empty(20, "empty Jira Service Management list envelope (alerts or another JSM list)", (fileName, head) ->
                    head.isEmptyArray("values") && (head.rootKeys().contains("links") || head.rootKeys().contains("count")));

    public OpsgenieAlertsJsonParser() {
        super(FORMAT, SHAPE, new OpsgenieAlertMapper());
    }

    private static boolean looksLikeAlert(JsonHead head, String holder) {
        Set<String> keys = head.keysAt(holder);
        return looksLikeAlert(keys) || (head.isCut(holder) && keys.containsAll(KEYS_BEFORE_MESSAGE)
                && keys.stream().noneMatch(INCIDENT_KEYS::contains));
    }

    static boolean looksLikeAlert(Set<String> keys) {
        return keys.contains("createdAt") && keys.contains("message")
                && (keys.contains("id") || keys.contains("tinyId"))
                && keys.stream().anyMatch(ALERT_ONLY_KEYS::contains)
                && keys.stream().noneMatch(INCIDENT_KEYS::contains);
    }

    private static String vendor(Set<String> keys) {
        return keys.stream().anyMatch(OpsgenieAlertMapper.JSM_ONLY_KEYS::contains) ? "Jira Service Management" : "Opsgenie";
    }
}
