package dev.opshistory.ingest.parse;

import dev.opshistory.ingest.parse.json.EnvelopeKeys;
import dev.opshistory.ingest.parse.json.JsonHead;
import dev.opshistory.ingest.parse.json.JsonRecordReader;
import java.io.IOException;
import java.io.InputStream;
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
 * fields ({@code impactedServices}, {@code impactStartDate}…).
 */
public final class OpsgenieAlertsJsonParser implements ExportParser {

    public static final String FORMAT = "opsgenie-alerts-json";

    private static final Set<String> ALERT_ONLY_KEYS = Set.of("alias", "acknowledged", "count", "lastOccurredAt",
            "lastOccuredAt", "report", "integration", "integrationName", "integrationType", "snoozed", "isSeen");
    private static final Set<String> INCIDENT_KEYS = Set.of("impactedServices", "impactStartDate", "impactEndDate",
            "ownerTeam");

    private final JsonRecordReader reader = new JsonRecordReader(
            new EnvelopeKeys(Set.of("data", "values"), Set.of("data")), new OpsgenieAlertMapper());

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Detection detect(String fileName, String head) {
        JsonHead shape = JsonHead.of(head);
        if (shape.root() == JsonHead.Root.ARRAY) {
            return looksLikeAlert(shape.recordKeys(JsonHead.ROOT_ARRAY))
                    ? Detection.yes(90, "JSON array of " + vendor(shape.recordKeys(JsonHead.ROOT_ARRAY)) + " alerts")
                    : notAlerts(shape);
        }
        if (shape.root() != JsonHead.Root.OBJECT) {
            return notAlerts(shape);
        }
        Set<String> rootKeys = shape.rootKeys();
        if (rootKeys.contains("data") && looksLikeAlert(shape.recordKeys("data"))) {
            return shape.isArray("data")
                    ? Detection.yes(100, "Opsgenie alerts list envelope (GET /v2/alerts)")
                    : Detection.yes(100, "single Opsgenie alert (GET /v2/alerts/{id})");
        }
        if (rootKeys.contains("values") && looksLikeAlert(shape.recordKeys("values"))) {
            return Detection.yes(100, "Jira Service Management alerts list envelope (GET /v1/alerts)");
        }
        if (shape.isEmptyArray("data") && (rootKeys.contains("paging") || rootKeys.contains("requestId"))) {
            return Detection.yes(20, "empty Opsgenie list envelope (alerts or another Opsgenie list)");
        }
        if (shape.isEmptyArray("values") && (rootKeys.contains("links") || rootKeys.contains("count"))) {
            return Detection.yes(20, "empty Jira Service Management list envelope (alerts or another JSM list)");
        }
        if (looksLikeAlert(rootKeys)) {
            return shape.hasSeveralValues()
                    ? Detection.yes(90, "NDJSON of " + vendor(rootKeys) + " alerts")
                    : Detection.yes(80, "bare " + vendor(rootKeys) + " alert object");
        }
        return notAlerts(shape);
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

    private static Detection notAlerts(JsonHead shape) {
        return new Detection(0, "no Opsgenie/JSM alerts in it (" + shape.describe() + ")");
    }

    @Override
    public void parse(InputStream in, String fileName, ParseSink sink) throws IOException {
        reader.read(in, fileName, sink);
    }
}
