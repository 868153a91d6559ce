package dev.opshistory.ingest.parse.postmortem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opshistory.ingest.parse.json.RecordMapper;
import dev.opshistory.ingest.parse.json.RecordProblem;
import dev.opshistory.ingest.parse.json.RecordView;
import dev.opshistory.model.ActionItem;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.PostmortemDetails;
import dev.opshistory.model.Source;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One JSON postmortem record into a POSTMORTEM event. Field names are those of {@code inspect}'s NDJSON
 * (DESIGN.md §3): the event's own fields ({@code source_id}, {@code title}, {@code created_at}, {@code tags},
 * {@code html_url}…) with the postmortem under {@code postmortem}, or flat, with the postmortem fields
 * ({@code date}, {@code incident_refs}, {@code summary}, {@code impact}, {@code duration}, {@code root_cause},
 * {@code trigger}, {@code resolution}, {@code detection}, {@code action_items}, {@code lessons}) at the top.
 *
 * <p>Lenient where people write JSON by hand: {@code incident_refs} may be one text or number,
 * {@code action_items} may be texts, {@code lessons} may be a list (joined by new lines), {@code id} stands for
 * {@code source_id}. Strict where data would be wrong: a {@code kind} other than POSTMORTEM, a field of the
 * wrong type or an unreadable date is a reject naming the field. {@code created_at} (else the date) may be a
 * timestamp with an offset, one without a zone (read as UTC), or a date (start of that day, UTC). A record
 * without any id uses its date and title as id, so that the same export gives the same ids.
 */
final class JsonPostmortemMapper implements RecordMapper {

    /** The postmortem fields; a record needs at least one of them (flat or under {@code postmortem}). */
    static final Set<String> FIELDS = Set.of("date", "incident_refs", "summary", "impact", "duration", "root_cause",
            "trigger", "resolution", "detection", "action_items", "lessons");

    @Override
    public CanonicalEvent map(ObjectNode record, String container, String sourceFile) throws RecordProblem {
        RecordView event = RecordView.of(record);
        String kind = event.nonBlankText("kind");
        if (kind != null && !kind.equalsIgnoreCase(EventKind.POSTMORTEM.name())) {
            throw new RecordProblem("kind", "kind " + kind + " is not a postmortem");
        }
        RecordView pm = event.object("postmortem");
        if (pm == null) {
            if (FIELDS.stream().noneMatch(record::has)) {
                throw new RecordProblem(null, "not a postmortem: no postmortem object and none of the fields " + new java.util.TreeSet<>(FIELDS));
            }
            pm = event;
        }
        TextCutter cutter = new TextCutter();
        String title = event.nonBlankText("title");
        PostmortemDate date = date(pm, "date");
        PostmortemDate created = event.has("created_at") ? date(event, "created_at") : date;
        String sourceId = MarkdownPostmortemMapper.firstNonBlank(event.nonBlankText("source_id"), event.nonBlankText("id"),
                fromEventId(event.nonBlankText("event_id")));
        if (sourceId == null) {
            if (title == null) {
                throw new RecordProblem("source_id", "missing source_id, id and title: nothing identifies the postmortem");
            }
            sourceId = slug((date != null ? date.date() + "-" : "") + title);
        }
        PostmortemDetails details = new PostmortemDetails(
                date != null ? date.date() : null,
                cutter.cut(incidentRefs(pm)),
                cutter.cut(pm.nonBlankText("summary")),
                cutter.cut(pm.nonBlankText("impact")),
                cutter.cut(pm.nonBlankText("duration")),
                cutter.cut(pm.nonBlankText("root_cause")),
                cutter.cut(pm.nonBlankText("trigger")),
                cutter.cut(pm.nonBlankText("resolution")),
                cutter.cut(pm.nonBlankText("detection")),
                cutter.cutItems(actionItems(pm)),
                cutter.cut(lessons(pm)), false);
        Boolean flagged = event.bool("truncated");
        return CanonicalEvent.builder()
                .kind(EventKind.POSTMORTEM)
                .source(Source.POSTMORTEM)
                .sourceId(sourceId)
                .title(cutter.cut(title))
                .description(cutter.cut(event.nonBlankText("description")))
                .createdAt(created != null ? created.instant() : null)
                .updatedAt(instantOrNull(event, "updated_at"))
                .status(event.nonBlankText("status"))
                .priority(event.nonBlankText("priority"))
                .service(event.nonBlankText("service"))
                .team(event.nonBlankText("team"))
                .tags(event.strings("tags"))
                .htmlUrl(event.nonBlankText("html_url"))
                .sourceFile(sourceFile)
                .postmortem(details)
                // last, after every text above has been cut
                .truncated(cutter.truncated() || event.truncated() || Boolean.TRUE.equals(flagged))
                .build();
    }

