package dev.opshistory.ingest.parse;

import dev.opshistory.ingest.parse.json.JsonExportParser;
import dev.opshistory.ingest.parse.json.JsonHead;
import dev.opshistory.ingest.parse.json.JsonShape;
import java.util.Set;

/**
 * Prometheus Alertmanager webhook notifications as JSON ({@code formats/jsm/FIELD_REFERENCE.md}, Appendix A): one
 * version 4 payload ({@code {"version":"4","groupKey",…,"alerts":[…]}}) per file, a JSON array of payloads, or
 * NDJSON with one payload per line, as webhook receivers log them. Each element of {@code alerts} is one record and
 * becomes one ALERT event of source ALERTMANAGER; see {@link AlertmanagerAlertMapper}. The same alert notified
 * again (repeat interval, then resolved) gives the same event id each time; the resolved version wins downstream.
 *
 * <p>Detection: a payload has {@code alerts} and its first alert has {@code startsAt} and {@code labels} (and
 * {@code fingerprint} since Alertmanager 0.19); in an array, its first element has {@code alerts} and {@code version} or {@code groupKey}. A
 * payload whose {@code alerts} is empty is claimed with a low score when it has {@code groupKey} or
 * {@code receiver}. PagerDuty's {@code GET /incidents/{id}/alerts} also wraps its records in {@code alerts}, but
 * they have none of these keys.
 */
public final class AlertmanagerWebhookJsonParser extends JsonExportParser {

    public static final String FORMAT = "alertmanager-webhook-json";

    private static final String ALERTS = "alerts";
    /** An alert's own keys; {@code fingerprint} too since Alertmanager 0.19, so it is not required. */
    private static final Set<String> ALERT_KEYS = Set.of("startsAt", "labels");
    private static final Set<String> PAYLOAD_KEYS = Set.of("version", "groupKey");

    private static final JsonShape SHAPE = JsonShape.of("Alertmanager webhook payloads",
                    "bare Alertmanager webhook payload", AlertmanagerWebhookJsonParser::looksLikeWebhook)
            .list(ALERTS, "Alertmanager webhook payload (alerts with startsAt and labels, as Alertmanager and Grafana alerting send them)")
            .empty(60, "Alertmanager webhook payload without alerts", (fileName, head) -> head.isEmptyArray(ALERTS)
                    && (head.rootKeys().contains("groupKey") || head.rootKeys().contains("receiver")))
            .envelopesInArrays();

    public AlertmanagerWebhookJsonParser() {
        super(FORMAT, SHAPE, new AlertmanagerAlertMapper());
    }

    private static boolean looksLikeWebhook(JsonHead head, String holder) {
        Set<String> keys = head.keysAt(holder);
        if (JsonHead.ROOT_ARRAY.equals(holder)) {
            return keys.contains(ALERTS) && keys.stream().anyMatch(PAYLOAD_KEYS::contains);
        }
        return ALERTS.equals(holder) && keys.containsAll(ALERT_KEYS);
    }
}
