package dev.opshistory.ingest.parse;

import dev.opshistory.ingest.parse.json.JsonExportParser;
import dev.opshistory.ingest.parse.json.JsonHead;
import dev.opshistory.ingest.parse.json.JsonShape;

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
public final class PagerDutyLogEntriesJsonParser extends JsonExportParser {

    public static final String FORMAT = "pagerduty-log-entries-json";

    private static final JsonShape SHAPE = JsonShape.of("PagerDuty log entries", "bare PagerDuty log entry object",
                    PagerDutyLogEntriesJsonParser::looksLikeLogEntry)
            .list("log_entries", "PagerDuty log entries list envelope (GET /log_entries, /incidents/{id}/log_entries)")
            .empty(60, "empty PagerDuty log entries list envelope", (fileName, head) -> head.isEmptyArray("log_entries"))
            .single("log_entry", "single PagerDuty log entry (GET /log_entries/{id})");

    public PagerDutyLogEntriesJsonParser() {
        super(FORMAT, SHAPE, new PagerDutyLogEntryMapper());
    }

    private static boolean looksLikeLogEntry(JsonHead shape, String holder) {
        return shape.keysAt(holder).contains("created_at")
                && PagerDutyLogEntryTypes.looksLikeLogEntryType(shape.recordText(holder, "type"));
    }
}
