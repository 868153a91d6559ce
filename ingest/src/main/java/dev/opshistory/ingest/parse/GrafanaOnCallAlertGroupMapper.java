package dev.opshistory.ingest.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opshistory.ingest.parse.json.MappedRecord;
import dev.opshistory.ingest.parse.json.RecordContext;
import dev.opshistory.ingest.parse.json.RecordHandler;
import dev.opshistory.ingest.parse.json.RecordProblem;
import dev.opshistory.ingest.parse.json.RecordView;
import dev.opshistory.ingest.parse.json.TextLimit;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.Source;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps one Grafana OnCall alert group ({@code formats/jsm/FIELD_REFERENCE.md}, Appendix B) to an ALERT event of
 * source GRAFANA_ONCALL, id {@code grafana_oncall:alert:<id>}:
 * <ul>
 *   <li>{@code title} → title; when it is empty, the last alert's {@code payload.title} → title and its
 *       {@code payload.message} → description (the payload is the raw inbound JSON, of any shape: only text values
 *       are taken, anything else there is ignored rather than rejected);</li>
 *   <li>{@code state} → status; {@code created_at}, {@code acknowledged_at}, {@code resolved_at};
 *       {@code acknowledged_by} and {@code resolved_by} (user ids) → who acknowledged and resolved: an
 *       acknowledgement or resolution without a user was made by OnCall itself (a resolve signal of the
 *       integration), so it is not by a person, and such a resolution is automatic; a response without the field
 *       at all (older API versions) says nothing of who;</li>
 *   <li>{@code alerts_count} → alert count; link: {@code permalinks.web}, else {@code slack_app}, {@code slack},
 *       {@code telegram}; {@code team_id} → team, named by a Grafana OnCall {@code GET /api/v1/teams/} page among the inputs
 *       ({@link TeamsLookup}) when one is given; {@code labels} ({@code [{key{name}, value{name}}]}) → tags
 *       {@code key=value}; the labels {@code service}, {@code severity} and {@code priority} → service, alert
 *       severity and priority (source values kept); without them, the last alert's payload when it is an alert from
 *       Alertmanager or Grafana alerting: its {@code labels.service} (else {@code job}, or the workload an
 *       exporter watched: {@link PrometheusService}) and {@code labels.severity}, and its {@code annotations.runbook_url} (or {@code runbook}, {@code playbook}) → runbook.</li>
 * </ul>
 * Required: {@code id} and {@code created_at}.
 */
final class GrafanaOnCallAlertGroupMapper implements RecordHandler {

    /** Where an Alertmanager alert keeps its labels and annotations, and where a whole notification keeps those common to its alerts. */
    private static final List<String> LABELS = List.of("labels", "commonLabels");
    private static final List<String> ANNOTATIONS = List.of("annotations", "commonAnnotations");
    private static final List<String> PERMALINKS = List.of("web", "slack_app", "slack", "telegram");

    @Override
    public MappedRecord map(ObjectNode record, RecordContext context) throws RecordProblem {
        return MappedRecord.event(map(record, context.sourceFile(), context.teams()));
    }

