package dev.opshistory.ingest.parse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opshistory.ingest.parse.json.MappedRecord;
import dev.opshistory.ingest.parse.json.RecordContext;
import dev.opshistory.ingest.parse.json.RecordHandler;
import dev.opshistory.ingest.parse.json.RecordProblem;
import dev.opshistory.ingest.parse.json.RecordView;
import dev.opshistory.model.Enrichment;
import dev.opshistory.model.EnrichmentType;
import dev.opshistory.model.Source;
import java.time.Instant;
import java.util.Set;

/**
 * Maps one alert note to a NOTE enrichment of its alert: Opsgenie {@code GET /v2/alerts/{id}/notes} items
 * ({@code note, owner, createdAt, offset}) and JSM {@code GET /v1/alerts/{id}/notes} items
 * ({@code id, note, owner, createdAt, updatedAt}). Agent ← {@code owner} ({@link OpsgenieActors} says whether a
 * person); text ← {@code note}; source id ← {@code id} | {@code offset}. Parent: {@link OpsgenieParent}; else a
 * reject. Required: {@code createdAt}.
 */
final class OpsgenieAlertNoteMapper implements RecordHandler {

    /** JSM replaced Opsgenie's per-note {@code offset} with {@code id} and added {@code updatedAt}. */
    static final Set<String> JSM_ONLY_KEYS = Set.of("updatedAt");

    @Override
    public MappedRecord map(ObjectNode record, RecordContext context) throws RecordProblem {
        RecordView r = RecordView.of(record);
        Instant at = r.requiredInstant("createdAt");
        String note = r.text("note");
        String owner = r.nonBlankText("owner");
        String id = r.has("id") ? r.nonBlankText("id") : r.nonBlankText("offset");

        String alertId = OpsgenieParent.alertId(context, "notes");
        if (alertId == null) {
            return context.parentNotFound(null, "no parent alert: name the file <alert-id>.notes.json");
        }
        Source source = OpsgenieParent.source(record, context, JSM_ONLY_KEYS);
        return MappedRecord.folded(new Enrichment(
                OpsgenieParent.parentEventId(source, alertId),
                EnrichmentType.NOTE,
                id,
                at,
                owner,
                OpsgenieActors.isPerson(owner),
                null,
                note,
                null,
                null,
                null,
                context.sourceFile()));
    }
}
