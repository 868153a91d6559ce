package dev.opshistory.ingest.parse;

import dev.opshistory.ingest.parse.json.EnvelopeKeys;
import dev.opshistory.ingest.parse.json.JsonRecordReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * Opsgenie and Jira Service Management alert notes as JSON: Opsgenie {@code GET /v2/alerts/{id}/notes}
 * ({@code {"data":[…],"paging":…}}), JSM {@code GET /v1/alerts/{id}/notes} ({@code {"values":[…],"links":…}}),
 * a bare array and NDJSON. Each note is folded into its alert, named by the wrapper's paging link or the file
 * name ({@code <alert-id>.notes.json}); see {@link OpsgenieAlertNoteMapper} and {@link OpsgenieParent}.
 *
 * <p>Detection: the first record has {@code note} and {@code createdAt}, and neither {@code message} nor
 * {@code log}.
 */
public final class OpsgenieAlertNotesJsonParser implements ExportParser {

    public static final String FORMAT = "opsgenie-alert-notes-json";

    private final JsonRecordReader reader = new JsonRecordReader(
            new EnvelopeKeys(Set.of("data", "values"), Set.of()), new OpsgenieAlertNoteMapper());

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Detection detect(String fileName, String head) {
        return OpsgenieFoldedDetection.detect(fileName, head, "alert notes", "notes", OpsgenieAlertNotesJsonParser::looksLikeNote);
    }

    static boolean looksLikeNote(Set<String> keys) {
        return keys.contains("note") && keys.contains("createdAt") && !keys.contains("message") && !keys.contains("log");
    }

    @Override
    public void parse(InputStream in, String fileName, ParseSink sink) throws IOException {
        reader.read(in, fileName, sink);
    }
}
