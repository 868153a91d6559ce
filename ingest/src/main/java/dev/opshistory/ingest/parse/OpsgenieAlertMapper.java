package dev.opshistory.ingest.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opshistory.ingest.parse.json.MappedRecord;
import dev.opshistory.ingest.parse.json.RecordContext;
import dev.opshistory.ingest.parse.json.RecordHandler;
import dev.opshistory.ingest.parse.json.RecordProblem;
import dev.opshistory.ingest.parse.json.RecordView;
import dev.opshistory.ingest.parse.json.RunbookLinks;
import dev.opshistory.ingest.parse.json.Timestamps;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.Source;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Maps one Opsgenie v2 alert, or one Jira Service Management Operations v1 alert, to an ALERT event
 * (field references: {@code formats/opsgenie/FIELD_REFERENCE.md}, {@code formats/jsm/FIELD_REFERENCE.md}).
 *
 * <p>Source: records of a {@code values} envelope are JSM, of a {@code data} envelope Opsgenie; a bare
 * record is JSM when it has a field only JSM writes ({@code integrationName}, {@code extraProperties},
 * {@code lastOccuredAt}, top-level {@code ackTime}/{@code closeTime}…), else Opsgenie.
 *
 * <p>Times: Opsgenie's {@code report.ackTime}/{@code closeTime} are milliseconds since creation; JSM's
 * top-level {@code ackTime}/{@code closeTime} are timestamps. Either spelling is read wherever it appears:
 * text is a timestamp, a number below {@value #EPOCH_MILLIS_FLOOR} a duration, a larger number epoch
 * milliseconds.
 *
 * <p>People: {@code report.acknowledgedBy}/{@code closedBy} (Opsgenie only; JSM dropped them) name a person
 * unless they are "System", another known system actor, or the alert's own integration. An acknowledged alert
 * without {@code acknowledgedBy} (JSM) was acknowledged by its {@code owner}, whom acknowledging makes the owner.
 * {@code auto_resolved} is true for a closed Opsgenie alert closed by such an actor or with no
 * {@code closedBy}, false when a person closed it, and null when not closed or for JSM (which never says).
 *
 * <p>Service ← {@code details.service} | {@code entity} | integration name unless it is only its type ("API", "Default API") (DESIGN.md §3); team ← the first
 * team responder, else the first of {@code teams}, else {@code ownerTeamId}, each by its name when the record
 * gives one, else by the name the run's teams lookup gives its id ({@link TeamDirectory}), else by the id (real
 * list items give ids only); queue ← the first escalation or schedule responder. Required: {@code id} and
 * {@code createdAt}.
 */
final class OpsgenieAlertMapper implements RecordHandler {

    /** Numbers at least this large are epoch milliseconds (1973-03-03), smaller ones durations (< 3 years). */
    static final long EPOCH_MILLIS_FLOOR = Timestamps.EPOCH_MILLIS_FLOOR;

    static final Set<String> JSM_ONLY_KEYS = Set.of("integrationName", "integrationType", "extraProperties",
            "lastOccuredAt", "ackTime", "closeTime");

    private static final Set<String> SYSTEM_ACTORS = Set.of("system", "opsgenie", "jira service management",
            "jsm", "automation", "automation for jira", "api", "alert api", "heartbeat", "integration");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    /** The words a default integration's name adds to its type: "Default API", "Default Email Integration". */
    private static final Pattern DEFAULT_INTEGRATION_WORDS = Pattern.compile("(?i)^default\\s+|\\s+integration$");

    @Override
    public MappedRecord map(ObjectNode record, RecordContext context) throws RecordProblem {
        return MappedRecord.event(map(record, context.container(), context.sourceFile(), context.teams()));
    }

