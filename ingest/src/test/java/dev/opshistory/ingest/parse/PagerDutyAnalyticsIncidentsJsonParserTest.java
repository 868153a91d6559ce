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

class PagerDutyAnalyticsIncidentsJsonParserTest extends ExportParserContractTest {

    private static final String PAGE = "pagerduty/api-reference-examples/POST_analytics_raw_incidents.response.json";
    private static final String SINGLE = "pagerduty/api-reference-examples/GET_analytics_raw_incidents_id.response.json";

    PagerDutyAnalyticsIncidentsJsonParserTest() {
        super(new PagerDutyAnalyticsIncidentsJsonParser(), RecordFields.pagerDuty("description"), new ListEnvelope("data",
                List.of("\"ending_before\": null", "\"filters\": {}", "\"first\": \"PYC0H08\"", "\"last\": \"PCOOHCY\"",
                        "\"limit\": 10", "\"more\": true", "\"order\": \"desc\"", "\"order_by\": \"created_at\"",
                        "\"starting_after\": null", "\"time_zone\": \"Etc/UTC\""),
                "{\"data\": [], \"ending_before\": null, \"filters\": {}, \"first\": null, \"last\": null, \"limit\": 10,"
                        + " \"more\": false, \"order\": \"desc\", \"order_by\": \"created_at\", \"starting_after\": null,"
                        + " \"time_zone\": \"Etc/UTC\"}"));
    }

    @Override
    protected List<ObjectNode> realRecords() {
        return List.of(record(PAGE, "data", "0"), record(SINGLE, "data"));
    }

    /**
     * Replaces the inherited rule: Analytics writes timestamps without a zone (the API reference's list
     * example does), and MANIFEST.md says to read them as UTC. See {@link #timestampWithoutZoneIsReadAsUtc}.
     */
    @Override
    void timestampWithoutZoneIsRejectedRatherThanGuessed() {
    }