    /** The event of one alert group, its team named by the run's teams lookup when it has the id. */
    CanonicalEvent map(ObjectNode record, String sourceFile, TeamDirectory teams) throws RecordProblem {
        RecordView r = RecordView.of(record);
        String id = r.requiredText("id");
        Instant createdAt = r.requiredInstant("created_at");
        Instant acknowledgedAt = r.instant("acknowledged_at");
        Instant resolvedAt = r.instant("resolved_at");
        String acknowledgedBy = r.nonBlankText("acknowledged_by");
        String resolvedBy = r.nonBlankText("resolved_by");
        RecordView permalinks = r.object("permalinks");
        RecordView lastAlert = r.object("last_alert");
        JsonNode payload = lastAlert == null ? null : lastAlert.raw("payload");

        Map<String, String> labels = new LinkedHashMap<>();
        List<String> tags = new ArrayList<>();
        for (RecordView label : r.objects("labels")) {
            String key = label.nonBlankText("key.name");
            String value = label.nonBlankText("value.name");
            if (key != null) {
                tags.add(value == null ? key : key + "=" + value);
                if (value != null) {
                    labels.putIfAbsent(key, value);
                }
            }
        }
        String service = PagerDutyRefs.first(labels.get("service"), PrometheusService.of(prometheusLabels(payload)));
        String severity = PagerDutyRefs.first(labels.get("severity"), payloadField(payload, LABELS, "severity"));
        String runbook = PagerDutyRefs.first(payloadField(payload, ANNOTATIONS, "runbook_url"),
                payloadField(payload, ANNOTATIONS, "runbook"), payloadField(payload, ANNOTATIONS, "playbook"));

        String title = r.nonBlankText("title");
        boolean truncated = false;
        String description = null;
        if (title == null) {
            // an untitled group: its last alert says what it is
            title = payloadText(payload, "title");
            description = payloadText(payload, "message");
        }
        if (title != null && TextLimit.exceeds(title)) {
            title = TextLimit.cut(title);
            truncated = true;
        }
        if (description != null && TextLimit.exceeds(description)) {
            description = TextLimit.cut(description);
            truncated = true;
        }

        return CanonicalEvent.builder()
                .kind(EventKind.ALERT)
                .source(Source.GRAFANA_ONCALL)
                .sourceId(id)
                .title(title)
                .description(description)
                .service(service)
                .team(teams.nameOf(r.nonBlankText("team_id")))
                .alertSeverity(severity)
                .priority(labels.get("priority"))
                .runbookUrl(runbook)
                .status(r.nonBlankText("state"))
                .createdAt(createdAt)
                .acknowledgedAt(acknowledgedAt)
                .resolvedAt(resolvedAt)
                .acknowledgedBy(acknowledgedBy)
                .resolvedBy(resolvedBy)
                // a response without the field (older API versions) does not say who: unknown, not OnCall itself
                .humanAcknowledged(acknowledgedAt == null || !record.has("acknowledged_by") ? null : acknowledgedBy != null)
                .autoResolved(resolvedAt == null || !record.has("resolved_by") ? null : resolvedBy == null)
                .alertCount(r.integer("alerts_count"))
                .tags(tags)
                .htmlUrl(permalink(permalinks))
                .sourceFile(sourceFile)
                .truncated(truncated || r.truncated())
                .build();
    }

    private static String permalink(RecordView permalinks) throws RecordProblem {
        if (permalinks == null) {
            return null;
        }
        for (String channel : PERMALINKS) {
            String link = permalinks.nonBlankText(channel);
            if (link != null) {
                return link;
            }
        }
        return null;
    }

    /**
     * A label or annotation of the last alert's payload when it is an alert from Alertmanager or Grafana alerting, as
     * OnCall's Alertmanager integrations receive them: the alert's own ({@code labels.severity}), else those common to
     * the notification it came in ({@code commonLabels.severity}, when the payload is the whole webhook body).
     */
    /** The labels of the inbound Alertmanager payload that say which service it is about. */
    private static Map<String, String> prometheusLabels(JsonNode payload) {
        Map<String, String> labels = new HashMap<>();
        for (String name : PrometheusService.LABELS) {
            String value = payloadField(payload, LABELS, name);
            if (value != null) {
                labels.put(name, value);
            }
        }
        return labels;
    }

    private static String payloadField(JsonNode payload, List<String> holders, String name) {
        for (String holder : holders) {
            JsonNode values = payload == null || !payload.isObject() ? null : payload.get(holder);
            JsonNode value = values == null || !values.isObject() ? null : values.get(name);
            if (value != null && value.isTextual() && !value.asText().isBlank()) {
                return value.asText();
            }
        }
        return null;
    }

    /** A text field of the raw inbound payload, or null when absent, blank or not text. */
    private static String payloadText(JsonNode payload, String field) {
        JsonNode value = payload == null || !payload.isObject() ? null : payload.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }
}
