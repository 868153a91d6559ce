package dev.opshistory.ingest.parse;

import dev.opshistory.ingest.parse.json.EnvelopeKeys;
import dev.opshistory.ingest.parse.json.JsonHead;
import dev.opshistory.ingest.parse.json.JsonRecordReader;
import java.io.IOException;
import java.io.InputStream;
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
public final class PagerDutyNotesJsonParser implements ExportParser {

    public static final String FORMAT = "pagerduty-notes-json";

    private final JsonRecordReader reader = new JsonRecordReader(
            new EnvelopeKeys(Set.of("notes"), Set.of("note")), new PagerDutyNoteMapper());

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Detection detect(String fileName, String head) {
        JsonHead shape = JsonHead.of(head);
        if (shape.root() == JsonHead.Root.ARRAY) {
            return looksLikeNote(shape.recordKeys(JsonHead.ROOT_ARRAY))
                    ? Detection.yes(90, "JSON array of PagerDuty notes") : notNotes(shape);
        }
        if (shape.root() != JsonHead.Root.OBJECT) {
            return notNotes(shape);
        }
        if (shape.rootKeys().contains("notes")) {
            if (looksLikeNote(shape.recordKeys("notes"))) {
                return Detection.yes(100, "PagerDuty incident notes list envelope (GET /incidents/{id}/notes)");
            }
            if (shape.isEmptyArray("notes")) {
                return Detection.yes(60, "empty PagerDuty incident notes list envelope");
            }
        }
        if (shape.rootKeys().contains("note") && looksLikeNote(shape.recordKeys("note"))) {
            return Detection.yes(100, "single PagerDuty incident note");
        }
        if (looksLikeNote(shape.rootKeys())) {
            return shape.hasSeveralValues()
                    ? Detection.yes(90, "NDJSON of PagerDuty notes")
                    : Detection.yes(80, "bare PagerDuty note object");
        }
        return notNotes(shape);
    }

    static boolean looksLikeNote(Set<String> keys) {
        return keys.contains("content") && keys.contains("created_at")
                && (keys.contains("user") || keys.contains("channel")) && !keys.contains("type");
    }

    private static Detection notNotes(JsonHead shape) {
        return new Detection(0, "no PagerDuty notes in it (" + shape.describe() + ")");
    }

    @Override
    public void parse(InputStream in, String fileName, ParseSink sink) throws IOException {
        reader.read(in, fileName, sink);
    }
}
