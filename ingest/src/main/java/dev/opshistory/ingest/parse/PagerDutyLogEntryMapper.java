package dev.opshistory.ingest.parse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opshistory.ingest.parse.json.MappedRecord;
import dev.opshistory.ingest.parse.json.RecordContext;
import dev.opshistory.ingest.parse.json.RecordHandler;
import dev.opshistory.ingest.parse.json.RecordProblem;
import dev.opshistory.ingest.parse.json.RecordView;
import dev.opshistory.ingest.parse.json.RunbookLinks;
import dev.opshistory.model.Enrichment;
import dev.opshistory.model.EnrichmentType;
import java.time.Instant;
import java.util.List;

/**
 * Maps one PagerDuty log entry ({@code FIELD_REFERENCE.md} §3) to an enrichment of its incident:
 * <ul>
 *   <li>type: {@link PagerDutyLogEntryTypes}; a type PagerDuty does not define rejects the record;</li>
 *   <li>at ← {@code created_at}; agent ← {@code agent.summary} (else name, e-mail, id); channel ←
 *       {@code channel.type}; human: {@link PagerDutyRefs#isPerson};</li>
 *   <li>text ← {@code note} (annotations and resolve notes), else an annotation's {@code channel.summary},
 *       else {@code summary}, else {@code channel.summary};</li>
 *   <li>runbook ← a link in {@code contexts} or {@code channel.details} that names a runbook;</li>
 *   <li>incident ← {@code incident.id}, else the incident in the entry's {@code self} or {@code html_url}
 *       ({@code ?incident_id=…}, {@code /incidents/…/log_entries/…}), else the wrapping object's
 *       {@code incident_id} / {@code incident.id}, else the file name ({@code <incident-id>.log_entries.json},
 *       {@code <incident-id>.logs.json}, see {@link FileNameParent}); else the record is rejected.</li>
 * </ul>
 * Required: {@code id}, {@code type}, {@code created_at}.
 */
final class PagerDutyLogEntryMapper implements RecordHandler {

    static final List<String> FILE_WORDS = List.of("log_entries", "log-entries", "logentries", "logs");

    @Override
    public MappedRecord map(ObjectNode record, RecordContext context) throws RecordProblem {
        RecordView r = RecordView.of(record);
        String id = r.requiredText("id");
        String typeName = r.requiredText("type");
        String summary = r.text("summary");
        EnrichmentType type = PagerDutyLogEntryTypes.of(typeName, summary).orElseThrow(() ->
                new RecordProblem("type", "unknown log entry type '" + typeName + "' (not one of PagerDuty's 17)"));
        Instant at = r.requiredInstant("created_at");
        RecordView agent = r.object("agent");
        RecordView channel = r.object("channel");
        String channelType = channel == null ? null : channel.nonBlankText("type");

        String incidentId = incidentId(r, context);
        if (incidentId == null) {
            return context.parentNotFound("incident", "no parent incident: the log entry has no incident.id and the file"
                    + " name names none; name the file <incident-id>.log_entries.json");
        }

        String channelSummary = channel == null ? null : channel.nonBlankText("summary");
        String text = PagerDutyRefs.first(r.nonBlankText("note"),
                type == EnrichmentType.NOTE ? channelSummary : null, summary == null || summary.isBlank() ? null : summary,
                channelSummary);
        String runbook = PagerDutyRefs.first(RunbookLinks.fromContexts(r.raw("contexts")),
                channel == null ? null : RunbookLinks.find(channel.raw("details")));
        return MappedRecord.folded(new Enrichment(
                PagerDutyRefs.parentEventId(incidentId),
                type,
                id,
                at,
                PagerDutyRefs.name(agent),
                PagerDutyRefs.isPerson(agent, channelType),
                channelType,
                text,
                null,
                null,
                runbook,
                context.sourceFile()));
    }

    private static String incidentId(RecordView r, RecordContext context) throws RecordProblem {
        RecordView incident = r.object("incident");
        String id = incident == null ? null : incident.nonBlankText("id");
        if (id != null) {
            return id;
        }
        return PagerDutyRefs.first(PagerDutyRefs.incidentInUrl(r.nonBlankText("self")),
                PagerDutyRefs.incidentInUrl(r.nonBlankText("html_url")),
                PagerDutyRefs.incidentOfWrapperOrFile(context, FILE_WORDS));
    }
}
