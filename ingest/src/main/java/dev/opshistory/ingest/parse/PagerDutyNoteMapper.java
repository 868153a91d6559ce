package dev.opshistory.ingest.parse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opshistory.ingest.parse.json.MappedRecord;
import dev.opshistory.ingest.parse.json.RecordContext;
import dev.opshistory.ingest.parse.json.RecordHandler;
import dev.opshistory.ingest.parse.json.RecordProblem;
import dev.opshistory.ingest.parse.json.RecordView;
import dev.opshistory.model.Enrichment;
import dev.opshistory.model.EnrichmentType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Maps one PagerDuty incident note ({@code GET /incidents/{id}/notes} item: {@code id}, {@code user},
 * {@code channel}, {@code content}, {@code created_at}) to a NOTE enrichment of its incident: agent ←
 * {@code user.summary}; human unless the user is a bot ({@code bot_user_reference}, as event rules write
 * notes); channel ← {@code channel.type} without {@code _reference}; text ← {@code content}.
 *
 * <p>A note does not name its incident. The parent is the wrapping object's {@code incident_id} or
 * {@code incident.id}, else the file name: {@code <incident-id>.notes.json}, {@code <incident-id>_notes.json},
 * {@code <incident-id>-notes.json}, {@code notes-<incident-id>.json}, {@code notes_<incident-id>.json} or
 * {@code notes.<incident-id>.json} (also {@code .ndjson}, {@code .jsonl}; see {@link FileNameParent}), else the
 * note is rejected. Required: {@code created_at}.
 */
final class PagerDutyNoteMapper implements RecordHandler {

    static final List<String> FILE_WORDS = List.of("notes");

    @Override
    public MappedRecord map(ObjectNode record, RecordContext context) throws RecordProblem {
        RecordView r = RecordView.of(record);
        String id = r.nonBlankText("id");
        Instant at = r.requiredInstant("created_at");
        RecordView user = r.object("user");
        RecordView channel = r.object("channel");
        String content = r.text("content");

        String incidentId = PagerDutyRefs.incidentOfWrapperOrFile(context, FILE_WORDS);
        if (incidentId == null) {
            return context.parentNotFound(null, "no parent incident: name the file <incident-id>.notes.json");
        }
        String userType = user == null ? null : user.nonBlankText("type");
        String channelType = channel == null ? null : channel.nonBlankText("type");
        return MappedRecord.folded(new Enrichment(
                PagerDutyRefs.parentEventId(incidentId),
                EnrichmentType.NOTE,
                id,
                at,
                PagerDutyRefs.name(user),
                userType == null || !userType.toLowerCase(Locale.ROOT).contains("bot"),
                channelType == null ? null : channelType.replaceFirst("_reference$", ""),
                content,
                null,
                null,
                null,
                context.sourceFile()));
    }
}
