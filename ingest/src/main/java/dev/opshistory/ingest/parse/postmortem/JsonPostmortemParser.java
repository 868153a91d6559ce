package dev.opshistory.ingest.parse.postmortem;

import dev.opshistory.ingest.parse.Detection;
import dev.opshistory.ingest.parse.ExportParser;
import dev.opshistory.ingest.parse.ParseSink;
import dev.opshistory.ingest.parse.json.EnvelopeKeys;
import dev.opshistory.ingest.parse.json.JsonHead;
import dev.opshistory.ingest.parse.json.JsonRecordReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * Postmortems as JSON: one object, an array, NDJSON (as {@code inspect} writes them), or a
 * {@code {"postmortems":[…]}} envelope; see {@link JsonPostmortemMapper} for the fields. Streams through
 * {@link JsonRecordReader}: one record in memory at a time, a bad record is one reject with its position.
 *
 * <p>Detection takes a record whose {@code kind} is POSTMORTEM, or which has a {@code postmortem} object, or
 * flat postmortem-only fields ({@code root_cause}, {@code action_items}, {@code incident_refs},
 * {@code lessons}); never a record carrying PagerDuty or Opsgenie/JSM keys ({@code incident_number},
 * {@code tinyId}, {@code alias}, {@code escalation_policy}…), whose {@code summary} or {@code impact} mean
 * something else.
 */
public final class JsonPostmortemParser implements ExportParser {

    public static final String FORMAT = "postmortem-json";

    private static final Set<String> STRONG_FIELDS = Set.of("root_cause", "action_items", "incident_refs", "lessons");
    private static final Set<String> VENDOR_KEYS = Set.of("incident_number", "tinyId", "tiny_id", "alias", "escalation_policy",
            "alert_counts", "integration", "log_entries", "incident_key", "impactStartDate", "ownerTeamId", "responders",
            "lastOccurredAt", "lastOccuredAt", "agent", "channel", "seconds_to_resolve");

    private final JsonRecordReader reader = new JsonRecordReader(
            new EnvelopeKeys(Set.of("postmortems"), Set.of()), new JsonPostmortemMapper());

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Detection detect(String fileName, String head) {
        JsonHead shape = JsonHead.of(head);
        switch (shape.root()) {
            case OBJECT -> {
                if (shape.rootKeys().contains("postmortems") && shape.isArray("postmortems")) {
                    return looksLikePostmortem(shape.recordKeys("postmortems"), null, null)
                            ? Detection.yes(100, "postmortems list envelope")
                            : shape.isEmptyArray("postmortems") ? Detection.yes(60, "empty postmortems list envelope")
                            : notPostmortems(shape);
                }
                if (looksLikePostmortem(shape.rootKeys(), shape.recordKeys("postmortem"), shape.recordText(JsonHead.ROOT_OBJECT, "kind"))) {
                    return shape.hasSeveralValues() ? Detection.yes(90, "NDJSON of postmortems")
                            : Detection.yes(80, "one JSON postmortem");
                }
                return notPostmortems(shape);
            }
            case ARRAY -> {
                return looksLikePostmortem(shape.recordKeys(JsonHead.ROOT_ARRAY), null, shape.recordText(JsonHead.ROOT_ARRAY, "kind"))
                        ? Detection.yes(90, "JSON array of postmortems") : notPostmortems(shape);
            }
            default -> {
                return notPostmortems(shape);
            }
        }
    }

    private static Detection notPostmortems(JsonHead shape) {
        return new Detection(0, "no postmortems in it (" + shape.describe() + ")");
    }

    private static boolean looksLikePostmortem(Set<String> keys, Set<String> nested, String kind) {
        if (keys.stream().anyMatch(VENDOR_KEYS::contains)) {
            return false;
        }
        if ("POSTMORTEM".equalsIgnoreCase(kind)) {
            return true;
        }
        if (keys.contains("postmortem") && (nested == null || nested.isEmpty()
                || nested.stream().anyMatch(JsonPostmortemMapper.FIELDS::contains))) {
            return kind == null;
        }
        return keys.stream().anyMatch(STRONG_FIELDS::contains);
    }

    @Override
    public void parse(InputStream in, String fileName, ParseSink sink) throws IOException {
        reader.read(in, fileName, sink);
    }
}
