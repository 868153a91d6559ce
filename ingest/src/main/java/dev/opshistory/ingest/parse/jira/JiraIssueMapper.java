package dev.opshistory.ingest.parse.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opshistory.ingest.parse.json.MappedRecord;
import dev.opshistory.ingest.parse.json.RecordContext;
import dev.opshistory.ingest.parse.json.RecordHandler;
import dev.opshistory.ingest.parse.json.RecordProblem;
import dev.opshistory.ingest.parse.json.RecordView;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.Source;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps one Jira issue of a Jira Service Management project ({@code formats/jsm/FIELD_REFERENCE.md}, "Jira
 * issues": REST {@code /rest/api/3/search}, {@code /search/jql}, {@code /rest/api/2/search}, {@code GET
 * /issue/{key}}) by its issue type:
 * <ul>
 *   <li>an incident ("Incident", "[System] Incident", "Major incident"…) → an INCIDENT event of source JSM, id
 *       {@code jsm:incident:<issue id>}: {@code key} → source number, {@code fields.summary} → title,
 *       {@code description} (Atlassian Document Format or wiki markup, as text) → description,
 *       {@code priority.name}, {@code status.name}, {@code created}, {@code updated}, {@code resolutiondate} →
 *       resolved at, {@code labels} → tags, {@code comment.comments[].body} → notes, the first
 *       {@code components[].name} → service unless a field named "Affected services" says it, a field named
 *       "Major incident" → major, the issue's browse URL → link. Custom fields are found by their names, which
 *       the response gives with {@code expand=names}; an issue streamed before those names waits for them;</li>
 *   <li>a review ("Post-incident review", "Postmortem", "PIR") → a POSTMORTEM event: its description read as a
 *       Markdown postmortem, named by its key, with its linked issues' keys among the incident references;</li>
 *   <li>any other type → a reject saying so (a JQL export can hold tasks and requests beside the incidents).</li>
 * </ul>
 * Jira records no acknowledgement as such: with {@code expand=changelog} the status changes tell who acknowledged and
 * who resolved ({@link JiraChangelog}); without, they stay null.
 * Required: {@code id} and {@code fields.created}.
 */
final class JiraIssueMapper implements RecordHandler {

    private static final String AFFECTED_SERVICES = "affected services";
    private static final String MAJOR_INCIDENT = "major incident";

    @Override
    public MappedRecord map(ObjectNode record, RecordContext context) throws RecordProblem {
        JsonNode names = context.wrapper().get("names");
        if (!context.wrapperComplete() && names == null && asksForNames(context)) {
            return MappedRecord.deferred(); // the field names come after the issues
        }
        RecordView r = RecordView.of(record);
        String id = r.requiredText("id");
        RecordView fields = r.object("fields");
        if (fields == null) {
            throw new RecordProblem("fields", "missing fields: not a Jira issue");
        }
        Instant created = fields.requiredInstant("created");
        RecordView type = fields.object("issuetype");
        String typeName = type == null ? null : type.nonBlankText("name");
        JiraIssueKind kind = JiraIssueKind.of(typeName);
        if (kind == JiraIssueKind.REVIEW) {
            return MappedRecord.event(review(r, fields, created, context.sourceFile()));
        }
        if (kind == JiraIssueKind.OTHER) {
            throw new RecordProblem(fields.full("issuetype.name"), JiraIssueKind.notRead(typeName));
        }
        Map<String, String> custom = customFieldNames(names);
        RecordView priority = fields.object("priority");
        RecordView status = fields.object("status");
        Instant resolvedAt = fields.instant("resolutiondate");
        JiraChangelog changelog = JiraChangelog.of(r, resolvedAt);
        return MappedRecord.event(CanonicalEvent.builder()
                .kind(EventKind.INCIDENT)
                .source(Source.JSM)
                .sourceId(id)
                .sourceNumber(r.nonBlankText("key"))
                .title(fields.text("summary"))
                .description(fields.limited(JiraText.markdown(fields.raw("description"))))
                .service(service(fields, custom))
                .priority(priority == null ? null : priority.nonBlankText("name"))
                .status(status == null ? null : status.nonBlankText("name"))
                .createdAt(created)
                .updatedAt(fields.instant("updated"))
                .resolvedAt(resolvedAt)
                .acknowledgedAt(changelog.acknowledgedAt())
                .acknowledgedBy(changelog.acknowledgedBy())
                .humanAcknowledged(changelog.humanAcknowledged())
                .resolvedBy(changelog.resolvedBy())
                .autoResolved(changelog.autoResolved())
                .major(major(fields, custom))
                .tags(fields.strings("labels"))
                .notes(comments(fields))
                .htmlUrl(browseUrl(r))
                .sourceFile(context.sourceFile())
                .truncated(r.truncated()) // last: after every text above was read
                .build());
    }