    @Test
    void timestampWithoutZoneIsReadAsUtc() {
        ObjectNode local = realRecords().get(1);
        local.put("created_at", "2024-03-10T01:30:00");

        CollectingSink sink = parse(listEnvelope(List.of(local.toString())));

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.events).singleElement().extracting(CanonicalEvent::createdAt)
                .isEqualTo(Instant.parse("2024-03-10T01:30:00Z"));
    }

    // ---- the real payloads of shared/formats/pagerduty

    @Test
    void pageFromTheApiReferenceGivesTwoAlertsWithTheRestIncidentIds() {
        CollectingSink sink = Parsing.parse(parser(), SharedFormats.file(PAGE));

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.events).extracting(CanonicalEvent::eventId)
                .containsExactly("pagerduty:alert:PYC0H08", "pagerduty:alert:PCOOHCY");
        CanonicalEvent e = sink.events.get(0);
        assertThat(e.kind()).isEqualTo(EventKind.ALERT);
        assertThat(e.source()).isEqualTo(Source.PAGERDUTY);
        assertThat(e.sourceNumber()).isEqualTo("928");
        assertThat(e.title()).isEqualTo("The server is on fire!");
        assertThat(e.description()).isEqualTo("The server is on fire!");
        assertThat(e.service()).isEqualTo("Engineering");
        assertThat(e.team()).as("team_name and team_id are null").isNull();
        assertThat(e.queue()).isEqualTo("Escalation Policy 1");
        assertThat(e.priority()).isNull();
        assertThat(e.urgency()).isEqualTo("low");
        assertThat(e.status()).isEqualTo("resolved");
        assertThat(e.createdAt()).as("zone-less, read as UTC").isEqualTo(Instant.parse("2023-05-31T10:05:00Z"));
        assertThat(e.updatedAt()).isEqualTo(Instant.parse("2023-06-04T00:00:00Z"));
        assertThat(e.acknowledgedAt()).isEqualTo(Instant.parse("2023-05-31T10:05:05Z"));
        assertThat(e.resolvedAt()).as("created_at + seconds_to_resolve").isEqualTo(Instant.parse("2023-05-31T10:05:00Z").plusSeconds(3305));
        assertThat(e.acknowledgedBy()).isEqualTo("John Smith");
        assertThat(e.humanAcknowledged()).isTrue();
        assertThat(e.resolvedBy()).isEqualTo("John Smith");
        assertThat(e.autoResolved()).isFalse();
        assertThat(e.escalations()).isEqualTo(1);
        assertThat(e.notifications()).isEqualTo(2);
        assertThat(e.major()).isFalse();
        assertThat(e.alertCount()).as("analytics has no alert count").isNull();
    }

    @Test
    void recordWithoutAutoResolvedButAUserResolverIsAManualResolve() {
        CanonicalEvent second = Parsing.parse(parser(), SharedFormats.file(PAGE)).events.get(1);

        assertThat(second.team()).isEqualTo("Marketing");
        assertThat(second.priority()).isEqualTo("SEV-2");
        assertThat(second.resolvedBy()).isEqualTo("Sally Styles");
        assertThat(second.autoResolved()).isFalse();
    }

    @Test
    void singleIncidentFromTheApiReferenceIsMajorWithItsPriorityOrder() {
        CollectingSink sink = Parsing.parse(parser(), SharedFormats.file(SINGLE));

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.events).singleElement().satisfies(e -> {
            assertThat(e.eventId()).isEqualTo("pagerduty:alert:PJASD33");
            assertThat(e.major()).isTrue();
            assertThat(e.priority()).isEqualTo("SEV-1");
            assertThat(e.priorityOrder()).isEqualTo(67108864);
            assertThat(e.team()).isEqualTo("Engineering team 7");
            assertThat(e.urgency()).isEqualTo("high");
            assertThat(e.createdAt()).isEqualTo(Instant.parse("2024-01-01T21:00:00Z"));
            assertThat(e.acknowledgedAt()).isEqualTo(Instant.parse("2024-01-01T21:00:15Z"));
            assertThat(e.resolvedAt()).isEqualTo(Instant.parse("2024-01-01T21:01:00Z"));
            assertThat(e.acknowledgedBy()).isEqualTo("Santos Dicera");
        });
    }

    // ---- mapping rules on real records, changed one field at a time

    @Test
    void withoutSecondsToResolveTheResolvedAtFieldIsUsed() {
        ObjectNode record = realRecords().get(1);
        record.remove("seconds_to_resolve");

        CanonicalEvent e = parse(listEnvelope(List.of(record.toString()))).events.get(0);

        assertThat(e.resolvedAt()).isEqualTo(Instant.parse("2024-01-02T21:01:00Z"));
    }

    @Test
    void autoResolvedFlagIsTakenAsGiven() {
        ObjectNode record = realRecords().get(1);
        record.put("auto_resolved", true);

        assertThat(parse(listEnvelope(List.of(record.toString()))).events.get(0).autoResolved()).isTrue();
    }

    @Test
    void neverAcknowledgedIncidentHasNoAcknowledgement() {
        ObjectNode record = realRecords().get(1);
        record.putNull("seconds_to_first_ack");
        record.putArray("acknowledged_user_names");
        record.putArray("acknowledged_user_ids");

        CanonicalEvent e = parse(listEnvelope(List.of(record.toString()))).events.get(0);

        assertThat(e.acknowledgedAt()).isNull();
        assertThat(e.acknowledgedBy()).isNull();
        assertThat(e.humanAcknowledged()).isNull();
    }

    @Test
    void negativeDurationIsRejectedNamingTheField() {
        ObjectNode record = realRecords().get(1);
        record.put("seconds_to_first_ack", -5);

        CollectingSink sink = parse(listEnvelope(List.of(record.toString())));

        assertThat(sink.rejects).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo("seconds_to_first_ack");
            assertThat(r.position()).isEqualTo("record 1");
        });
    }

    @Test
    void userListOfTheWrongTypeIsRejectedNamingTheField() {
        ObjectNode record = realRecords().get(1);
        record.put("acknowledged_user_names", "Santos Dicera");

        assertThat(parse(listEnvelope(List.of(record.toString()))).rejects)
                .singleElement().satisfies(r -> assertThat(r.field()).isEqualTo("acknowledged_user_names"));
    }

    // ---- detection

    @Test
    void detectionTakesItsOwnPayloadsAndNoOtherSharedPayload() {
        SharedPayloadOwners.assertDetectsOnlyItsOwn(parser(), PagerDutyAnalyticsIncidentsJsonParser.FORMAT);
    }

    @Test
    void detectionNamesTheEndpoint() {
        assertThat(parser().detect("x.json", SharedPayloadOwners.head(PAGE)).reason()).contains("POST /analytics/raw/incidents");
        assertThat(parser().detect("x.json", SharedPayloadOwners.head(SINGLE)).reason()).contains("GET /analytics/raw/incidents/{id}");
    }

    @Test
    void emptyPageIsStillAnalytics() {
        assertThat(parser().detect("page.json", headerOnly()).matches()).isTrue();
    }

    @Test
    void restIncidentsAreNotAnalytics() {
        String bare = record("pagerduty/real-captures/hpe-hcss.GET_incidents_id.json", "incident").toString();

        assertThat(parser().detect("incident.json", bare).matches()).isFalse();
        assertThat(parser().detect("incidents.ndjson", bare + "\n" + bare + "\n").matches()).isFalse();
    }

    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException {
        return PrefixedGoldenCases.of("analytics-", "json", parser());
    }
}
