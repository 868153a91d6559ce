package dev.opshistory.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.Source;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpsgenieIncidentsJsonParserTest extends ExportParserContractTest {

    private static final String LIST = "opsgenie/docs-samples/GET_v1_incidents.list.response.RESERIALIZED.json";
    private static final String CAPTURE_A = "opsgenie/real-captures/port-ocean.incident.a.json";
    private static final String CAPTURE_B = "opsgenie/real-captures/port-ocean.incident.b.json";

    OpsgenieIncidentsJsonParserTest() {
        super(new OpsgenieIncidentsJsonParser(), RecordFields.opsgenie("message"),
                new ListEnvelope("data", List.of("\"took\": 0.605", "\"requestId\": \"9ae63dd7-ed00-4c81-86f0-c4ffd33142c9\""),
                        "{\"data\": [], \"took\": 0.01, \"requestId\": \"9ae63dd7-ed00-4c81-86f0-c4ffd33142c9\"}"));
    }

    @Override
    protected List<ObjectNode> realRecords() {
        return List.of(record(LIST, "data", "0"), record(CAPTURE_A));
    }

    @Test
    void anIncidentWhoseHugeMessageFillsTheDetectionHeadIsStillAnOpsgenieIncident() {
        ObjectNode incident = record(CAPTURE_A).deepCopy().put("message", "checkout down ".repeat(20_000));
        String head = listEnvelope(List.of(incident.toString())).substring(0, 64 * 1024);
        ObjectNode alert = record("opsgenie/real-captures/port-ocean.alert.a.json").deepCopy()
                .put("message", "checkout down ".repeat(20_000));
        String alertHead = listEnvelope(List.of(alert.toString())).substring(0, 64 * 1024);

        assertThat(parser().detect("incidents.json", head).matches()).isTrue();
        assertThat(parser().detect("alerts.json", alertHead).matches()).isFalse();
    }

    // ---- the real payloads of shared/formats/opsgenie

    @Test
    void docsSampleListGivesClosedAndOpenIncidents() {
        CollectingSink sink = Parsing.parse(parser(), SharedFormats.file(LIST));

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.events).hasSize(2);
        CanonicalEvent closed = sink.events.get(0);
        assertThat(closed.eventId()).isEqualTo("opsgenie:incident:70413a06-38d6-4c85-92b8-5ebc900d42e2");
        assertThat(closed.kind()).isEqualTo(EventKind.INCIDENT);
        assertThat(closed.source()).isEqualTo(Source.OPSGENIE);
        assertThat(closed.sourceNumber()).isEqualTo("1791");
        assertThat(closed.title()).isEqualTo("Our servers are in danger");
        assertThat(closed.status()).isEqualTo("closed");
        assertThat(closed.priority()).isEqualTo("P4");
        assertThat(closed.tags()).containsExactly("OverwriteQuietHours", "Critical");
        assertThat(closed.createdAt()).isEqualTo(Instant.parse("2017-03-21T20:32:52.353Z"));
        assertThat(closed.updatedAt()).isEqualTo(Instant.parse("2017-04-03T20:32:57.301Z"));
        assertThat(closed.resolvedAt()).as("closed, but no impactEndDate").isNull();
        assertThat(closed.team()).isEqualTo("fc1448b7-46b2-401d-9df8-c02675958e3b");
        assertThat(closed.service()).isEqualTo("df635094-efd3-48e4-b73a-b8bdfbf1178f");
        assertThat(sink.events.get(1).service()).as("impactedServices is empty").isNull();
    }

    @Test
    void realCaptureCarriesDescriptionLinkAndTeamResponder() {
        CollectingSink sink = Parsing.parse(parser(), SharedFormats.file(CAPTURE_A));

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.events).singleElement().satisfies(e -> {
            assertThat(e.eventId()).isEqualTo("opsgenie:incident:aaaaaaaa-bbbb-cccc-dddd-eeeeeeee0041");
            assertThat(e.sourceNumber()).isEqualTo("3");
            assertThat(e.title()).isEqualTo("Example Token Incident");
            assertThat(e.description()).isEqualTo("summary");
            assertThat(e.status()).isEqualTo("open");
            assertThat(e.priority()).isEqualTo("P3");
            assertThat(e.tags()).containsExactly("tags");
            assertThat(e.createdAt()).isEqualTo(Instant.parse("2023-09-26T17:06:16.824Z"));
            assertThat(e.updatedAt()).as("two fractional digits").isEqualTo(Instant.parse("2023-09-26T17:49:10.170Z"));
            assertThat(e.team()).as("ownerTeam is blank: the team responder").isEqualTo("aaaaaaaa-bbbb-cccc-dddd-eeeeeeee0012");
            assertThat(e.service()).isEqualTo("aaaaaaaa-bbbb-cccc-dddd-eeeeeeee0052");
            assertThat(e.htmlUrl()).isEqualTo("https://app.opsgenie.com/incident/detail/aaaaaaaa-bbbb-cccc-dddd-eeeeeeee0041");
            assertThat(e.resolvedAt()).as("open, although its impact ended").isNull();
            assertThat(e.acknowledgedAt()).isNull();
            assertThat(e.autoResolved()).isNull();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {CAPTURE_A, CAPTURE_B})
    void realCapturesParseWithoutRejects(String file) {
        CollectingSink sink = Parsing.parse(parser(), SharedFormats.file(file));

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.events).singleElement().extracting(CanonicalEvent::kind).isEqualTo(EventKind.INCIDENT);
    }

    // ---- mapping rules on real records, changed one field at a time

    @ParameterizedTest
    @ValueSource(strings = {"closed", "resolved", "Resolved"})
    void closedIncidentIsResolvedWhenItsImpactEnded(String status) {
        ObjectNode incident = record(CAPTURE_A);
        incident.put("status", status);

        CanonicalEvent e = parse(listEnvelope(List.of(incident.toString()))).events.get(0);

        assertThat(e.resolvedAt()).isEqualTo(Instant.parse("2023-09-26T17:45:25.719Z"));
    }

    @Test
    void ownerTeamWinsOverTheTeamResponder() {
        ObjectNode incident = record(CAPTURE_A);
        incident.put("ownerTeam", "Platform");

        assertThat(parse(listEnvelope(List.of(incident.toString()))).events.get(0).team()).isEqualTo("Platform");
    }

    @Test
    void escalationResponderIsTheQueue() {
        ObjectNode incident = record(CAPTURE_A);
        incident.withArray("responders").addObject().put("type", "escalation").put("name", "Ops_Escalation");

        assertThat(parse(listEnvelope(List.of(incident.toString()))).events.get(0).queue()).isEqualTo("Ops_Escalation");
    }

    @Test
    void runbookLinkIsTakenFromTheExtraProperties() {
        ObjectNode incident = record(CAPTURE_A);
        incident.putObject("extraProperties").put("runbook", "https://wiki.example.com/runbooks/checkout");

        assertThat(parse(listEnvelope(List.of(incident.toString()))).events.get(0).runbookUrl())
                .isEqualTo("https://wiki.example.com/runbooks/checkout");
    }

    @Test
    void unparseableImpactStartIsRejectedNamingTheField() {
        ObjectNode incident = record(CAPTURE_A);
        incident.put("impactStartDate", "soon");

        assertThat(parse(listEnvelope(List.of(incident.toString()))).rejects)
                .singleElement().satisfies(r -> assertThat(r.field()).isEqualTo("impactStartDate"));
    }

    @Test
    void singleEnvelopeIsRead() {
        String single = "{\"data\": " + record(CAPTURE_B) + ", \"took\": 0.1, \"requestId\": \"r-1\"}";

        CollectingSink sink = parse(single);

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.events).singleElement().extracting(CanonicalEvent::sourceId)
                .isEqualTo("aaaaaaaa-bbbb-cccc-dddd-eeeeeeee0042");
        assertThat(parser().detect("incident.json", single).reason()).contains("GET /v1/incidents/{id}");
    }

    // ---- detection

    @Test
    void detectionTakesItsOwnPayloadsAndNoOtherSharedPayload() {
        SharedPayloadOwners.assertDetectsOnlyItsOwn(parser(), OpsgenieIncidentsJsonParser.FORMAT);
    }

    @Test
    void alertsParserDoesNotTakeTheIncidentPayloads() {
        OpsgenieAlertsJsonParser alerts = new OpsgenieAlertsJsonParser();
        for (String file : List.of(LIST, CAPTURE_A, CAPTURE_B)) {
            assertThat(alerts.detect(file, SharedPayloadOwners.head(file)).matches()).as(file).isFalse();
        }
    }

    @Test
    void emptyListIsLeftToTheAlertsParser() {
        assertThat(parser().detect("incidents.json", headerOnly()).matches()).isFalse();
        assertThat(parse(headerOnly()).events).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException {
        return PrefixedGoldenCases.of("og-incidents-", "json", parser());
    }
}