    private static boolean asksForNames(RecordContext context) {
        String expand = context.wrapperText("expand");
        return expand != null && expand.toLowerCase(Locale.ROOT).contains("names");
    }

    private static CanonicalEvent review(RecordView r, RecordView fields, Instant created, String sourceFile)
            throws RecordProblem {
        String key = r.nonBlankText("key");
        String text = fields.limited(JiraText.markdown(fields.raw("description")));
        List<String> linked = new ArrayList<>();
        for (RecordView link : fields.objects("issuelinks")) {
            for (String side : List.of("inwardIssue", "outwardIssue")) {
                RecordView issue = link.object(side);
                if (issue != null && issue.nonBlankText("key") != null) {
                    linked.add(issue.nonBlankText("key"));
                }
            }
        }
        try {
            CanonicalEvent review = JiraReview.of(key != null ? key : r.requiredText("id"), fields.text("summary"), text,
                    linked, created, browseUrl(r), sourceFile);
            return review.toBuilder().truncated(review.truncated() || r.truncated()).build();
        } catch (IllegalArgumentException e) {
            throw new RecordProblem(fields.full("description"), e.getMessage());
        }
    }

    /** Custom field id → lower-case display name, from the response's {@code names}. */
    private static Map<String, String> customFieldNames(JsonNode names) {
        Map<String, String> byId = new HashMap<>();
        if (names != null && names.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = names.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (entry.getValue().isTextual()) {
                    byId.put(entry.getKey(), entry.getValue().asText().trim().toLowerCase(Locale.ROOT));
                }
            }
        }
        return byId;
    }

    private static JsonNode customField(RecordView fields, Map<String, String> names, String name) throws RecordProblem {
        for (Map.Entry<String, String> entry : names.entrySet()) {
            if (entry.getValue().equals(name)) {
                JsonNode value = fields.raw(entry.getKey());
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }

    private static String service(RecordView fields, Map<String, String> names) throws RecordProblem {
        String affected = firstName(customField(fields, names, AFFECTED_SERVICES));
        if (affected != null) {
            return affected;
        }
        for (RecordView component : fields.objects("components")) {
            String name = component.nonBlankText("name");
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /** The first name of a field's value: text, an option ({@code value}/{@code name}), or a list of either. */
    private static String firstName(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            for (JsonNode element : value) {
                String name = firstName(element);
                if (name != null) {
                    return name;
                }
            }
            return null;
        }
        if (value.isObject()) {
            for (String key : List.of("name", "value", "displayName")) {
                if (value.path(key).isTextual() && !value.path(key).asText().isBlank()) {
                    return value.path(key).asText().strip();
                }
            }
            return null;
        }
        return value.isValueNode() && !value.asText().isBlank() ? value.asText().strip() : null;
    }

    /** A "Major incident" field that holds anything but nothing, false or "no"; false when absent. */
    private static Boolean major(RecordView fields, Map<String, String> names) throws RecordProblem {
        JsonNode value = customField(fields, names, MAJOR_INCIDENT);
        if (value == null || (value.isArray() && value.isEmpty())) {
            return false;
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        String said = firstName(value);
        return said != null && !Set.of("no", "false", "none").contains(said.toLowerCase(Locale.ROOT));
    }

    private static List<String> comments(RecordView fields) throws RecordProblem {
        List<String> notes = new ArrayList<>();
        for (RecordView comment : fields.objects("comment.comments")) {
            String body = comment.limited(JiraText.markdown(comment.raw("body")));
            if (body != null && !body.isBlank()) {
                notes.add(body);
            }
        }
        return notes;
    }

    /** {@code https://site.atlassian.net/browse/KEY} from the issue's REST {@code self} URL. */
    private static String browseUrl(RecordView r) throws RecordProblem {
        String self = r.nonBlankText("self");
        String key = r.nonBlankText("key");
        int rest = self == null ? -1 : self.indexOf("/rest/api/");
        return rest < 0 || key == null ? null : self.substring(0, rest) + "/browse/" + key;
    }
}
