package dev.opshistory.ingest.parse;

import dev.opshistory.ingest.parse.json.JsonExportParser;
import java.util.Set;

/**
 * Opsgenie and Jira Service Management alert logs as JSON: Opsgenie {@code GET /v2/alerts/{id}/logs}
 * ({@code {"data":[…],"paging":…}}), JSM {@code GET /v1/alerts/{id}/logs} ({@code {"values":[…],"links":…}}),
 * a bare array and NDJSON. Each line is folded into its alert, named by the wrapper's paging link or the file
 * name ({@code <alert-id>.logs.json}); see {@link OpsgenieAlertLogMapper} and {@link OpsgenieParent}.
 *
 * <p>Detection: the first record has {@code log} and {@code createdAt} or {@code logTime}, and no
 * {@code message} (alerts and incidents have one).
 */
public final class OpsgenieAlertLogsJsonParser extends JsonExportParser {

    public static final String FORMAT = "opsgenie-alert-logs-json";

    public OpsgenieAlertLogsJsonParser() {
        super(FORMAT, OpsgenieFoldedShape.of("alert logs", "logs", OpsgenieAlertLogsJsonParser::looksLikeLog),
                new OpsgenieAlertLogMapper());
    }

    static boolean looksLikeLog(Set<String> keys) {
        return keys.contains("log") && (keys.contains("createdAt") || keys.contains("logTime")) && !keys.contains("message");
    }
}
