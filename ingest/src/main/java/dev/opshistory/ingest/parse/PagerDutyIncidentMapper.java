package dev.opshistory.ingest.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opshistory.ingest.parse.json.RecordMapper;
import dev.opshistory.ingest.parse.json.RecordProblem;
import dev.opshistory.ingest.parse.json.RecordView;
import dev.opshistory.ingest.parse.json.RunbookLinks;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.Source;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Maps one PagerDuty REST v2 incident ({@code GET /incidents} item) to an ALERT event (DESIGN.md §3:
 * the incident is PagerDuty's unit of paging). Field choices, following {@code formats/pagerduty/FIELD_REFERENCE.md}:
 * <ul>
 *   <li>title: {@code title}, else {@code summary} without its {@code "[#1234] "} prefix;</li>
 *   <li>service, team, queue: {@code summary} (else {@code name}) of {@code service}, the first of
 *       {@code teams} and {@code escalation_policy}; references and full objects both carry them;</li>
 *   <li>priority: {@code priority.name}, else {@code priority.summary} (the reference form has no name);
 *       {@code priority.order} when present;</li>
 *   <li>acknowledged: the earliest {@code acknowledgements[].at} and its acknowledger;
 *       {@code human_acknowledged} is true when any acknowledger is a user, false when all are services or
 *       integrations, null when the list is empty (PagerDuty empties it on resolve, so empty does not mean
 *       "never acknowledged");</li>
 *   <li>description: {@code body.details} (the incident's text or fields, where the response has a body), else
 *       {@code description} when it says more than the title, else the first trigger's details, else
 *       {@code description}, which then repeats the title;</li>
 *   <li>dedup key: {@code incident_key}, else the first trigger's {@code channel.cef_details.dedup_key}, else its
 *       {@code channel.incident_key} (an incident opened through Events API v2 often has a null
 *       {@code incident_key}: its key is the alert's);</li>
 *   <li>alert severity: the first trigger's {@code channel.cef_details.severity}, the severity its first alert was
 *       sent with (the incident has none of its own); the highest severity of its grouped alerts, where those are
 *       read too, replaces it (see {@code EventAssembly});</li>
 *   <li>runbook: a link in {@code body.details} (see {@link RunbookLinks}), else in the first trigger's details,
 *       else among the first trigger's {@code contexts};</li>
 *   <li>resolved: {@code resolved_at}, else, for a resolved incident of a response without that field,
 *       {@code last_status_change_at};</li>
 *   <li>resolved by: {@code last_status_change_by} when {@code status} is resolved; a user means a manual
 *       resolve, a service or integration an automatic one;</li>
 *   <li>major: true when {@code incident_type.name} or the priority's name says "major", or the record
 *       carries {@code major: true} (Analytics-style); false otherwise;</li>
 *   <li>tags: the custom fields ({@code include[]=custom_fields}) as {@code name=value}.</li>
 * </ul>
 * The first trigger is {@code first_trigger_log_entry} when the export carries it whole
 * ({@code include[]=first_trigger_log_entries}, see {@link Trigger}); without the include it is a reference with no
 * channel and adds nothing. Its {@code channel.client_url} (the monitoring tool's page) has no place in the event.
 * Required: {@code id} and {@code created_at}; any field of the wrong JSON type rejects the record.
 */
final class PagerDutyIncidentMapper implements RecordMapper {

    private static final Pattern SUMMARY_NUMBER = Pattern.compile("^\\[#\\d+]\\s*");

    @Override
    public CanonicalEvent map(ObjectNode record, String container, String sourceFile) throws RecordProblem {
        RecordView r = RecordView.of(record);
        String id = r.requiredText("id");
        Instant createdAt = r.requiredInstant("created_at");
        String status = r.nonBlankText("status");

        String title = r.text("title");
        if (title == null) {
            String summary = r.text("summary");
            title = summary == null ? null : SUMMARY_NUMBER.matcher(summary).replaceFirst("");
        }
        Integer number = r.integer("incident_number");
        RecordView priority = r.object("priority");
        String priorityName = priority == null ? null : firstNonBlank(priority.nonBlankText("name"), priority.nonBlankText("summary"));
        RecordView incidentType = r.object("incident_type");
        String typeName = incidentType == null ? null : incidentType.nonBlankText("name");
        Boolean majorFlag = r.bool("major");
        List<RecordView> teams = r.objects("teams");
        RecordView body = r.object("body");
        Trigger trigger = Trigger.of(r);

        CanonicalEvent.Builder event = CanonicalEvent.builder()
                .kind(EventKind.ALERT)
                .source(Source.PAGERDUTY)
                .sourceId(id)
                .sourceNumber(number == null ? null : number.toString())
                .title(title)
                .description(description(r, body, title, trigger))
                .service(refName(r.object("service")))
                .team(teams.isEmpty() ? null : refName(teams.get(0)))
                .queue(refName(r.object("escalation_policy")))
                .dedupKey(firstNonBlank(r.nonBlankText("incident_key"), trigger.dedupKey()))
                .priority(priorityName)
                .priorityOrder(priority == null ? null : priority.integer("order"))
                .urgency(r.nonBlankText("urgency"))
                .alertSeverity(trigger.severity())
                .status(status)
                .createdAt(createdAt)
                .updatedAt(r.instant("updated_at"))
                .resolvedAt(r.instant("resolved_at"))
                .resolveReason(r.object("resolve_reason") == null ? null : r.object("resolve_reason").nonBlankText("type"))
                .alertCount(r.object("alert_counts") == null ? null : r.object("alert_counts").integer("all"))
                .major(Boolean.TRUE.equals(majorFlag) || saysMajor(typeName) || saysMajor(priorityName))
                .runbookUrl(firstNonBlank(RunbookLinks.find(body == null ? null : body.raw("details")), trigger.runbook()))
                .htmlUrl(r.nonBlankText("html_url"))
                .tags(customFieldTags(r))
                .sourceFile(sourceFile);

        acknowledgement(r, event);
        resolution(r, status, event);
        return event.truncated(r.truncated()).build();
    }

    /**
     * The incident's custom fields ({@code include[]=custom_fields}: environment, region, customer tier) as tags
     * {@code name=value}, a multi-value field's values joined by commas; fields without a value are left out.
     */
    private static List<String> customFieldTags(RecordView r) throws RecordProblem {
        List<String> tags = new ArrayList<>();
        for (RecordView field : r.objects("custom_fields")) {
            String name = field.nonBlankText("name");
            JsonNode value = field.raw("value");
            List<String> values = new ArrayList<>();
            Iterable<JsonNode> items = value != null && value.isArray() ? value : Collections.singletonList(value);
            for (JsonNode item : items) {
                if (item != null && item.isValueNode() && !item.isNull() && !item.asText().isBlank()) {
                    values.add(item.asText());
                }
            }
            if (name != null && !values.isEmpty()) {
                tags.add(name + "=" + String.join(",", values));
            }
        }
        return tags;
    }

    private static void acknowledgement(RecordView r, CanonicalEvent.Builder event) throws RecordProblem {
        Instant earliest = null;
        RecordView firstAcknowledger = null;
        Boolean person = null;
        for (RecordView ack : r.objects("acknowledgements")) {
            Instant at = ack.requiredInstant("at");
            RecordView acknowledger = ack.object("acknowledger");
            if (earliest == null || at.isBefore(earliest)) {
                earliest = at;
                firstAcknowledger = acknowledger;
            }
            Boolean isPerson = acknowledger == null ? null : actorIsPerson(acknowledger.nonBlankText("type"));
            if (isPerson != null) {
                person = Boolean.TRUE.equals(person) || isPerson;
            }
        }
        if (earliest == null) {
            return;
        }
        event.acknowledgedAt(earliest);
        event.acknowledgedBy(refName(firstAcknowledger));
        event.humanAcknowledged(person);
    }

    private static void resolution(RecordView r, String status, CanonicalEvent.Builder event) throws RecordProblem {
        if ("resolved".equalsIgnoreCase(status) && !r.has("resolved_at")) {
            // older responses have no resolved_at: a resolved incident's last change of status is its resolution
            event.resolvedAt(r.instant("last_status_change_at"));
        }
        RecordView changedBy = r.object("last_status_change_by");
        if (!"resolved".equalsIgnoreCase(status) || changedBy == null) {
            return;
        }
        event.resolvedBy(refName(changedBy));
        Boolean person = actorIsPerson(changedBy.nonBlankText("type"));
        event.autoResolved(person == null ? null : !person);
    }

    /** The description by the precedence of the class comment. */
    private static String description(RecordView r, RecordView body, String title, Trigger trigger) throws RecordProblem {
        String description = r.text("description");
        boolean repeatsTitle = description == null || description.isBlank()
                || (title != null && description.strip().equals(title.strip()));
        // the trigger's details are read only when used, so that a long one left unused does not flag the event truncated
        return firstNonBlank(detailsText(body), repeatsTitle ? detailsText(trigger.details()) : null, description);
    }

    /**
     * What {@code holder.details} says: the incident's body, or its first trigger's channel, carries the text or fields
     * given when it was opened ("A disk is getting full on this machine…"), where PagerDuty's {@code description} only
     * repeats the title; fields as {@code name: value} lines. Null when there are none.
     */
    private static String detailsText(RecordView holder) throws RecordProblem {
        JsonNode details = holder == null ? null : holder.raw("details");
        if (details == null || details.isNull()) {
            return null;
        }
        if (details.isTextual()) {
            String text = holder.nonBlankText("details");
            return text == null ? null : text.strip();
        }
        if (!details.isObject()) {
            return null;
        }
        StringBuilder lines = new StringBuilder();
        for (var field : details.properties()) {
            JsonNode value = field.getValue();
            if (value.isValueNode() && !value.isNull() && !value.asText().isBlank()) {
                lines.append(lines.isEmpty() ? "" : "\n").append(field.getKey()).append(": ").append(value.asText());
            }
        }
        return lines.isEmpty() ? null : holder.limited(lines.toString());
    }

    /**
     * What the incident's first trigger log entry tells, all null for the reference. Events API v2 integrations
     * write the event's PD-CEF fields in {@code channel.cef_details} ({@code severity}, {@code dedup_key},
     * {@code details}…) beside the channel's own {@code incident_key} and {@code details}; the API channel of the
     * REST spec has only those two, a web trigger's channel its {@code details} text.
     *
     * @param details the object whose {@code details} are the trigger's: {@code cef_details}, else {@code channel}
     */
    private record Trigger(String severity, String dedupKey, RecordView details, String runbook) {

        private static final Trigger NONE = new Trigger(null, null, null, null);

        static Trigger of(RecordView r) throws RecordProblem {
            RecordView entry = r.object("first_trigger_log_entry");
            RecordView channel = entry == null ? null : entry.object("channel");
            if (channel == null) {
                return NONE;
            }
            RecordView cef = channel.object("cef_details");
            RecordView details = cef != null && cef.has("details") ? cef : channel;
            return new Trigger(
                    cef == null ? null : cef.nonBlankText("severity"),
                    firstNonBlank(cef == null ? null : cef.nonBlankText("dedup_key"), channel.nonBlankText("incident_key")),
                    details,
                    firstNonBlank(RunbookLinks.find(details.raw("details")),
                            RunbookLinks.fromContexts(entry.raw("contexts"))));
        }
    }

    /** True for users, false for services and integrations, null for anything else. */
    private static Boolean actorIsPerson(String type) {
        if (type == null) {
            return null;
        }
        String t = type.toLowerCase(Locale.ROOT);
        if (t.equals("user") || t.equals("user_reference")) {
            return true;
        }
        if (t.startsWith("service") || t.contains("integration")) {
            return false;
        }
        return null;
    }

    /** The display name of a PagerDuty reference or full object. */
    private static String refName(RecordView ref) throws RecordProblem {
        if (ref == null) {
            return null;
        }
        return firstNonBlank(ref.nonBlankText("summary"), ref.nonBlankText("name"), ref.nonBlankText("email"),
                ref.nonBlankText("id"));
    }

    private static boolean saysMajor(String text) {
        return text != null && text.toLowerCase(Locale.ROOT).contains("major");
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
