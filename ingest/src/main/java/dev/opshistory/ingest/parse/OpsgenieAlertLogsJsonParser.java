package dev.opshistory.ingest.parse;

import dev.opshistory.ingest.parse.json.EnvelopeKeys;
import dev.opshistory.ingest.parse.json.JsonRecordReader;
import java.io.IOException;
import java.io.InputStream;
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
public final class OpsgenieAlertLogsJsonParser implements ExportParser {

    public static final String FORMAT = "opsgenie-alert-logs-json";

    private final JsonRecordReader reader = new JsonRecordReader(
            new EnvelopeKeys(Set.of("data", "values"), Set.of()), new OpsgenieAlertLogMapper());

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Detection detect(String fileName, String head) {
        return OpsgenieFoldedDetection.detect(fileName, head, "alert logs", "logs", OpsgenieAlertLogsJsonParser::looksLikeLog);
    }

    static boolean looksLikeLog(Set<String> keys) {
        return keys.contains("log") && (keys.contains("createdAt") || keys.contains("logTime")) && !keys.contains("message");
    }

    @Override
    public void parse(InputStream in, String fileName, ParseSink sink) throws IOException {
        reader.read(in, fileName, sink);
    }
}
