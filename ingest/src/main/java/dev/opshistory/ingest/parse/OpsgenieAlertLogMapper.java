package dev.opshistory.ingest.parse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opshistory.ingest.parse.json.MappedRecord;
import dev.opshistory.ingest.parse.json.RecordContext;
import dev.opshistory.ingest.parse.json.RecordHandler;
import dev.opshistory.ingest.parse.json.RecordProblem;
import dev.opshistory.ingest.parse.json.RecordView;
import dev.opshistory.model.Enrichment;
import dev.opshistory.model.Source;
import java.time.Instant;
import java.util.Set;

/**
 * Maps one alert log line to an enrichment of its alert: Opsgenie {@code GET /v2/alerts/{id}/logs} items
 * ({@code log, type, owner, createdAt, offset}) and JSM {@code GET /v1/alerts/{id}/logs} items
 * ({@code log, logType, owner, logTime}). Type ← the {@code log} text ({@link OpsgenieLogText}); at ←
 * {@code createdAt} | {@code logTime}; agent ← {@code owner} (a person when an e-mail address, not when
 * "System" or an integration: {@link OpsgenieActors}); channel ← "via X" in the text; text ← {@code log};
 * source id ← {@code offset} (JSM logs have none). Parent: {@link OpsgenieParent}; else a reject.
 * Required: {@code createdAt} or {@code logTime}.
 */
final class OpsgenieAlertLogMapper implements RecordHandler {

    static final Set<String> JSM_ONLY_KEYS = Set.of("logTime", "logType");

    @Override
    public MappedRecord map(ObjectNode record, RecordContext context) throws RecordProblem {
        RecordView r = RecordView.of(record);
        Instant at = r.has("createdAt") || !r.has("logTime") ? r.requiredInstant("createdAt") : r.instant("logTime");
        String log = r.text("log");
        String owner = r.nonBlankText("owner");
        String offset = r.nonBlankText("offset");

        String alertId = OpsgenieParent.alertId(context, "logs");
        if (alertId == null) {
            return context.parentNotFound(null, "no parent alert: name the file <alert-id>.logs.json");
        }
        Source source = OpsgenieParent.source(record, context, JSM_ONLY_KEYS);
        return MappedRecord.folded(new Enrichment(
                OpsgenieParent.parentEventId(source, alertId),
                OpsgenieLogText.type(log),
                offset,
                at,
                owner,
                OpsgenieActors.isPerson(owner),
                OpsgenieLogText.channel(log),
                log,
                null,
                null,
                null,
                context.sourceFile()));
    }
}
