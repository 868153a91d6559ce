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
 * Maps one alert grouped into a PagerDuty incident ({@code FIELD_REFERENCE.md} §2) to an ALERT enrichment
 * of that incident: at ← {@code created_at}; alert key ← {@code alert_key}; severity ← {@code severity};
 * runbook ← {@code body.details} (a URL under a runbook/playbook/wiki key, or whose text names one; see
 * {@link RunbookLinks}), else a {@code body.contexts} link named so; agent ← {@code integration.summary}
 * (what sent it); text ← {@code summary}.
 *
 * <p>Incident ← {@code incident.id}, else the incident in the alert's {@code self} URL
 * ({@code /incidents/{id}/alerts/…}), else the wrapping object's {@code incident_id} / {@code incident.id},
 * else the file name ({@code <incident-id>.alerts.json}…, see {@link FileNameParent}); else a reject.
 * Required: {@code id}, {@code created_at}.
 */
final class PagerDutyIncidentAlertMapper implements RecordHandler {

    static final List<String> FILE_WORDS = List.of("alerts");

    @Override
    public MappedRecord map(ObjectNode record, RecordContext context) throws RecordProblem {
        RecordView r = RecordView.of(record);
        String id = r.requiredText("id");
        Instant at = r.requiredInstant("created_at");
        String summary = r.text("summary");
        RecordView body = r.object("body");
        RecordView integration = r.object("integration");

        RecordView incident = r.object("incident");
        String incidentId = PagerDutyRefs.first(incident == null ? null : incident.nonBlankText("id"),
                PagerDutyRefs.incidentInUrl(r.nonBlankText("self")),
                PagerDutyRefs.incidentOfWrapperOrFile(context, FILE_WORDS));
        if (incidentId == null) {
            return context.parentNotFound("incident", "no parent incident: the alert has no incident.id and the file"
                    + " name names none; name the file <incident-id>.alerts.json");
        }
        String runbook = body == null ? null
                : PagerDutyRefs.first(RunbookLinks.find(body.raw("details")), RunbookLinks.fromContexts(body.raw("contexts")));
        return MappedRecord.folded(new Enrichment(
                PagerDutyRefs.parentEventId(incidentId),
                EnrichmentType.ALERT,
                id,
                at,
                PagerDutyRefs.name(integration),
                null,
                null,
                summary,
                r.nonBlankText("alert_key"),
                r.nonBlankText("severity"),
                runbook,
                context.sourceFile()));
    }
}
