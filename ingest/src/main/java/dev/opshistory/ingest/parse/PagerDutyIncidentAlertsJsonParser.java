package dev.opshistory.ingest.parse;

import dev.opshistory.ingest.parse.json.JsonExportParser;
import dev.opshistory.ingest.parse.json.JsonHead;
import dev.opshistory.ingest.parse.json.JsonShape;
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
public final class PagerDutyIncidentAlertsJsonParser extends JsonExportParser {

    public static final String FORMAT = "pagerduty-incident-alerts-json";

    private static final Set<String> ALERT_KEYS = Set.of("severity", "incident", "body", "suppressed");

    private static final JsonShape SHAPE = JsonShape.of("PagerDuty incident alerts", "bare PagerDuty incident alert object",
                    PagerDutyIncidentAlertsJsonParser::looksLikeAlert)
            .list("alerts", "PagerDuty incident alerts list envelope (GET /incidents/{id}/alerts)")
            .empty(60, "empty PagerDuty incident alerts list envelope",
                    (fileName, head) -> head.isEmptyArray("alerts") && head.rootKeys().contains("more"))
            .single("alert", "single PagerDuty incident alert (GET /incidents/{id}/alerts/{alert_id})");

    public PagerDutyIncidentAlertsJsonParser() {
        super(FORMAT, SHAPE, new PagerDutyIncidentAlertMapper());
    }

    private static boolean looksLikeAlert(JsonHead shape, String holder) {
        Set<String> keys = shape.keysAt(holder);
        if (!keys.contains("created_at") || !keys.contains("id")) {
            return false;
        }
        String type = shape.recordText(holder, "type");
        return "alert".equals(type)
                || (type == null && keys.contains("alert_key") && keys.stream().anyMatch(ALERT_KEYS::contains));
    }
}
