package dev.opshistory.ingest.parse;

import dev.opshistory.ingest.parse.json.EnvelopeKeys;
import dev.opshistory.ingest.parse.json.JsonHead;
import dev.opshistory.ingest.parse.json.JsonRecordReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * PagerDuty log entries as JSON: {@code GET /log_entries} and {@code GET /incidents/{id}/log_entries}
 * ({@code {"log_entries":[…],"limit","offset","more"}}), {@code GET /log_entries/{id}} ({@code {"log_entry":{…}}}),
 * a bare entry, a bare array and NDJSON. Each entry is folded into its incident as an enrichment
 * (acknowledge and resolve times and agents, escalations, notes, notifications); see
 * {@link PagerDutyLogEntryMapper}.
 *
 * <p>Detection: the first record's {@code type} ends in {@code _log_entry} (or {@code _log_entry_reference})
 * and it has {@code created_at}. Incidents, alerts and notes carry no such type.
 */
public final class PagerDutyLogEntriesJsonParser implements ExportParser {

    public static final String FORMAT = "pagerduty-log-entries-json";

    private final JsonRecordReader reader = new JsonRecordReader(
            new EnvelopeKeys(Set.of("log_entries"), Set.of("log_entry")), new PagerDutyLogEntryMapper());

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Detection detect(String fileName, String head) {
        JsonHead shape = JsonHead.of(head);
        if (shape.root() == JsonHead.Root.ARRAY) {
            return looksLikeLogEntry(shape, JsonHead.ROOT_ARRAY)
                    ? Detection.yes(90, "JSON array of PagerDuty log entries") : notLogEntries(shape);
        }
        if (shape.root() != JsonHead.Root.OBJECT) {
            return notLogEntries(shape);
        }
        if (shape.rootKeys().contains("log_entries")) {
            if (looksLikeLogEntry(shape, "log_entries")) {
                return Detection.yes(100, "PagerDuty log entries list envelope (GET /log_entries, /incidents/{id}/log_entries)");
            }
            if (shape.isEmptyArray("log_entries")) {
                return Detection.yes(60, "empty PagerDuty log entries list envelope");
            }
        }
        if (shape.rootKeys().contains("log_entry") && looksLikeLogEntry(shape, "log_entry")) {
            return Detection.yes(100, "single PagerDuty log entry (GET /log_entries/{id})");
        }
        if (looksLikeLogEntry(shape, JsonHead.ROOT_OBJECT)) {
            return shape.hasSeveralValues()
                    ? Detection.yes(90, "NDJSON of PagerDuty log entries")
                    : Detection.yes(80, "bare PagerDuty log entry object");
        }
        return notLogEntries(shape);
    }

    private static boolean looksLikeLogEntry(JsonHead shape, String holder) {
        Set<String> keys = JsonHead.ROOT_OBJECT.equals(holder) ? shape.rootKeys() : shape.recordKeys(holder);
        return keys.contains("created_at")
                && PagerDutyLogEntryTypes.looksLikeLogEntryType(shape.recordText(holder, "type"));
    }

    private static Detection notLogEntries(JsonHead shape) {
        return new Detection(0, "no PagerDuty log entries in it (" + shape.describe() + ")");
    }

    @Override
    public void parse(InputStream in, String fileName, ParseSink sink) throws IOException {
        reader.read(in, fileName, sink);
    }
}
