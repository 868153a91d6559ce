package dev.opshistory.ingest.parse;

import dev.opshistory.ingest.parse.json.EnvelopeKeys;
import dev.opshistory.ingest.parse.json.JsonHead;
import dev.opshistory.ingest.parse.json.JsonRecordReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * The alerts grouped into PagerDuty incidents, as JSON: {@code GET /incidents/{id}/alerts}
 * ({@code {"alerts":[…],"limit","offset","more"}}), {@code GET /incidents/{id}/alerts/{alert_id}}
 * ({@code {"alert":{…}}}), a bare alert, a bare array and NDJSON. Each alert is folded into its incident
 * (alert count, alert keys, highest severity, runbook links), never counted as an alert of its own; see
 * {@link PagerDutyIncidentAlertMapper}.
 *
 * <p>Detection: the first record's {@code type} is {@code alert}, or it has {@code alert_key} and
 * {@code created_at} with {@code severity}, {@code incident}, {@code body} or {@code suppressed}.
 */
public final class PagerDutyIncidentAlertsJsonParser implements ExportParser {

    public static final String FORMAT = "pagerduty-incident-alerts-json";

    private static final Set<String> ALERT_KEYS = Set.of("severity", "incident", "body", "suppressed");

    private final JsonRecordReader reader = new JsonRecordReader(
            new EnvelopeKeys(Set.of("alerts"), Set.of("alert")), new PagerDutyIncidentAlertMapper());

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Detection detect(String fileName, String head) {
        JsonHead shape = JsonHead.of(head);
        if (shape.root() == JsonHead.Root.ARRAY) {
            return looksLikeAlert(shape, JsonHead.ROOT_ARRAY)
                    ? Detection.yes(90, "JSON array of PagerDuty incident alerts") : notAlerts(shape);
        }
        if (shape.root() != JsonHead.Root.OBJECT) {
            return notAlerts(shape);
        }
        if (shape.rootKeys().contains("alerts")) {
            if (looksLikeAlert(shape, "alerts")) {
                return Detection.yes(100, "PagerDuty incident alerts list envelope (GET /incidents/{id}/alerts)");
            }
            if (shape.isEmptyArray("alerts") && shape.rootKeys().contains("more")) {
                return Detection.yes(60, "empty PagerDuty incident alerts list envelope");
            }
        }
        if (shape.rootKeys().contains("alert") && looksLikeAlert(shape, "alert")) {
            return Detection.yes(100, "single PagerDuty incident alert (GET /incidents/{id}/alerts/{alert_id})");
        }
        if (looksLikeAlert(shape, JsonHead.ROOT_OBJECT)) {
            return shape.hasSeveralValues()
                    ? Detection.yes(90, "NDJSON of PagerDuty incident alerts")
                    : Detection.yes(80, "bare PagerDuty incident alert object");
        }
        return notAlerts(shape);
    }

    private static boolean looksLikeAlert(JsonHead shape, String holder) {
        Set<String> keys = JsonHead.ROOT_OBJECT.equals(holder) ? shape.rootKeys() : shape.recordKeys(holder);
        if (!keys.contains("created_at") || !keys.contains("id")) {
            return false;
        }
        String type = shape.recordText(holder, "type");
        return "alert".equals(type)
                || (type == null && keys.contains("alert_key") && keys.stream().anyMatch(ALERT_KEYS::contains));
    }

    private static Detection notAlerts(JsonHead shape) {
        return new Detection(0, "no PagerDuty incident alerts in it (" + shape.describe() + ")");
    }

    @Override
    public void parse(InputStream in, String fileName, ParseSink sink) throws IOException {
        reader.read(in, fileName, sink);
    }
}
