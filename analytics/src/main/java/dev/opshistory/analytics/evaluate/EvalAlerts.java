package dev.opshistory.analytics.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.Source;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the evaluation set's alert files ({@code pagerduty-incidents.json}, {@code opsgenie-alerts.json}, see
 * {@code sample-data/eval/README.md}) into canonical events, with a minimal mapping of the fields the
 * actionability rules read. It follows the ingest mappers' choices (analytics cannot depend on ingest) and
 * adds the documented {@code log_facts} extras: acknowledgement, escalations, notes.
 */
final class EvalAlerts {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final List<String> SYSTEM_NAMES = List.of("system", "opsgenie", "api", "integration", "automation",
            "heartbeat");

    private EvalAlerts() {
    }

    /** Events by vendor id, from every PagerDuty and Opsgenie file in the folder. */
    static Map<String, CanonicalEvent> read(Path dir, ObjectMapper json) throws IOException {
        Map<String, CanonicalEvent> events = new LinkedHashMap<>();
        JsonNode pd = json.readTree(dir.resolve("pagerduty-incidents.json").toFile());
        for (JsonNode incident : pd.path("incidents")) {
            CanonicalEvent e = pagerDuty(incident);
            events.put(e.sourceId(), e);
        }
        JsonNode og = json.readTree(dir.resolve("opsgenie-alerts.json").toFile());
        for (JsonNode alert : og.path("data")) {
            CanonicalEvent e = opsgenie(alert);
            events.put(e.sourceId(), e);
        }
        return events;
    }

    static CanonicalEvent pagerDuty(JsonNode n) {
        JsonNode facts = n.path("log_facts");
        JsonNode acker = facts.path("acknowledged_by");
        JsonNode changedBy = n.path("last_status_change_by");
        boolean resolved = "resolved".equalsIgnoreCase(text(n, "status"));
        CanonicalEvent.Builder b = CanonicalEvent.builder()
                .kind(EventKind.ALERT).source(Source.PAGERDUTY)
                .sourceId(text(n, "id"))
                .sourceNumber(text(n, "incident_number"))
                .title(text(n, "title"))
                .description(text(n, "description"))
                .service(text(n.path("service"), "summary"))
                .dedupKey(text(n, "incident_key"))
                .priority(text(n.path("priority"), "summary"))
                .urgency(text(n, "urgency"))
                .status(text(n, "status"))
                .createdAt(instant(n, "created_at"))
                .updatedAt(instant(n, "updated_at"))
                .resolvedAt(instant(n, "resolved_at"))
                .acknowledgedAt(instant(facts, "acknowledged_at"))
                .acknowledgedBy(text(acker, "summary"))
                .humanAcknowledged(acker.isMissingNode() ? null : "user_reference".equals(text(acker, "type")))
                .escalations(facts.path("escalations").isNumber() ? facts.path("escalations").asInt() : null)
                .notes(strings(facts.path("notes")))
                .htmlUrl(text(n, "html_url"));
        if (resolved && changedBy.isObject()) {
            b.resolvedBy(text(changedBy, "summary")).autoResolved(!"user_reference".equals(text(changedBy, "type")));
        }
        return b.build();
    }

    static CanonicalEvent opsgenie(JsonNode n) {
        Instant created = instant(n, "createdAt");
        JsonNode report = n.path("report");
        JsonNode facts = n.path("log_facts");
        String integration = text(n.path("integration"), "name");
        String ackBy = text(report, "acknowledgedBy");
        String closedBy = text(report, "closedBy");
        boolean closed = "closed".equalsIgnoreCase(text(n, "status"));
        return CanonicalEvent.builder()
                .kind(EventKind.ALERT).source(Source.OPSGENIE)
                .sourceId(text(n, "id"))
                .sourceNumber(text(n, "tinyId"))
                .title(text(n, "message"))
                .service(integration)
                .dedupKey(text(n, "alias"))
                .priority(text(n, "priority"))
                .status(text(n, "status"))
                .createdAt(created)
                .updatedAt(instant(n, "updatedAt"))
                .acknowledgedAt(report.path("ackTime").isNumber() ? created.plusMillis(report.path("ackTime").asLong()) : null)
                .resolvedAt(report.path("closeTime").isNumber() ? created.plusMillis(report.path("closeTime").asLong()) : null)
                .acknowledgedBy(ackBy)
                .resolvedBy(closedBy)
                .humanAcknowledged(ackBy == null ? null : isPerson(ackBy, integration))
                .autoResolved(!closed ? null : closedBy == null || !isPerson(closedBy, integration))
                .occurrences(n.path("count").isNumber() ? n.path("count").asInt() : null)
                .tags(strings(n.path("tags")))
                .escalations(facts.path("escalations").isNumber() ? facts.path("escalations").asInt() : null)
                .notes(strings(facts.path("notes")))
                .build();
    }

    /** An e-mail is a person; "System", the integration itself or a name ending in API/integration/bot is not. */
    private static boolean isPerson(String actor, String integration) {
        String a = actor.trim().toLowerCase(Locale.ROOT);
        if (EMAIL.matcher(a).matches()) {
            return true;
        }
        return !SYSTEM_NAMES.contains(a) && !a.equalsIgnoreCase(integration == null ? "" : integration)
                && !a.endsWith(" api") && !a.endsWith(" integration") && !a.endsWith("bot");
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isValueNode() && !v.isNull() && !v.asText().isBlank() ? v.asText() : null;
    }

    private static Instant instant(JsonNode n, String field) {
        String t = text(n, field);
        return t == null ? null : Instant.parse(t);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
