package dev.opshistory.ingest.parse;

import dev.opshistory.ingest.parse.json.EnvelopeKeys;
import dev.opshistory.ingest.parse.json.JsonHead;
import dev.opshistory.ingest.parse.json.JsonRecordReader;
import java.io.IOException;
import java.io.InputStream;
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
public final class OpsgenieIncidentsJsonParser implements ExportParser {

    public static final String FORMAT = "opsgenie-incidents-json";

    private static final Set<String> INCIDENT_KEYS = Set.of("impactedServices", "impactStartDate", "impactEndDate",
            "ownerTeam");
    private static final Set<String> ALERT_ONLY_KEYS = Set.of("alias", "acknowledged", "count", "lastOccurredAt",
            "lastOccuredAt", "report", "integration", "integrationName", "integrationType", "snoozed", "snoozedUntil");

    private final JsonRecordReader reader = new JsonRecordReader(
            new EnvelopeKeys(Set.of("data"), Set.of("data")), new OpsgenieIncidentMapper());

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Detection detect(String fileName, String head) {
        JsonHead shape = JsonHead.of(head);
        if (shape.root() == JsonHead.Root.ARRAY) {
            return looksLikeIncident(shape.recordKeys(JsonHead.ROOT_ARRAY))
                    ? Detection.yes(90, "JSON array of Opsgenie incidents")
                    : notIncidents(shape);
        }
        if (shape.root() != JsonHead.Root.OBJECT) {
            return notIncidents(shape);
        }
        if (shape.rootKeys().contains("data") && looksLikeIncident(shape.recordKeys("data"))) {
            return shape.isArray("data")
                    ? Detection.yes(100, "Opsgenie incidents list envelope (GET /v1/incidents)")
                    : Detection.yes(100, "single Opsgenie incident (GET /v1/incidents/{id})");
        }
        if (looksLikeIncident(shape.rootKeys())) {
            return shape.hasSeveralValues()
                    ? Detection.yes(90, "NDJSON of Opsgenie incidents")
                    : Detection.yes(80, "bare Opsgenie incident object");
        }
        return notIncidents(shape);
    }

    static boolean looksLikeIncident(Set<String> keys) {
        return keys.contains("createdAt") && keys.contains("message")
                && (keys.contains("id") || keys.contains("tinyId"))
                && keys.stream().anyMatch(INCIDENT_KEYS::contains)
                && keys.stream().noneMatch(ALERT_ONLY_KEYS::contains);
    }

    private static Detection notIncidents(JsonHead shape) {
        return new Detection(0, "no Opsgenie incidents in it (" + shape.describe() + ")");
    }

    @Override
    public void parse(InputStream in, String fileName, ParseSink sink) throws IOException {
        reader.read(in, fileName, sink);
    }
}
