package dev.opshistory.ingest.parse;

import dev.opshistory.ingest.parse.json.JsonExportParser;
import dev.opshistory.ingest.parse.json.JsonShape;
import java.util.Set;

/**
 * PagerDuty incident notes as JSON: {@code GET /incidents/{id}/notes} ({@code {"notes":[…]}}), the
 * {@code {"note":{…}}} answer of {@code POST /incidents/{id}/notes}, a bare note, a bare array and NDJSON.
 * Each note is folded into its incident, which the file name or wrapper must name; see
 * {@link PagerDutyNoteMapper} for the accepted file names.
 *
 * <p>Detection: the first record has {@code content} and {@code created_at}, plus {@code user} or
 * {@code channel}, and no {@code type} (log entries, incidents and alerts all have one).
 */
public final class PagerDutyNotesJsonParser extends JsonExportParser {

    public static final String FORMAT = "pagerduty-notes-json";

    private static final JsonShape SHAPE = JsonShape.ofKeys("PagerDuty notes", "bare PagerDuty note object",
                    PagerDutyNotesJsonParser::looksLikeNote)
            .list("notes", "PagerDuty incident notes list envelope (GET /incidents/{id}/notes)")
            .empty(60, "empty PagerDuty incident notes list envelope", (fileName, head) -> head.isEmptyArray("notes"))
            .single("note", "single PagerDuty incident note");

    public PagerDutyNotesJsonParser() {
        super(FORMAT, SHAPE, new PagerDutyNoteMapper());
    }

    static boolean looksLikeNote(Set<String> keys) {
        return keys.contains("content") && keys.contains("created_at")
                && (keys.contains("user") || keys.contains("channel")) && !keys.contains("type");
    }
}
