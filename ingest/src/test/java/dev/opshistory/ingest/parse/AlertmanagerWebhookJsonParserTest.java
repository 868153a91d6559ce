package dev.opshistory.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.Reject;
import dev.opshistory.model.Source;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AlertmanagerWebhookJsonParserTest extends ExportParserContractTest {

    private static final String FIXTURE = "jsm/alertmanager/webhook.v4.example.from-grafana-oncall.DERIVED.json";

    AlertmanagerWebhookJsonParserTest() {
        super(new AlertmanagerWebhookJsonParser(),
                // without its fingerprint an alert is still known: by its labels' (Alertmanager before 0.19)
                new RecordFields("fingerprint", "startsAt", "annotations.summary", false,
                        AlertmanagerWebhookJsonParserTest::sourceId),
                new ListEnvelope("alerts", List.of("\"status\": \"firing\"", "\"version\": \"4\"",
                        "\"groupKey\": \"{}:{alertname=\\\"InstanceDown\\\"}\"", "\"receiver\": \"combo\"",
                        "\"externalURL\": \"\"", "\"truncatedAlerts\": 0"),
                        "{\"alerts\": [], \"status\": \"resolved\", \"version\": \"4\", \"groupKey\": \"{}:{}\", \"receiver\": \"combo\"}"));
    }

    @Override
    protected List<ObjectNode> realRecords() {
        return List.of(record(FIXTURE, "alerts", "0"), record(FIXTURE, "alerts", "1"));
    }

    private static java.nio.file.Path golden(String name) {
        try {
            return java.nio.file.Path.of(AlertmanagerWebhookJsonParserTest.class.getResource("/parse/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fingerprint and the start in ISO basic form, as the mapper builds the source id. */
    private static String sourceId(JsonNode alert) {
        String start = OffsetDateTime.parse(alert.get("startsAt").asText()).toInstant().toString();
        String fingerprint = alert.has("fingerprint") ? alert.get("fingerprint").asText()
                : AlertmanagerAlertMapper.fingerprintOf(labels(alert));
        return fingerprint + "-" + start.replace("-", "").replace(":", "");
    }

    private static Map<String, String> labels(JsonNode alert) {
        Map<String, String> labels = new TreeMap<>();
        alert.get("labels").properties().forEach(label -> labels.put(label.getKey(), label.getValue().asText()));
        return labels;
    }

    @Test
    void sharedFixtureGivesOneFiringAlertEventPerAlert() {
        CollectingSink sink = Parsing.parse(parser(), SharedFormats.file(FIXTURE));

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.events).hasSize(2);
        CanonicalEvent first = sink.events.get(0);
        assertThat(first.eventId()).isEqualTo("alertmanager:alert:f404ecabc8dd5cd7-20230612T082438.326Z");
        assertThat(first.kind()).isEqualTo(EventKind.ALERT);
        assertThat(first.source()).isEqualTo(Source.ALERTMANAGER);
        assertThat(first.dedupKey()).isEqualTo("f404ecabc8dd5cd7");
        assertThat(first.title()).isEqualTo("Instance localhost:8081 down");
        assertThat(first.description()).isEqualTo("localhost:8081 of job node has been down for more than 1 minute.");
        assertThat(first.alertSeverity()).isEqualTo("critical");
        assertThat(first.service()).isEqualTo("node");
        assertThat(first.status()).isEqualTo("firing");
        assertThat(first.resolvedAt()).as("endsAt is the zero time").isNull();
        assertThat(first.autoResolved()).isNull();
        assertThat(first.htmlUrl()).as("generatorURL is empty").isNull();
        assertThat(first.tags()).containsExactly("alertname=InstanceDown", "group=production", "instance=localhost:8081");
    }

    @Test
    void anAlertmanagerOlderThan019WritesNoFingerprintAndItIsComputedFromTheLabelsAsAlertmanagerDoes() throws Exception {
        JsonNode payload = new ObjectMapper()
                .readTree(SharedFormats.file(FIXTURE).toFile());
        List<String> written = new ArrayList<>();
        for (JsonNode alert : payload.get("alerts")) {
            written.add(alert.get("fingerprint").asText());
            ((ObjectNode) alert).remove("fingerprint");
        }

        CollectingSink sink = Parsing.parse(parser(), payload.toString(), "webhook.json");

        assertThat(parser().detect("webhook.json", payload.toString()).matches()).isTrue();
        assertThat(sink.rejects).isEmpty();
        // the real fingerprints the newer Alertmanager wrote, computed back from each alert's labels
        assertThat(sink.events).extracting(CanonicalEvent::dedupKey).containsExactlyElementsOf(written);
    }

    @Test
    void aKubeStateMetricsAlertBelongsToTheDeploymentItNamesAndKeepsItsJobAsATag() {
        // as a kube-prometheus Alertmanager posted KubeDeploymentReplicasMismatch (labels of a real capture)
        String payload = "{\"version\":\"4\",\"status\":\"resolved\",\"receiver\":\"ci\",\"groupKey\":\"{}:{}\","
                + "\"alerts\":[{\"status\":\"resolved\",\"labels\":{\"alertname\":\"KubeDeploymentReplicasMismatch\","
                + "\"deployment\":\"eric-log-transformer\",\"job\":\"eric-pm-kube-state-metrics\","
                + "\"namespace\":\"eric-eo-cm-ci406\",\"severity\":\"warning\"},\"annotations\":{\"summary\":"
                + "\"Deployment has not matched the expected number of replicas.\"},\"startsAt\":\"2024-03-01T10:00:00Z\","
                + "\"endsAt\":\"2024-03-01T10:20:00Z\",\"fingerprint\":\"0a1b2c3d4e5f6071\"}]}";

        CollectingSink sink = Parsing.parse(parser(), payload, "webhook.json");

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.events).singleElement().satisfies(alert -> {
            assertThat(alert.service()).isEqualTo("eric-log-transformer");
            assertThat(alert.tags()).containsExactly("alertname=KubeDeploymentReplicasMismatch",
                    "job=eric-pm-kube-state-metrics", "namespace=eric-eo-cm-ci406");
        });
    }

    @Test
    void theSameFiringNotifiedAgainAndResolvedIsOneEventWhoseLastVersionIsResolved() {
        CollectingSink sink = Parsing.parse(parser(), golden("alertmanager-firing-then-resolved.json"));

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.events).extracting(CanonicalEvent::eventId).containsOnly(
                "alertmanager:alert:3a4f0e9c1b2d5e6f-20260302T031407.201955756Z").hasSize(3);
        CanonicalEvent last = sink.events.get(2);
        assertThat(last.status()).isEqualTo("resolved");
        assertThat(last.resolvedAt()).hasToString("2026-03-02T03:21:37.201955756Z");
        assertThat(last.autoResolved()).isTrue();
        assertThat(sink.events.get(0).resolvedAt()).isNull();
    }

    @Test
    void theSameAlertFiringAgainLaterIsAnotherEvent() {
        CollectingSink sink = Parsing.parse(parser(), golden("alertmanager-ndjson.json"));

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.events).filteredOn(e -> "3a4f0e9c1b2d5e6f".equals(e.dedupKey()))
                .extracting(CanonicalEvent::eventId).doesNotHaveDuplicates().hasSize(2);
    }

    @Test
    void aBadStartsAtRejectsOnlyItsAlertNamingPositionAndField() {
        CollectingSink sink = Parsing.parse(parser(), golden("alertmanager-bad-starts-at.json"));

        assertThat(sink.events).extracting(CanonicalEvent::dedupKey).containsExactly("3a4f0e9c1b2d5e6f", "5555666677778888");
        assertThat(sink.rejects).singleElement().satisfies(r -> {
            assertThat(r.position()).isEqualTo("record 2");
            assertThat(r.field()).isEqualTo("startsAt");
            assertThat(r.reason()).contains("07/03/2026 09:00");
        });
    }

    @Test
    void anArrayOfPayloadsNumbersItsAlertsOverTheWholeFile() {
        String payload = listEnvelope(List.of(text(realRecords().get(0)), "{\"fingerprint\": \"abc\"}"));

        CollectingSink sink = parse("[" + payload + "," + payload + "]");

        assertThat(sink.events).hasSize(2);
        assertThat(sink.rejects).extracting(Reject::position).containsExactly("record 2", "record 4");
        assertThat(sink.rejects).extracting(Reject::field).containsOnly("startsAt");
    }

    @Test
    void detectsItsPayloadsAndNoOtherSharedFile() {
        SharedPayloadOwners.assertDetectsOnlyItsOwn(parser(), AlertmanagerWebhookJsonParser.FORMAT);
        assertThat(parser().detect("x.json", "{\"alerts\": [], \"groupKey\": \"{}:{}\", \"receiver\": \"combo\"}").score())
                .isEqualTo(60);
        assertThat(parser().detect("x.json", "{\"alerts\": []}").matches()).isFalse();
    }

    @Test
    void anAlertWithoutAStatusOfItsOwnHasTheNotificationsAndAFiringOneIsNotEnded() {
        // alertmanager-bot's real 2018 firing notification (metalmatze/alertmanager-bot examples) with the alert's own
        // status left out, as older and hand-written notifications have it: Alertmanager's provisional endsAt is no end
        String firing = "{\"receiver\": \"telegram\", \"status\": \"firing\", \"alerts\": [{\"labels\":"
                + " {\"alertname\": \"Fire\", \"severity\": \"critical\"}, \"annotations\": {\"message\":"
                + " \"Something is on fire\"}, \"startsAt\": \"2018-11-04T22:43:58.283995108+01:00\", \"endsAt\":"
                + " \"2018-11-04T22:46:58.283995108+01:00\"}], \"version\": \"4\"}";

        CanonicalEvent alert = parse(firing).onlyEvent();
        assertThat(alert.status()).isEqualTo("firing");
        assertThat(alert.resolvedAt()).isNull();
        assertThat(alert.autoResolved()).isNull();
        // kube-prometheus' rules wrote their text as "message"
        assertThat(alert.description()).isEqualTo("Something is on fire");

        // the notification's status written after its alerts is waited for
        String statusLast = firing.replace("\"status\": \"firing\", ", "").replace("\"version\": \"4\"}",
                "\"version\": \"4\", \"status\": \"resolved\"}");
        CanonicalEvent resolved = parse(statusLast).onlyEvent();
        assertThat(resolved.status()).isEqualTo("resolved");
        assertThat(resolved.resolvedAt()).isEqualTo(java.time.Instant.parse("2018-11-04T21:46:58.283995108Z"));
    }
}
