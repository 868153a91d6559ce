package dev.opshistory.app.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes alerts as Prometheus Alertmanager posts them to a webhook receiver ({@code formats/jsm/FIELD_REFERENCE.md},
 * Appendix A: a version 4 payload), one payload per notification, as a receiver logs them: a firing notification
 * when the alert starts ({@code endsAt} Go's zero time) and a resolved one when it ends before the export, with the
 * same fingerprint and {@code startsAt}. Each payload holds one alert, grouped by alert name and service.
 *
 * <p>Labels {@code alertname}, {@code instance}, {@code service}, {@code severity} (P1/P2 critical, P3 warning,
 * else info), {@code team}; annotations {@code summary} (the alert's message), {@code description} and, for the
 * rules that have one, {@code runbook_url}; {@code generatorURL} is the Prometheus graph of the rule's expression.
 * The fingerprint is a hash of the label set, and the instance follows from the message, so a check that fires
 * again keeps its fingerprint and gets another {@code startsAt}, as in Alertmanager.
 */
final class AlertmanagerWebhook {

    static final String EXTERNAL_URL = "https://alertmanager.acme-shop.example";
    static final String PROMETHEUS_URL = "https://prometheus.acme-shop.example";
    static final String RUNBOOKS_URL = "https://runbooks.acme-shop.example/alerts/";
    /** Go's zero {@code time.Time}: the {@code endsAt} of an alert that still fires. */
    static final String ZERO_TIME = "0001-01-01T00:00:00Z";

    /** One notification to write: the alert firing (at its start) or resolved (at its end). */
    record Notification(Instant at, OgAlert alert, boolean resolved) {
    }

    /** The Prometheus alerting rule behind a template. */
    private record Rule(String alertname, String expr, int port, boolean runbook) {
    }

    private final Instant end;

    AlertmanagerWebhook(Instant end) {
        this.end = end;
    }

    /** The notifications of an alert as the receiver had logged them at the export: firing, then resolved if it ended. */
    List<Notification> notifications(OgAlert a) {
        Notification firing = new Notification(a.created, a, false);
        return a.closedBy(end) ? List.of(firing, new Notification(a.close.at(), a, true)) : List.of(firing);
    }

    /** Writes one webhook payload holding the alert, firing or resolved. */
    void write(JsonGenerator json, OgAlert a, boolean resolved) throws IOException {
        Rule rule = rule(a.rule);
        Map<String, String> labels = labels(a);
        Map<String, String> annotations = annotations(a, rule, labels.get("instance"));
        String status = resolved ? "resolved" : "firing";
        json.writeStartObject();
        json.writeStringField("receiver", "oncall-" + a.integration.team().name());
        json.writeStringField("status", status);
        json.writeArrayFieldStart("alerts");
        json.writeStartObject();
        json.writeStringField("status", status);
        map(json, "labels", labels);
        map(json, "annotations", annotations);
        json.writeStringField("startsAt", a.created.toString());
        json.writeStringField("endsAt", resolved ? a.close.at().toString() : ZERO_TIME);
        json.writeStringField("generatorURL", PROMETHEUS_URL + "/graph?g0.expr="
                + URLEncoder.encode(rule.expr(), StandardCharsets.UTF_8) + "&g0.tab=1");
        json.writeStringField("fingerprint", fingerprint(labels));
        json.writeEndObject();
        json.writeEndArray();
        map(json, "groupLabels", new TreeMap<>(Map.of("alertname", rule.alertname(), "service", labels.get("service"))));
        map(json, "commonLabels", labels);
        map(json, "commonAnnotations", annotations);
        json.writeStringField("externalURL", EXTERNAL_URL);
        json.writeStringField("version", "4");
        json.writeStringField("groupKey", "{}:{alertname=\"" + rule.alertname() + "\", service=\"" + labels.get("service") + "\"}");
        json.writeNumberField("truncatedAlerts", 0);
        json.writeEndObject();
    }

    /** The id the ingest parser gives the alert: fingerprint and {@code startsAt} in basic ISO form. */
    static String sourceId(OgAlert a) {
        return fingerprint(labels(a)) + "-" + a.created.toString().replace("-", "").replace(":", "");
    }

    /** The alert's label set, sorted by name as Alertmanager writes it. */
    private static Map<String, String> labels(OgAlert a) {
        Map<String, String> labels = new TreeMap<>();
        Rule rule = rule(a.rule);
        labels.put("alertname", rule.alertname());
        // The message names what fires (a host, a partition, a region): one instance per message.
        int replica = Math.floorMod(a.message.hashCode(), 6) + 1;
        labels.put("instance", a.integration.domain() + "-" + replica + "." + a.integration.name() + ":" + rule.port());
        labels.put("service", a.integration.domain());
        labels.put("severity", severity(a));
        labels.put("team", a.integration.team().name());
        return labels;
    }

    /** The rule's severity label: P1 and P2 critical, P3 warning, else info. */
    static String severity(OgAlert a) {
        return switch (a.priority) {
            case "P1", "P2" -> "critical";
            case "P3" -> "warning";
            default -> "info";
        };
    }

    private static Map<String, String> annotations(OgAlert a, Rule rule, String instance) {
        Map<String, String> annotations = new TreeMap<>();
        annotations.put("summary", a.message);
        annotations.put("description", a.message + ". Rule " + rule.alertname() + " (" + rule.expr() + ") has held on "
                + instance + " for 5 minutes.");
        if (rule.runbook()) {
            annotations.put("runbook_url", RUNBOOKS_URL + rule.alertname().toLowerCase(Locale.ROOT));
        }
        return annotations;
    }

    private static Rule rule(String template) {
        return switch (template) {
            case "edge5xx" -> new Rule("HighHttpErrorRate", "sum by (service) (rate(http_requests_total{code=~\"5..\"}[5m]))"
                    + " / sum by (service) (rate(http_requests_total[5m])) > 0.02", 9090, true);
            case "probe" -> new Rule("ProbeFailed", "probe_success{job=\"blackbox\"} == 0", 9115, true);
            case "node" -> new Rule("KubeNodeNotReady", "kube_node_status_condition{condition=\"Ready\",status=\"true\"} == 0",
                    8080, true);
            case "rdscpu" -> new Rule("RdsHighCpu", "aws_rds_cpuutilization_average >= 90", 9106, false);
            case "rdsdisk" -> new Rule("RdsLowFreeStorage", "aws_rds_free_storage_space_average < 10e9", 9106, true);
            case "replica" -> new Rule("RdsReplicaLagHigh", "aws_rds_replica_lag_average > 30", 9106, false);
            case "kafkalag" -> new Rule("KafkaConsumerLagHigh", "sum by (group, partition) (kafka_consumergroup_lag) > 10000",
                    9308, true);
            case "urp" -> new Rule("KafkaUnderReplicatedPartitions",
                    "kafka_server_replicamanager_underreplicatedpartitions > 0", 7071, true);
            case "dagfail" -> new Rule("AirflowDagFailed", "increase(airflow_dagrun_failed_total[10m]) > 0", 9102, false);
            case "sla" -> new Rule("AirflowSlaMissed", "increase(airflow_sla_missed_total[1h]) > 0", 9102, false);
            case "heartbeat" -> new Rule("BatchHeartbeatMissing", "time() - batch_last_success_timestamp_seconds > 3600",
                    9091, true);
            default -> throw new IllegalArgumentException("no alerting rule for template " + template);
        };
    }

    private static void map(JsonGenerator json, String field, Map<String, String> values) throws IOException {
        json.writeObjectFieldStart(field);
        for (Map.Entry<String, String> e : values.entrySet()) {
            json.writeStringField(e.getKey(), e.getValue());
        }
        json.writeEndObject();
    }

    /** 16 hex digits of a hash of the sorted label set: stable per label set, like Alertmanager's. */
    private static String fingerprint(Map<String, String> labels) {
        StringBuilder text = new StringBuilder();
        labels.forEach((k, v) -> text.append(k).append('\u00ff').append(v).append('\u00ff'));
        return OpsgenieEpisodes.sha256(text.toString()).substring(0, 16);
    }
}
