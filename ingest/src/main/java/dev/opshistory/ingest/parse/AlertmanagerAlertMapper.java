package dev.opshistory.ingest.parse;

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
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Maps one alert of an Alertmanager webhook payload ({@code formats/jsm/FIELD_REFERENCE.md}, Appendix A) to an
 * ALERT event of source ALERTMANAGER:
 * <ul>
 *   <li>source id {@code <fingerprint>-<startsAt in basic ISO, UTC>} (the event id
 *       {@code alertmanager:alert:f404ecabc8dd5cd7-20230612T082438.326Z}): the fingerprint is stable per label set,
 *       so the same alert firing again later is another event, while the same firing in a later notification
 *       (repeated, then resolved) is the same one; the fingerprint alone is the dedup key;</li>
 *   <li>title: {@code annotations.summary}, else {@code annotations.title} (as Grafana OnCall's example payload
 *       writes it), else {@code labels.alertname}, with {@code on <labels.instance>} when there is one; Grafana's
 *       {@code DatasourceError} and {@code DatasourceNoData} alerts, which carry their rule's annotations, are
 *       titled {@code <alertname>: <labels.rulename>}; description: {@code annotations.description}, else
 *       {@code annotations.Error}, else {@code annotations.message};</li>
 *   <li>created at {@code startsAt}; resolved at {@code endsAt} unless the alert is {@code firing} or {@code endsAt}
 *       is Go's zero time {@code 0001-01-01T00:00:00Z} (no end known), which is never read as an instant; a resolved
 *       alert is resolved automatically (Alertmanager resolves it when the rule stops firing); nobody acknowledges;</li>
 *   <li>{@code status}, the notification's when the alert has none (then an {@code endsAt} of a firing notification is
 *       no end); {@code labels.severity} → alert severity, {@code labels.priority} → priority (source values
 *       kept; SeverityNormalizer maps them); {@code labels.service} else {@code labels.job} → service, unless that
 *       names an exporter and a workload label names what it watches ({@link PrometheusService}); {@code labels.team}
 *       → team; runbook: {@code annotations.runbook_url}, {@code runbook} or {@code playbook};
 *       {@code generatorURL} → link;</li>
 *   <li>tags: every other label as {@code key=value}, sorted by key.</li>
 * </ul>
 * The payload's group fields ({@code receiver}, {@code groupLabels}, {@code commonLabels}…) are not read: every
 * alert carries its own labels. Required: {@code startsAt}, and {@code fingerprint} or {@code labels} (older
 * Alertmanagers write no fingerprint; it is computed from the labels as Alertmanager computes it).
 */
final class AlertmanagerAlertMapper implements RecordHandler {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final int LABEL_SEPARATOR = 0xff;

    /**
     * The fingerprint Alertmanager gives a label set (Prometheus' {@code LabelSet.Fingerprint}): FNV-1a, 64 bits,
     * over each label's name and value in the order of the names, each followed by the byte 0xff; 16 hex digits. So
     * an alert from an Alertmanager older than 0.19, which does not write it, has the id a newer one gives it.
     */
    static String fingerprintOf(Map<String, String> labels) {
        long hash = FNV_OFFSET;
        for (Map.Entry<String, String> label : new TreeMap<>(labels).entrySet()) {
            for (String part : List.of(label.getKey(), label.getValue())) {
                for (byte b : part.getBytes(StandardCharsets.UTF_8)) {
                    hash = (hash ^ (b & 0xff)) * FNV_PRIME;
                }
                hash = (hash ^ LABEL_SEPARATOR) * FNV_PRIME;
            }
        }
        return String.format("%016x", hash);
    }

    /** Go's zero {@code time.Time}: Alertmanager writes it as {@code endsAt} while an alert fires. */
    static final String ZERO_TIME = "0001-01-01T00:00:00Z";

    private static final List<String> RUNBOOK_ANNOTATIONS = List.of("runbook_url", "runbook", "playbook");

    @Override
    public MappedRecord map(ObjectNode record, RecordContext context) throws RecordProblem {
        RecordView r = RecordView.of(record);
        String status = r.nonBlankText("status");
        if (status == null) {
            // an alert without a status of its own (an old or a hand-written notification) has the notification's
            status = context.wrapperText("status");
            if (status == null && !context.wrapperComplete()) {
                return MappedRecord.deferred(); // the notification's status may come after its alerts
            }
        }
        return MappedRecord.event(map(r, status, context.sourceFile()));
    }

