package dev.opshistory.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.Source;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpsgenieAlertsJsonParserTest extends ExportParserContractTest {

    OpsgenieAlertsJsonParserTest() {
        super(new OpsgenieAlertsJsonParser(), RecordFields.opsgenie("message"),
                new ListEnvelope("data", List.of("\"paging\": {\"first\": \"https://api.opsgenie.com/v2/alerts?offset=0&limit=100\"}",
                        "\"took\": 0.05", "\"requestId\": \"9ae63dd7-ed00-4c81-86f0-c4ffd33142c9\""),
                        "{\"data\": [], \"took\": 0.01, \"requestId\": \"9ae63dd7-ed00-4c81-86f0-c4ffd33142c9\"}"));
    }

    @Override
    protected List<ObjectNode> realRecords() {
        return List.of(record("opsgenie/real-captures/port-ocean.alert.a.json"),
                record("opsgenie/real-captures/port-ocean.alert.b.json"));
    }

    @Test
    void anAlertWhoseHugeMessageFillsTheDetectionHeadIsStillAnOpsgenieAlert() {
        ObjectNode alert = realRecords().get(0).deepCopy().put("message", "disk full ".repeat(20_000));
        String head = listEnvelope(List.of(alert.toString())).substring(0, 64 * 1024);
        ObjectNode incident = record("opsgenie/real-captures/port-ocean.incident.a.json").deepCopy()
                .put("message", "disk full ".repeat(20_000));
        String incidentHead = listEnvelope(List.of(incident.toString())).substring(0, 64 * 1024);

        assertThat(parser().detect("alerts.json", head).matches()).isTrue();
        assertThat(parser().detect("incidents.json", incidentHead).matches()).isFalse();
    }

    // ---- Opsgenie: shared/formats/opsgenie

    @Test
    void docsListGivesTwoOpsgenieAlertsWithReportDurationsAddedToCreation() {
        CollectingSink sink = Parsing.parse(parser(), SharedFormats.file("opsgenie/docs-samples/GET_v2_alerts.list.response.json"));

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.events).hasSize(2);
        CanonicalEvent closed = sink.events.get(0);
        assertThat(closed.eventId()).isEqualTo("opsgenie:alert:70413a06-38d6-4c85-92b8-5ebc900d42e2");
        assertThat(closed.kind()).isEqualTo(EventKind.ALERT);
        assertThat(closed.source()).isEqualTo(Source.OPSGENIE);
        assertThat(closed.sourceNumber()).isEqualTo("1791");
        assertThat(closed.title()).isEqualTo("Our servers are in danger");
        assertThat(closed.dedupKey()).isEqualTo("event_573");
        assertThat(closed.priority()).isEqualTo("P4");
        assertThat(closed.status()).isEqualTo("closed");
        assertThat(closed.tags()).containsExactly("OverwriteQuietHours", "Critical");
        assertThat(closed.occurrences()).isEqualTo(79);
        assertThat(closed.createdAt()).isEqualTo(Instant.parse("2017-03-21T20:32:52.353Z"));
        assertThat(closed.updatedAt()).isEqualTo(Instant.parse("2017-04-03T20:32:57.301Z"));
        assertThat(closed.acknowledgedAt()).isEqualTo(Instant.parse("2017-03-21T20:33:08.055Z")); // + 15702 ms
        assertThat(closed.resolvedAt()).isEqualTo(Instant.parse("2017-03-21T20:33:52.856Z")); // + 60503 ms
        assertThat(closed.acknowledgedBy()).isEqualTo("agent_smith@opsgenie.com");
        assertThat(closed.humanAcknowledged()).isTrue();
        assertThat(closed.resolvedBy()).isEqualTo("neo@opsgenie.com");
        assertThat(closed.autoResolved()).isFalse();
        assertThat(closed.service()).as("integration name: no details, no entity").isEqualTo("Nebuchadnezzar");
        assertThat(closed.team()).isEqualTo("4513b7ea-3b91-438f-b7e4-e3e54af9147c");
        assertThat(closed.queue()).isEqualTo("aee8a0de-c80f-4515-a232-501c0bc9d715");

        CanonicalEvent open = sink.events.get(1);
        assertThat(open.title()).isEqualTo("Sample Message");
        assertThat(open.status()).isEqualTo("open");
        assertThat(open.priority()).isEqualTo("P5");
        assertThat(open.service()).isEqualTo("My_Lovely_Amazon");
        assertThat(open.team()).isNull();
        assertThat(open.acknowledgedAt()).isNull();
        assertThat(open.humanAcknowledged()).isNull();
        assertThat(open.autoResolved()).as("still open").isNull();
    }

    @Test
    void portOceanAlertAcknowledgedBySystemIsNotHumanAcknowledged() {
        CanonicalEvent c = Parsing.parse(parser(), SharedFormats.file("opsgenie/real-captures/port-ocean.alert.c.json")).events.get(0);

        assertThat(c.source()).isEqualTo(Source.OPSGENIE);
        assertThat(c.sourceNumber()).isEqualTo("11");
        assertThat(c.title()).isEqualTo("Devops Research Incident");
        assertThat(c.acknowledgedBy()).isEqualTo("System");
        assertThat(c.humanAcknowledged()).isFalse();
        assertThat(c.acknowledgedAt()).isEqualTo(Instant.parse("2023-09-27T16:06:24.070Z")); // 16:03:13.128 + 190942 ms
        assertThat(c.updatedAt()).isEqualTo(Instant.parse("2023-09-27T16:07:06.600Z"));
        assertThat(c.team()).isEqualTo("aaaaaaaa-bbbb-cccc-dddd-eeeeeeee0012");
        assertThat(c.service()).as("no details, entity or integration").isNull();
    }

    @Test
    void portOceanAlertAcknowledgedByAnEmailIsHumanAcknowledged() {
        CanonicalEvent b = Parsing.parse(parser(), SharedFormats.file("opsgenie/real-captures/port-ocean.alert.b.json")).events.get(0);

        assertThat(b.acknowledgedBy()).isEqualTo("user1@example.com");
        assertThat(b.humanAcknowledged()).isTrue();
        assertThat(b.acknowledgedAt()).isEqualTo(Instant.parse("2023-09-27T16:05:51.578Z"));
        assertThat(b.team()).as("only a user responder").isNull();
    }

    @Test
    void portOceanAlertsWithOneFractionalDigitAndNoAcknowledgerParse() {
        CanonicalEvent d = Parsing.parse(parser(), SharedFormats.file("opsgenie/real-captures/port-ocean.alert.d.json")).events.get(0);

        assertThat(d.createdAt()).isEqualTo(Instant.parse("2023-09-26T17:06:17.090Z"));
        assertThat(d.acknowledgedAt()).isEqualTo(Instant.parse("2023-09-26T17:45:25.963Z")); // + 2348873 ms
        assertThat(d.acknowledgedBy()).isNull();
        assertThat(d.humanAcknowledged()).isNull();
        assertThat(d.tags()).containsExactly("tags");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "b", "c", "d"})
    void portOceanAlertsAreBareOpsgenieAlertsParsedWithoutRejects(String which) {
        CollectingSink sink = Parsing.parse(parser(), SharedFormats.file("opsgenie/real-captures/port-ocean.alert." + which + ".json"));

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.events).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo(Source.OPSGENIE);
            assertThat(e.status()).isEqualTo("open");
            assertThat(e.priority()).isEqualTo("P3");
            assertThat(e.occurrences()).isEqualTo(1);
            assertThat(e.autoResolved()).isNull();
        });
    }

    @Test
    void portOceanAlertThroughTheDefaultApiIntegrationHasNoService() {
        CanonicalEvent a = Parsing.parse(parser(), SharedFormats.file("opsgenie/real-captures/port-ocean.alert.a.json")).events.get(0);

        assertThat(a.eventId()).isEqualTo("opsgenie:alert:aaaaaaaa-bbbb-cccc-dddd-eeeeeeee0061-1724857097467");
        assertThat(a.sourceNumber()).isEqualTo("13");
        // "Default API" of type API is the integration every Opsgenie account starts with: every alert sent through
        // it would share it as a service
        assertThat(a.service()).isNull();
        assertThat(a.dedupKey()).isEqualTo("aaaaaaaa-bbbb-cccc-dddd-eeeeeeee0061-1724857097467");
    }

    @Test
    void anAlertClosedWithoutAcknowledgementHasNoAcknowledgementThoughOpsgenieFillsAckTime() {
        // as a real account's GET /v2/alerts gives it: closed through the API, ackTime filled with closeTime
        ObjectNode closed = realRecords().get(0).deepCopy().put("acknowledged", false).put("status", "closed");
        closed.putObject("report").put("ackTime", 27799).put("closeTime", 27799).put("closedBy", "Alert API");
        closed.putObject("integration").put("id", "3cc6").put("name", "API").put("type", "API");
        closed.remove("entity");
        CanonicalEvent e = Parsing.parse(parser(), listEnvelope(List.of(closed.toString())), "alerts.json").onlyEvent();

        assertThat(e.acknowledgedAt()).isNull();
        assertThat(e.resolvedAt()).isNotNull();
        assertThat(e.autoResolved()).isTrue();
        // the default API integration, named as its type, names no service
        assertThat(e.service()).isNull();

        ObjectNode unacknowledged = closed.deepCopy();
        ((ObjectNode) unacknowledged.get("report")).put("ackTime", 1000);
        assertThat(Parsing.parse(parser(), listEnvelope(List.of(unacknowledged.toString())), "alerts.json").onlyEvent()
                .acknowledgedAt()).as("acknowledged, then taken back").isNotNull();
    }

    // ---- Jira Service Management: shared/formats/jsm

    @Test
    void jsmReferenceListGivesAJsmAlertWithEntityAsService() {
        CollectingSink sink = Parsing.parse(parser(), SharedFormats.file("jsm/api-reference-examples/GET_v1_alerts.list.response.RECONSTRUCTED.json"));

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.events).singleElement().satisfies(e -> {
            assertThat(e.eventId()).isEqualTo("jsm:alert:e0caa0ce-d52f-4500-81b9-d592d06970b6");
            assertThat(e.source()).isEqualTo(Source.JSM);
            assertThat(e.sourceNumber()).isEqualTo("1234");
            assertThat(e.title()).isEqualTo("The CPU usage on Server XYZ has exceeded 80% for over 5 minutes.");
            assertThat(e.description()).startsWith("The alert is triggered due to the high CPU usage");
            assertThat(e.service()).isEqualTo("DatabaseServer1");
            assertThat(e.team()).isEqualTo("4513b7ea-3b91-438f-b7e4-e3e54af9147c");
            assertThat(e.queue()).isEqualTo("aee8a0de-c80f-4515-a232-501c0bc9d715");
            assertThat(e.dedupKey()).isEqualTo("DatabaseConnectionFailure_DatabaseServer1");
            assertThat(e.priority()).isEqualTo("P1");
            assertThat(e.status()).isEqualTo("closed");
            assertThat(e.occurrences()).isEqualTo(3);
            assertThat(e.tags()).containsExactly("OverwriteQuietHours", "Critical");
            assertThat(e.createdAt()).isEqualTo(Instant.parse("2024-01-05T07:06:47.958Z"));
            assertThat(e.autoResolved()).as("JSM does not say who closed").isNull();
        });
    }

    @Test
    void jsmSingleAlertHasAbsoluteAckAndCloseTimes() {
        CollectingSink sink = Parsing.parse(parser(), SharedFormats.file("jsm/api-reference-examples/GET_v1_alerts_id.response.current-spec.DERIVED.json"));

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.events).singleElement().satisfies(e -> {
            assertThat(e.source()).as("bare object with JSM-only fields").isEqualTo(Source.JSM);
            assertThat(e.acknowledgedAt()).isEqualTo(Instant.parse("2024-01-05T07:08:47.958Z"));
            assertThat(e.resolvedAt()).isEqualTo(Instant.parse("2024-01-05T09:06:47.958Z"));
            // JSM writes no acknowledgedBy; an acknowledged alert's owner is the one who acknowledged it
            assertThat(e.acknowledgedBy()).isEqualTo("John Smith");
            assertThat(e.humanAcknowledged()).isTrue();
        });
    }

    @Test
    void anOwnerNamesTheAcknowledgerOnlyOfAnAcknowledgedAlertWithoutOne() {
        String jsm = "{\"id\":\"a1\",\"tinyId\":\"7\",\"message\":\"Disk\",\"createdAt\":\"2024-01-05T07:06:47Z\","
                + "\"ackTime\":\"2024-01-05T07:08:47Z\",\"integrationName\":\"Prometheus\",\"owner\":\"%s\","
                + "\"acknowledged\":%s}";

        assertThat(onlyEvent(String.format(jsm, "ana@example.com", "true")).acknowledgedBy()).isEqualTo("ana@example.com");
        assertThat(onlyEvent(String.format(jsm, "ana@example.com", "false")).acknowledgedBy()).isNull();
        assertThat(onlyEvent(String.format(jsm, "", "true")).acknowledgedBy()).isNull();
        String opsgenie = "{\"id\":\"a2\",\"message\":\"Disk\",\"createdAt\":\"2024-01-05T07:06:47Z\",\"owner\":\"bo@example.com\","
                + "\"acknowledged\":true,\"report\":{\"ackTime\":1000,\"acknowledgedBy\":\"ana@example.com\"}}";
        assertThat(onlyEvent(opsgenie).acknowledgedBy()).isEqualTo("ana@example.com");
    }

    @Test
    void jsmRapid7FixtureWithTheOldLastOccurredSpellingParses() {
        CollectingSink sink = Parsing.parse(parser(), SharedFormats.file("jsm/api-reference-examples/GET_v1_alerts_id.response.rapid7-fixture.json"));

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.events).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo(Source.JSM);
            assertThat(e.sourceId()).isEqualTo("e0caa0ce-d52f-4500-81b9-d592d06970b6");
            assertThat(e.acknowledgedAt()).isNull();
        });
    }

    @Test
    void jsmBoomiCaptureIsClosedAtItsCloseTime() {
        CollectingSink sink = Parsing.parse(parser(), SharedFormats.file("jsm/real-captures/boomi-sre.GET_v1_alerts.list.json"));

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.events).singleElement().satisfies(e -> {
            assertThat(e.eventId()).isEqualTo("jsm:alert:bf415f36-...");
            assertThat(e.sourceNumber()).isEqualTo("148783");
            assertThat(e.title()).isEqualTo("[Coralogix] SQS: prod-rivery-feeders-v2, Approximate Age Of Oldest Message...");
            assertThat(e.resolvedAt()).isEqualTo(Instant.parse("2026-03-14T23:12:15.275Z"));
            assertThat(e.service()).as("entity is empty").isEqualTo("Data Integration Devops - Coralogix");
            assertThat(e.team()).isEqualTo("c8007b3c-...");
            assertThat(e.acknowledgedAt()).isNull();
            assertThat(e.autoResolved()).isNull();
        });
    }

    @Test
    void jsmRustFeedCaptureKeepsKeyValueTags() {
        CollectingSink sink = Parsing.parse(parser(), SharedFormats.file("jsm/real-captures/rust-alert-feed.GET_v1_alerts.list.json"));

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.events).singleElement().satisfies(e -> {
            assertThat(e.eventId()).isEqualTo("jsm:alert:aaaa-1111");
            assertThat(e.priority()).isEqualTo("P4");
            assertThat(e.occurrences()).isEqualTo(4);
            assertThat(e.tags()).hasSize(5).contains("App: Catalyst Gateway", "Environment: Dev");
            assertThat(e.service()).isNull();
            assertThat(e.team()).isNull();
            assertThat(e.updatedAt()).isEqualTo(Instant.parse("2026-07-13T15:37:42.921Z"));
        });
    }

    @Test
    void envelopeFieldsBeforeTheRecordsAreSkipped() {
        String boomiRecord = record("jsm/real-captures/boomi-sre.GET_v1_alerts.list.json", "values", "0").toString();

        CollectingSink sink = parse("{\"links\": {\"next\": \"/v1/alerts?offset=20&size=20\"}, \"count\": 105516, \"values\": ["
                + boomiRecord + "]}");

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.events).singleElement().extracting(CanonicalEvent::source).isEqualTo(Source.JSM);
    }

    @Test
    void ndjsonLineWithTwoValuesIsRejectedNotHalfRead() {
        String a = record("opsgenie/real-captures/port-ocean.alert.a.json").toString();
        String b = record("opsgenie/real-captures/port-ocean.alert.b.json").toString();

        CollectingSink sink = parse(a + "\n" + b + " " + a + "\n");

        assertThat(sink.events).hasSize(1);
        assertThat(sink.rejects).extracting(r -> r.position()).containsExactly("line 2");
    }

    // ---- mapping rules on real records, changed one field at a time

    @Test
    void detailsServiceWinsOverEntityAndIntegration() {
        ObjectNode alert = record("opsgenie/real-captures/port-ocean.alert.a.json");
        alert.put("entity", "db-01");
        alert.putObject("details").put("service", "checkout").put("runbook_url", "https://runbooks.example.com/checkout");

        CanonicalEvent e = parse(alert.toString()).events.get(0);

        assertThat(e.service()).isEqualTo("checkout");
        assertThat(e.runbookUrl()).isEqualTo("https://runbooks.example.com/checkout");
    }

    @Test
    void closedByTheIntegrationIsAutomaticAndByAPersonIsNot() {
        ObjectNode alert = record("opsgenie/real-captures/port-ocean.alert.a.json");
        alert.put("status", "closed");
        alert.putObject("report").put("closeTime", 60_000).put("closedBy", "Default API");
        ObjectNode byPerson = alert.deepCopy();
        ((ObjectNode) byPerson.get("report")).put("closedBy", "Jane Smith");

        CanonicalEvent auto = parse(alert.toString()).events.get(0);
        CanonicalEvent manual = parse(byPerson.toString()).events.get(0);

        assertThat(auto.autoResolved()).isTrue();
        assertThat(auto.resolvedAt()).isEqualTo(Instant.parse("2024-08-28T14:59:17.467Z"));
        assertThat(manual.autoResolved()).isFalse();
        assertThat(manual.resolvedBy()).isEqualTo("Jane Smith");
    }

    @Test
    void closedOpsgenieAlertWithoutCloserIsAutomatic() {
        ObjectNode alert = record("opsgenie/real-captures/port-ocean.alert.d.json");
        alert.put("status", "closed");

        assertThat(parse(alert.toString()).events.get(0).autoResolved()).isTrue();
    }

    @Test
    void epochMillisecondsAreReadAsInstantsNotDurations() {
        ObjectNode alert = record("jsm/api-reference-examples/GET_v1_alerts_id.response.current-spec.DERIVED.json");
        alert.put("closeTime", 1704445607958L);

        assertThat(parse(alert.toString()).events.get(0).resolvedAt()).isEqualTo(Instant.parse("2024-01-05T09:06:47.958Z"));
    }

    @Test
    void namedTeamResponderGivesItsName() {
        ObjectNode alert = record("opsgenie/real-captures/port-ocean.alert.c.json");
        alert.withArray("responders").removeAll().addObject().put("type", "team").put("id", "t-1").put("name", "SRE");
        alert.withArray("responders").addObject().put("type", "schedule").put("id", "s-1").put("name", "sre_schedule");

        CanonicalEvent e = parse(alert.toString()).events.get(0);

        assertThat(e.team()).isEqualTo("SRE");
        assertThat(e.queue()).isEqualTo("sre_schedule");
    }

    @Test
    void peopleAreToldApartFromSystemActors() {
        assertThat(OpsgenieAlertMapper.isPerson("neo@opsgenie.com", "Default API", "API")).isTrue();
        assertThat(OpsgenieAlertMapper.isPerson("John Smith", "Default API", "API")).isTrue();
        assertThat(OpsgenieAlertMapper.isPerson("System", "Default API", "API")).isFalse();
        assertThat(OpsgenieAlertMapper.isPerson("Default API", "Default API", "API")).isFalse();
        assertThat(OpsgenieAlertMapper.isPerson("Nebuchadnezzar", "Nebuchadnezzar", "API")).isFalse();
        assertThat(OpsgenieAlertMapper.isPerson("CloudWatch Integration", null, null)).isFalse();
    }

    private CanonicalEvent onlyEvent(String json) {
        CollectingSink sink = Parsing.parse(parser(), json, "alert.json");
        assertThat(sink.rejects).isEmpty();
        assertThat(sink.events).hasSize(1);
        return sink.events.get(0);
    }
}
