package dev.opshistory.ingest.parse;

import dev.opshistory.ingest.parse.json.JsonExportParser;
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
public final class OpsgenieAlertNotesJsonParser extends JsonExportParser {

    public static final String FORMAT = "opsgenie-alert-notes-json";

    public OpsgenieAlertNotesJsonParser() {
        super(FORMAT, OpsgenieFoldedShape.of("alert notes", "notes", OpsgenieAlertNotesJsonParser::looksLikeNote),
                new OpsgenieAlertNoteMapper());
    }

    static boolean looksLikeNote(Set<String> keys) {
        return keys.contains("note") && keys.contains("createdAt") && !keys.contains("message") && !keys.contains("log");
    }
}