    CanonicalEvent map(ObjectNode record, String container, String sourceFile, TeamDirectory teams)
            throws RecordProblem {
        Source source = sourceOf(record, container);
        RecordView r = RecordView.of(record);
        String id = r.requiredText("id");
        Instant createdAt = r.requiredInstant("createdAt");
        String status = r.nonBlankText("status");

        RecordView integration = r.object("integration");
        String integrationName = first(r.nonBlankText("integrationName"),
                integration == null ? null : integration.nonBlankText("name"));
        String integrationType = first(r.nonBlankText("integrationType"),
                integration == null ? null : integration.nonBlankText("type"));
        RecordView details = first(r.object("details"), r.object("extraProperties"));

        RecordView report = r.object("report");
        Instant acknowledgedAt = first(report == null ? null : moment(report, "ackTime", createdAt),
                moment(r, "ackTime", createdAt));
        Instant resolvedAt = first(report == null ? null : moment(report, "closeTime", createdAt),
                moment(r, "closeTime", createdAt));
        String acknowledgedBy = report == null ? null : report.nonBlankText("acknowledgedBy");
        String closedBy = report == null ? null : report.nonBlankText("closedBy");
        JsonNode acknowledged = record.get("acknowledged"); // read only for this: any other value says nothing
        if (acknowledgedBy == null && acknowledged != null && acknowledged.asBoolean(false)) {
            // JSM writes no report.acknowledgedBy; acknowledging makes the acknowledger the alert's owner
            acknowledgedBy = r.nonBlankText("owner");
        }
        if (acknowledged != null && acknowledged.isBoolean() && !acknowledged.booleanValue() && acknowledgedBy == null
                && acknowledgedAt != null
                && acknowledgedAt.equals(resolvedAt)) {
            // Opsgenie fills ackTime when it closes an alert nobody acknowledged ("acknowledged": false, ackTime equal
            // to closeTime): no acknowledgement happened. (An earlier ackTime on an unacknowledged alert is an
            // acknowledgement taken back: someone did look.)
            acknowledgedAt = null;
        }

        boolean closed = resolvedAt != null || "closed".equalsIgnoreCase(status) || "resolved".equalsIgnoreCase(status);
        Boolean autoResolved = null;
        if (closed && closedBy != null) {
            autoResolved = !isPerson(closedBy, integrationName, integrationType);
        } else if (closed && source == Source.OPSGENIE) {
            autoResolved = true;
        }

        List<RecordView> responders = r.objects("responders");
        return CanonicalEvent.builder()
                .kind(EventKind.ALERT)
                .source(source)
                .sourceId(id)
                .sourceNumber(r.nonBlankText("tinyId"))
                .title(r.text("message"))
                .description(r.text("description"))
                .service(first(details == null ? null : details.nonBlankText("service"), r.nonBlankText("entity"),
                        namesAService(integrationName, integrationType) ? integrationName : null))
                .team(team(r, responders, teams))
                .queue(OpsgenieResponders.firstOfType(responders, Set.of("escalation", "schedule")))
                .dedupKey(r.nonBlankText("alias"))
                .priority(r.nonBlankText("priority"))
                .status(status)
                .createdAt(createdAt)
                .updatedAt(r.instant("updatedAt"))
                .acknowledgedAt(acknowledgedAt)
                .resolvedAt(resolvedAt)
                .acknowledgedBy(acknowledgedBy)
                .resolvedBy(closedBy)
                .humanAcknowledged(acknowledgedBy == null ? null : isPerson(acknowledgedBy, integrationName, integrationType))
                .autoResolved(autoResolved)
                .occurrences(r.integer("count"))
                .tags(r.strings("tags"))
                .runbookUrl(details == null ? null : RunbookLinks.find(details.json()))
                .sourceFile(sourceFile)
                .truncated(r.truncated())
                .build();
    }

    static Source sourceOf(JsonNode record, String container) {
        if ("values".equals(container)) {
            return Source.JSM;
        }
        if ("data".equals(container)) {
            return Source.OPSGENIE;
        }
        return JSM_ONLY_KEYS.stream().anyMatch(record::hasNonNull) ? Source.JSM : Source.OPSGENIE;
    }

    /** An ack or close moment written as a timestamp, a duration since creation in ms, or epoch ms. */
    private static Instant moment(RecordView view, String field, Instant createdAt) throws RecordProblem {
        JsonNode value = view.raw(field);
        if (value == null) {
            return null;
        }
        if (value.isTextual() && !value.asText().trim().matches("-?\\d+")) {
            return view.instant(field);
        }
        long number = view.longNumber(field);
        if (number < 0) {
            throw new RecordProblem(view.full(field), "negative time " + number);
        }
        return number >= EPOCH_MILLIS_FLOOR ? Instant.ofEpochMilli(number) : createdAt.plusMillis(number);
    }

    /**
     * The first team named anywhere, in order of preference. All three places are read (a wrong type in any
     * rejects the record), but only the id used is looked up, so that the count of ids without a name is true.
     */
    private static String team(RecordView r, List<RecordView> responders, TeamDirectory teams) throws RecordProblem {
        String responder = OpsgenieResponders.firstOfType(responders, Set.of("team"), teams::nameOf);
        RecordView listed = firstListedTeam(r);
        String owner = r.nonBlankText("ownerTeamId");
        if (responder != null) {
            return responder;
        }
        if (listed != null) {
            String name = listed.nonBlankText("name");
            return name != null ? name : teams.nameOf(listed.nonBlankText("id"));
        }
        return teams.nameOf(owner);
    }

    /** The first of {@code teams} with a name or an id. */
    private static RecordView firstListedTeam(RecordView r) throws RecordProblem {
        for (RecordView team : r.objects("teams")) {
            if (team.nonBlankText("name") != null || team.nonBlankText("id") != null) {
                return team;
            }
        }
        return null;
    }

    /**
     * Whether an integration's name can stand for the service: not when it is only its type, as the integrations
     * Opsgenie creates by default are named ("API" or "Default API" of type API, "Email" of type Email), which
     * every alert created through them would share.
     */
    private static boolean namesAService(String integrationName, String integrationType) {
        if (integrationName == null) {
            return false;
        }
        String name = DEFAULT_INTEGRATION_WORDS.matcher(integrationName.strip()).replaceAll("");
        return !name.isEmpty() && !name.equalsIgnoreCase(integrationType == null ? "" : integrationType.strip());
    }

    /**
     * Whether an acknowledger or closer names a person: an e-mail address or a name, but not "System",
     * another system actor, or the alert's own integration (name or type).
     */
    static boolean isPerson(String actor, String integrationName, String integrationType) {
        String a = actor.trim();
        if (a.indexOf('@') >= 0 && EMAIL.matcher(a).matches()) { // the check first: most actors are no address
            return true;
        }
        String lower = a.toLowerCase(Locale.ROOT);
        return !SYSTEM_ACTORS.contains(lower)
                && !lower.endsWith(" api") && !lower.endsWith(" integration")
                && !a.equalsIgnoreCase(integrationName == null ? "" : integrationName.trim())
                && !a.equalsIgnoreCase(integrationType == null ? "" : integrationType.trim())
                && a.chars().anyMatch(Character::isLetter);
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
