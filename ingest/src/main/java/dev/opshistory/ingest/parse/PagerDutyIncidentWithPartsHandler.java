package dev.opshistory.ingest.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opshistory.ingest.parse.json.MappedRecord;
import dev.opshistory.ingest.parse.json.RecordContext;
import dev.opshistory.ingest.parse.json.RecordHandler;
import dev.opshistory.ingest.parse.json.RecordProblem;
import dev.opshistory.model.CanonicalEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * A PagerDuty incident ({@link PagerDutyIncidentMapper}) and the records a sync tool exports inside it: Singer's
 * tap-pagerduty (and the tools built on it, DevLake's raw tables among them) writes each incident with its
 * {@code log_entries} and {@code alerts}. Each is folded into the incident as it would be from a file of its own
 * ({@link PagerDutyLogEntryMapper}, {@link PagerDutyIncidentAlertMapper}), its parent this incident when it names
 * none; one that cannot be read is rejected on its own, the incident kept. A log entry beside the incidents, as a
 * sync tool's NDJSON of several streams interleaves them, folds into the incident it names.
 */
final class PagerDutyIncidentWithPartsHandler implements RecordHandler {

    /** The lists of records an incident may carry: its log entries, and the alerts grouped into it. */
    private static final List<String> PART_LISTS = List.of("log_entries", "alerts");

    private final PagerDutyIncidentMapper incidents = new PagerDutyIncidentMapper();
    private final PagerDutyLogEntryMapper logEntries = new PagerDutyLogEntryMapper();
    private final PagerDutyIncidentAlertMapper alerts = new PagerDutyIncidentAlertMapper();

    @Override
    public MappedRecord map(ObjectNode record, RecordContext context) throws RecordProblem {
        // a sync tool's NDJSON may interleave the incidents' log entries with them, each entry naming its incident
        JsonNode type = record.get("type");
        if (type != null && type.isTextual() && PagerDutyLogEntryTypes.looksLikeLogEntryType(type.asText())) {
            return logEntries.map(record, context);
        }
        CanonicalEvent incident = incidents.map(record, context.container(), context.sourceFile());
        List<MappedRecord.Part> parts = new ArrayList<>();
        // the incident as the parts' wrapper: a part that names no incident of its own belongs to this one
        ObjectNode parent = JsonNodeFactory.instance.objectNode().put("incident_id", incident.sourceId());
        RecordContext inside = new RecordContext(null, context.sourceFile(), parent, true, context.teams());
        for (String list : PART_LISTS) {
            JsonNode held = record.get(list);
            if (held == null || !held.isArray()) {
                continue;
            }
            for (int i = 0; i < held.size(); i++) {
                parts.add(part(list, i, held.get(i), inside));
            }
        }
        return parts.isEmpty() ? MappedRecord.event(incident) : new MappedRecord.EventWithParts(incident, parts);
    }

    private MappedRecord.Part part(String list, int index, JsonNode record, RecordContext inside) {
        String where = list + "[" + index + "]";
        if (!record.isObject()) {
            return new MappedRecord.Part(where, null, new RecordProblem(null, "a " + list + " entry that is not a JSON"
                    + " object"), record.toString());
        }
        try {
            MappedRecord mapped = ("alerts".equals(list) ? alerts : logEntries).map((ObjectNode) record, inside);
            if (mapped instanceof MappedRecord.Folded folded) {
                return new MappedRecord.Part(where, folded.enrichment(), null, null);
            }
            return new MappedRecord.Part(where, null, new RecordProblem(null, "not a record that folds into its"
                    + " incident"), record.toString());
        } catch (RecordProblem problem) {
            return new MappedRecord.Part(where, null, problem, record.toString());
        }
    }
}