    private static PostmortemDate date(RecordView view, String field) throws RecordProblem {
        JsonNode value = view.raw(field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw new RecordProblem(view.full(field), "expected a date or timestamp, found " + value.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        String text = value.asText();
        if (text.isBlank()) {
            return null;
        }
        return PostmortemDate.fromTimestamp(text).orElseThrow(() -> new RecordProblem(view.full(field),
                PostmortemDate.problem(text)));
    }

    private static Instant instantOrNull(RecordView view, String field) throws RecordProblem {
        PostmortemDate date = date(view, field);
        return date == null ? null : date.instant();
    }

    private static List<String> incidentRefs(RecordView pm) throws RecordProblem {
        JsonNode value = pm.raw("incident_refs");
        if (value == null) {
            return List.of();
        }
        if (value.isArray()) {
            List<String> refs = new ArrayList<>();
            for (String ref : pm.strings("incident_refs")) {
                if (!ref.isBlank() && !refs.contains(ref.strip())) {
                    refs.add(ref.strip());
                }
            }
            return refs;
        }
        if (value.isContainerNode()) {
            throw new RecordProblem(pm.full("incident_refs"), "expected a list of incident references, found an object");
        }
        return new IncidentRefs().explicit(value.asText()).list();
    }

    private static List<ActionItem> actionItems(RecordView pm) throws RecordProblem {
        JsonNode value = pm.raw("action_items");
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new RecordProblem(pm.full("action_items"), "expected a list of action items, found " + value.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        List<ActionItem> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String path = pm.full("action_items") + "[" + i + "]";
            if (item.isTextual() && !item.asText().isBlank()) {
                items.add(new ActionItem(item.asText().strip(), null, null, null));
            } else if (item.isObject()) {
                items.add(new ActionItem(itemText(item, "text", path), itemText(item, "owner", path),
                        itemText(item, "type", path), itemText(item, "status", path)));
            } else if (!item.isNull() && !item.isTextual()) {
                throw new RecordProblem(path, "expected an action item (an object or a text), found "
                        + item.getNodeType().name().toLowerCase(Locale.ROOT));
            }
        }
        return items;
    }

    private static String itemText(JsonNode item, String key, String path) throws RecordProblem {
        JsonNode value = item.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isContainerNode()) {
            throw new RecordProblem(path + "." + key, "expected text, found " + value.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        return value.asText().isBlank() ? null : value.asText().strip();
    }

    private static String lessons(RecordView pm) throws RecordProblem {
        JsonNode value = pm.raw("lessons");
        if (value != null && value.isArray()) {
            List<String> lines = pm.strings("lessons");
            return lines.isEmpty() ? null : String.join("\n", lines);
        }
        return pm.nonBlankText("lessons");
    }

    private static String fromEventId(String eventId) {
        String prefix = Source.POSTMORTEM.id() + ":" + EventKind.POSTMORTEM.name().toLowerCase(Locale.ROOT) + ":";
        return eventId != null && eventId.startsWith(prefix) && eventId.length() > prefix.length()
                ? eventId.substring(prefix.length()) : null;
    }

    private static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > 120 ? slug.substring(0, 120) : slug.isEmpty() ? "untitled" : slug;
    }
}
