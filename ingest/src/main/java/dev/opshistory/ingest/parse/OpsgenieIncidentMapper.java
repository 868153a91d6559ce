package dev.opshistory.ingest.parse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opshistory.ingest.parse.json.MappedRecord;
import dev.opshistory.ingest.parse.json.RecordContext;
import dev.opshistory.ingest.parse.json.RecordHandler;
import dev.opshistory.ingest.parse.json.RecordProblem;
import dev.opshistory.ingest.parse.json.RecordView;
import dev.opshistory.ingest.parse.json.RunbookLinks;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.Source;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Maps one Opsgenie incident ({@code GET /v1/incidents} item, {@code formats/opsgenie/FIELD_REFERENCE.md})
 * to an INCIDENT event of source OPSGENIE, id {@code opsgenie:incident:<id>}:
 * <ul>
 *   <li>{@code tinyId} → source number, {@code message} → title, {@code description}, {@code status},
 *       {@code priority}, {@code tags}, {@code createdAt}, {@code updatedAt}, {@code links.web} → html URL;</li>
 *   <li>resolved at: {@code impactEndDate}, but only once the status is {@code closed} or {@code resolved}
 *       (an open incident may already carry an impact end, as a real capture shows);
 *       {@code impactStartDate} is checked for its type but not kept: {@code createdAt} is the start;</li>
 *   <li>team: {@code ownerTeam} (a team id) when not blank, else the first team responder (name if given, else
 *       id); an id is named by the run's teams lookup ({@link TeamDirectory}) when it knows the id;
 *       queue: the first escalation or schedule responder;</li>
 *   <li>service: the first of {@code impactedServices} (service ids), else {@code serviceId}, named by a services
 *       list among the inputs ({@link TeamsLookup}) when there is one;</li>
 *   <li>runbook: a runbook link in {@code extraProperties}.</li>
 * </ul>
 * Opsgenie says nothing about who acknowledged or closed an incident, so those stay null.
 * Required: {@code id} and {@code createdAt}.
 */
final class OpsgenieIncidentMapper implements RecordHandler {

    private static final Set<String> CLOSED = Set.of("closed", "resolved");

    @Override
    public MappedRecord map(ObjectNode record, RecordContext context) throws RecordProblem {
        return MappedRecord.event(map(record, context.sourceFile(), context.teams()));
    }

    CanonicalEvent map(ObjectNode record, String sourceFile, TeamDirectory teams) throws RecordProblem {
        RecordView r = RecordView.of(record);
        String id = r.requiredText("id");
        Instant createdAt = r.requiredInstant("createdAt");
        String status = r.nonBlankText("status");
        r.instant("impactStartDate"); // read only to reject a malformed value; createdAt is the start
        Instant impactEnd = r.instant("impactEndDate");
        boolean closed = status != null && CLOSED.contains(status.toLowerCase(Locale.ROOT));
        List<RecordView> responders = r.objects("responders");
        List<String> services = r.strings("impactedServices");
        RecordView links = r.object("links");
        RecordView extra = r.object("extraProperties");

        return CanonicalEvent.builder()
                .kind(EventKind.INCIDENT)
                .source(Source.OPSGENIE)
                .sourceId(id)
                .sourceNumber(r.nonBlankText("tinyId"))
                .title(r.text("message"))
                .description(r.text("description"))
                .service(teams.serviceNameOf(
                        services.stream().filter(s -> !s.isBlank()).findFirst().orElse(r.nonBlankText("serviceId"))))
                .team(team(r, responders, teams))
                .queue(OpsgenieResponders.firstOfType(responders, Set.of("escalation", "schedule")))
                .priority(r.nonBlankText("priority"))
                .status(status)
                .createdAt(createdAt)
                .updatedAt(r.instant("updatedAt"))
                .resolvedAt(closed ? impactEnd : null)
                .tags(r.strings("tags"))
                .runbookUrl(extra == null ? null : RunbookLinks.find(extra.json()))
                .htmlUrl(links == null ? null : links.nonBlankText("web"))
                .sourceFile(sourceFile)
                .truncated(r.truncated())
                .build();
    }

    /**
     * The owner team, else the first team responder. Both are read (a wrong type in either rejects the record), but
     * only the id used is looked up, so that the count of ids without a name is true.
     */
    private static String team(RecordView r, List<RecordView> responders, TeamDirectory teams) throws RecordProblem {
        String owner = r.nonBlankText("ownerTeam");
        String responder = OpsgenieResponders.firstOfType(responders, Set.of("team"),
                owner == null ? teams::nameOf : UnaryOperator.identity());
        return owner != null ? teams.nameOf(owner) : responder;
    }
}