    private CanonicalEvent map(RecordView r, String status, String sourceFile) throws RecordProblem {
        Instant startsAt = r.requiredInstant("startsAt");
        Instant endsAt = endsAt(r);
        RecordView labels = r.object("labels");
        RecordView annotations = r.object("annotations");
        Map<String, String> labelValues = labels == null ? Map.of() : texts(labels);
        // Alertmanager writes each alert's fingerprint since 0.19; before, it is the same hash of the labels
        String fingerprint = r.has("fingerprint") || labels == null ? r.requiredText("fingerprint")
                : fingerprintOf(labelValues);
        Map<String, String> annotationValues = annotations == null ? Map.of() : texts(annotations);

        boolean resolved = endsAt != null && !"firing".equalsIgnoreCase(status);
        String serviceLabel = PrometheusService.labelOf(labelValues);
        String service = serviceLabel == null ? null : labelValues.get(serviceLabel);
        Set<String> mapped = serviceLabel == null ? Set.of("severity", "priority", "team")
                : Set.of("severity", "priority", "team", serviceLabel);
        List<String> tags = new ArrayList<>();
        labelValues.forEach((key, value) -> {
            if (!mapped.contains(key)) {
                tags.add(key + "=" + value);
            }
        });

        return CanonicalEvent.builder()
                .kind(EventKind.ALERT)
                .source(Source.ALERTMANAGER)
                .sourceId(fingerprint + "-" + basicIso(startsAt))
                .title(title(annotationValues, labelValues))
                // Grafana writes why it could not evaluate a rule in "Error" ("failed to execute query …")
                // kube-prometheus' rules wrote their text as "message" until 2020
                .description(first(annotationValues.get("description"), annotationValues.get("Error"),
                        annotationValues.get("message")))
                .service(service)
                .team(labelValues.get("team"))
                .dedupKey(fingerprint)
                .priority(labelValues.get("priority"))
                .alertSeverity(labelValues.get("severity"))
                .status(status)
                .createdAt(startsAt)
                .resolvedAt(resolved ? endsAt : null)
                .autoResolved(resolved ? Boolean.TRUE : null)
                .tags(tags)
                .runbookUrl(RUNBOOK_ANNOTATIONS.stream().map(annotationValues::get).filter(v -> v != null)
                        .findFirst().orElse(null))
                .htmlUrl(r.nonBlankText("generatorURL"))
                .sourceFile(sourceFile)
                .truncated(r.truncated())
                .build();
    }

    /** The alerts Grafana fires about a rule it could not evaluate: its data source failed, or returned nothing. */
    private static final Set<String> GRAFANA_ERROR_ALERTS = Set.of("DatasourceError", "DatasourceNoData");

    /** {@code endsAt}, or null when absent or Go's zero time (checked before parsing: year 1 is out of range). */
    private static Instant endsAt(RecordView r) throws RecordProblem {
        JsonNode raw = r.raw("endsAt");
        if (raw != null && raw.isTextual() && raw.asText().trim().startsWith("0001-01-01T00:00:00")) {
            return null;
        }
        return r.instant("endsAt");
    }

    private static String title(Map<String, String> annotations, Map<String, String> labels) {
        String name = labels.get("alertname");
        if (name != null && GRAFANA_ERROR_ALERTS.contains(name)) {
            // Grafana fires these for a rule it could not evaluate, with the rule's own annotations: the rule's
            // summary would make them the rule's alert (one fingerprint for the failing query and the real alert)
            String rule = first(labels.get("rulename"), annotations.get("summary"), annotations.get("title"));
            return rule == null ? name : name + ": " + rule;
        }
        String title = first(annotations.get("summary"), annotations.get("title"));
        if (title != null) {
            return title;
        }
        String instance = labels.get("instance");
        if (name == null) {
            return instance;
        }
        return instance == null ? name : name + " on " + instance;
    }

    /** A label or annotation map as non-blank texts by key, sorted; a value of the wrong type rejects the record. */
    private static Map<String, String> texts(RecordView map) throws RecordProblem {
        Map<String, String> texts = new TreeMap<>();
        for (Iterator<String> keys = map.json().fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            // a dotted key would be read as a path: take its value as written
            JsonNode raw = map.json().get(key);
            String value = key.indexOf('.') < 0 ? map.nonBlankText(key)
                    : raw.isValueNode() && !raw.isNull() && !raw.asText().isBlank() ? raw.asText() : null;
            if (value != null) {
                texts.put(key, value);
            }
        }
        return texts;
    }

    /** The instant in ISO basic form ({@code 20230612T082438.326Z}): no colons in the event id. */
    private static String basicIso(Instant instant) {
        return instant.toString().replace("-", "").replace(":", "");
    }

    private static String first(String... texts) {
        for (String text : texts) {
            if (text != null) {
                return text;
            }
        }
        return null;
    }
}
