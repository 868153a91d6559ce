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

class PagerDutyIncidentsJsonParserTest extends ExportParserContractTest {

    PagerDutyIncidentsJsonParserTest() {
        super(new PagerDutyIncidentsJsonParser(), RecordFields.pagerDuty("title"),
                new ListEnvelope("incidents", List.of("\"limit\": 25", "\"offset\": 0", "\"more\": false"),
                        "{\"incidents\": [], \"limit\": 25, \"offset\": 0, \"more\": false, \"total\": null}"));
    }

    @Override
    protected List<ObjectNode> realRecords() {
        return List.of(record("pagerduty/api-reference-examples/GET_incidents.response.json", "incidents", "0"),
                record("pagerduty/real-captures/hpe-hcss.GET_incidents_id.json", "incident"));
    }

    // ---- the real payloads of shared/formats/pagerduty

    @Test
    void listEnvelopeFromTheApiReferenceGivesOneResolvedAlert() {
        CollectingSink sink = Parsing.parse(parser(), SharedFormats.file("pagerduty/api-reference-examples/GET_incidents.response.json"));

        assertThat(sink.rejects).isEmpty();
        CanonicalEvent e = sink.events.get(0);
        assertThat(sink.events).hasSize(1);
        assertThat(e.eventId()).isEqualTo("pagerduty:alert:PT4KHLK");
        assertThat(e.kind()).isEqualTo(EventKind.ALERT);
        assertThat(e.source()).isEqualTo(Source.PAGERDUTY);
        assertThat(e.sourceNumber()).isEqualTo("1234");
        assertThat(e.title()).isEqualTo("The server is on fire.");
        assertThat(e.service()).isEqualTo("My Mail Service");
        assertThat(e.team()).isEqualTo("Engineering");
        assertThat(e.queue()).isEqualTo("Another Escalation Policy");
        assertThat(e.dedupKey()).isEqualTo("baf7cf21b1da41b4b0221008339ff357");
        assertThat(e.priority()).isEqualTo("P2");
        assertThat(e.priorityOrder()).isNull();
        assertThat(e.urgency()).isEqualTo("high");
        assertThat(e.status()).isEqualTo("resolved");
        assertThat(e.createdAt()).isEqualTo(Instant.parse("2015-10-06T21:30:42Z"));
        assertThat(e.updatedAt()).isEqualTo(Instant.parse("2015-10-06T21:40:23Z"));
        assertThat(e.resolvedAt()).isEqualTo(Instant.parse("2015-10-06T21:38:23Z"));
        assertThat(e.resolvedBy()).isEqualTo("Earline Greenholt");
        assertThat(e.autoResolved()).isFalse();
        assertThat(e.acknowledgedAt()).isNull();
        assertThat(e.humanAcknowledged()).isNull();
        assertThat(e.alertCount()).isEqualTo(2);
        assertThat(e.htmlUrl()).isEqualTo("https://subdomain.pagerduty.com/incidents/PT4KHLK");
        assertThat(e.major()).isFalse();
        assertThat(e.tags()).isEmpty();
        assertThat(e.sourceFile()).isEqualTo("GET_incidents.response.json");
    }

    @Test
    void singleIncidentFromTheApiReferenceIsAcknowledgedByAPerson() {
        CollectingSink sink = Parsing.parse(parser(), SharedFormats.file("pagerduty/api-reference-examples/GET_incidents_id.response.json"));

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.events).singleElement().satisfies(e -> {
            assertThat(e.sourceId()).isEqualTo("PT4KHLK");
            assertThat(e.status()).isEqualTo("acknowledged");
            assertThat(e.acknowledgedAt()).isEqualTo(Instant.parse("2015-11-10T00:32:52Z"));
            assertThat(e.acknowledgedBy()).isEqualTo("Earline Greenholt");
            assertThat(e.humanAcknowledged()).isTrue();
            assertThat(e.resolvedAt()).isNull();
            assertThat(e.resolvedBy()).isNull();
            assertThat(e.autoResolved()).isNull();
            assertThat(e.alertCount()).isEqualTo(2);
        });
    }

    @Test
    void customFieldsAreTagsNameEqualsValue() {
        // as GET /incidents?include[]=custom_fields writes them (the API reference's example, and a multi-value field)
        ObjectNode incident = realRecords().get(0).deepCopy();
        var fields = incident.putArray("custom_fields");
        fields.addObject().put("id", "PT4KHEE").put("type", "field_value").put("name", "environment")
                .put("display_name", "Runtime Environment").put("data_type", "string")
                .put("field_type", "single_value_fixed").put("value", "production");
        var regions = fields.addObject().put("name", "regions").put("field_type", "multi_value_fixed");
        regions.putArray("value").add("eu-west-1").add("us-east-1");
        fields.addObject().put("name", "customer_tier").putNull("value");

        CanonicalEvent event = Parsing.parse(parser(), "{\"incident\":" + incident + "}", "incident.json").onlyEvent();

        assertThat(event.tags()).containsExactly("environment=production", "regions=eu-west-1,us-east-1");
    }

    @Test
    void theBodysDetailsAreTheDescriptionAndAResolvedIncidentWithoutResolvedAtIsResolvedAtItsLastStatusChange() {
        ObjectNode incident = realRecords().get(0).deepCopy();
        incident.put("status", "resolved").put("last_status_change_at", "2022-07-15T19:55:22Z").remove("resolved_at");
        incident.putObject("last_status_change_by").put("type", "user_reference").put("summary", "Sam Amer");
        incident.putObject("body").put("type", "incident_body")
                .put("details", "A disk is getting full on this machine. You should investigate.");
        CanonicalEvent text = Parsing.parse(parser(), "{\"incident\":" + incident + "}", "incident.json").onlyEvent();

        assertThat(text.description()).isEqualTo("A disk is getting full on this machine. You should investigate.");
        assertThat(text.resolvedAt()).isEqualTo(Instant.parse("2022-07-15T19:55:22Z"));
        assertThat(text.resolvedBy()).isEqualTo("Sam Amer");

        ((ObjectNode) incident.get("body")).putObject("details").put("host", "db-1").put("disk", "91%")
                .putObject("nested").put("ignored", true);
        CanonicalEvent fields = Parsing.parse(parser(), "{\"incident\":" + incident + "}", "incident.json").onlyEvent();
        assertThat(fields.description()).isEqualTo("host: db-1\ndisk: 91%");
    }

    @Test
    void hpeCaptureIsResolvedAutomaticallyByItsService() {
        CollectingSink sink = Parsing.parse(parser(), SharedFormats.file("pagerduty/real-captures/hpe-hcss.GET_incidents_id.json"));

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.events).singleElement().satisfies(e -> {
            assertThat(e.eventId()).isEqualTo("pagerduty:alert:Q0TUTXDJ0P1RRT");
            assertThat(e.sourceNumber()).isEqualTo("618441");
            assertThat(e.title()).isEqualTo("[PROD-WEST] OpenSearch Cluster Yellow");
            assertThat(e.description()).isEqualTo("[PROD-WEST] OpenSearch Cluster Yellow");
            assertThat(e.service()).isEqualTo("Nebula Infrastructure (Production)");
            assertThat(e.team()).isEqualTo("Nebula Operations");
            assertThat(e.queue()).isEqualTo("Nebula Infrastructure (Production)");
            assertThat(e.dedupKey()).isNull();
            assertThat(e.priority()).isEqualTo("P3");
            assertThat(e.priorityOrder()).isEqualTo(65536);
            assertThat(e.urgency()).isEqualTo("low");
            assertThat(e.createdAt()).isEqualTo(Instant.parse("2024-09-14T05:31:38Z"));
            assertThat(e.resolvedAt()).isEqualTo(Instant.parse("2024-09-14T05:41:38Z"));
            assertThat(e.resolvedBy()).isEqualTo("Nebula Infrastructure (Production)");
            assertThat(e.autoResolved()).isTrue();
            assertThat(e.alertCount()).isEqualTo(1);
            assertThat(e.major()).isFalse();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "b", "c", "d"})
    void portOceanCapturesAreBareIncidentsParsedWithoutRejects(String which) {
        CollectingSink sink = Parsing.parse(parser(), SharedFormats.file("pagerduty/real-captures/port-ocean.incident." + which + ".json"));

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.events).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo("triggered");
            assertThat(e.team()).as("teams is empty").isNull();
            assertThat(e.resolvedBy()).as("not resolved").isNull();
            assertThat(e.autoResolved()).isNull();
            assertThat(e.alertCount()).isZero();
        });
    }

    @Test
    void portOceanIncidentCarriesItsFullPriorityObject() {
        CanonicalEvent a = Parsing.parse(parser(), SharedFormats.file("pagerduty/real-captures/port-ocean.incident.a.json")).events.get(0);

        assertThat(a.eventId()).isEqualTo("pagerduty:alert:Q1QGYB805SG874");
        assertThat(a.sourceNumber()).isEqualTo("271");
        assertThat(a.title()).isEqualTo("Test incident");
        assertThat(a.service()).isEqualTo("API Gateway MTBF Test");
        assertThat(a.queue()).isEqualTo("Backend Escalation Policy");
        assertThat(a.dedupKey()).isEqualTo("e20af41f10af47f89468db4e9ac0c618");
        assertThat(a.priority()).isEqualTo("P2");
        assertThat(a.priorityOrder()).isEqualTo(400000000);
        assertThat(a.createdAt()).isEqualTo(Instant.parse("2025-11-07T08:48:39Z"));
        assertThat(a.updatedAt()).isEqualTo(Instant.parse("2025-11-17T14:17:49Z"));
        assertThat(a.htmlUrl()).isEqualTo("https://getport-io.pagerduty.com/incidents/Q1QGYB805SG874");
    }

    @Test
    void nullPriorityGivesNoPriority() {
        CanonicalEvent c = Parsing.parse(parser(), SharedFormats.file("pagerduty/real-captures/port-ocean.incident.c.json")).events.get(0);

        assertThat(c.sourceNumber()).isEqualTo("274");
        assertThat(c.title()).isEqualTo("High latency detected in checkout flow - MCP Guide Test");
        assertThat(c.priority()).isNull();
        assertThat(c.priorityOrder()).isNull();
        assertThat(c.urgency()).isEqualTo("high");
    }

    // ---- the whole first trigger log entry (GET /incidents?include[]=first_trigger_log_entries)

    @Test
    void eventsApiV2TriggerGivesTheDedupKeyAndAlertSeverityTheIncidentLacks() {
        ObjectNode incident = eventsApiV2Incident();

        CanonicalEvent e = parseIncident(incident);

        assertThat(e.dedupKey()).isEqualTo("5eed518c62c55d3d5b4d79123e935c688fcb972a3ebdc76a43ae637a92c00152");
        assertThat(e.alertSeverity()).isEqualTo("critical");

        incident.put("incident_key", "checkout-5xx");
        assertThat(parseIncident(incident).dedupKey()).as("the incident's own key wins").isEqualTo("checkout-5xx");

        incident.put("incident_key", (String) null);
        ((ObjectNode) incident.at("/first_trigger_log_entry/channel")).remove("cef_details");
        assertThat(parseIncident(incident).dedupKey()).as("an API v1 channel's incident_key")
                .isEqualTo("5eed518c62c55d3d5b4d79123e935c688fcb972a3ebdc76a43ae637a92c00152");

        incident.set("first_trigger_log_entry", record("pagerduty/real-captures/hpe-hcss.GET_incidents_id.json",
                "incident", "first_trigger_log_entry"));
        CanonicalEvent withReference = parseIncident(incident);
        assertThat(withReference.dedupKey()).as("a reference adds nothing").isNull();
        assertThat(withReference.alertSeverity()).isNull();
        assertThat(withReference.description()).isEqualTo(withReference.title());
    }

    @Test
    void triggerDetailsAreTheDescriptionWhenTheIncidentsOwnRepeatsTheTitle() {
        CanonicalEvent grafana = parseIncident(eventsApiV2Incident());
        CanonicalEvent webTrigger = Parsing.parse(parser(),
                SharedFormats.file("pagerduty/real-captures/port-ocean.incident.a.json")).onlyEvent();

        assertThat(grafana.description()).startsWith("firing: \nValue: A=13.998833430547453\nLabels:")
                .endsWith("\nnum_firing: 1\nnum_resolved: 0");
        assertThat(webTrigger.description()).isEqualTo("Testing webhook");

        ObjectNode ownText = eventsApiV2Incident().put("description", "Payments fail for card holders in EU");
        assertThat(parseIncident(ownText).description()).isEqualTo("Payments fail for card holders in EU");
    }

    @Test
    void runbookLinkIsTakenFromTheTriggerDetails() {
        ObjectNode incident = eventsApiV2Incident();
        ((ObjectNode) incident.at("/first_trigger_log_entry/channel/cef_details/details"))
                .put("runbook_url", "https://wiki.example.com/runbooks/payment-errors");

        CanonicalEvent e = parseIncident(incident);

        assertThat(e.runbookUrl()).isEqualTo("https://wiki.example.com/runbooks/payment-errors");

        ObjectNode linked = eventsApiV2Incident();
        ((ObjectNode) linked.at("/first_trigger_log_entry/contexts/0"))
                .put("href", "https://wiki.example.com/display/PAY").put("text", "Runbook");
        assertThat(parseIncident(linked).runbookUrl()).as("a link among the trigger's contexts named so")
                .isEqualTo("https://wiki.example.com/display/PAY");
    }

    @Test
    void triggerOfTheWrongTypeIsRejectedNamingTheField() {
        ObjectNode incident = eventsApiV2Incident();
        ((ObjectNode) incident.at("/first_trigger_log_entry/channel")).put("cef_details", "critical");

        CollectingSink sink = parse(listEnvelope(List.of(incident.toString())));

        assertThat(sink.rejects).singleElement()
                .satisfies(r -> assertThat(r.field()).isEqualTo("first_trigger_log_entry.channel.cef_details"));
    }

    // ---- mapping rules on real records, changed one field at a time

    @Test
    void titleFallsBackToTheSummaryWithoutItsNumber() {
        ObjectNode incident = realRecords().get(0);
        incident.remove("title");

        CanonicalEvent e = parse(listEnvelope(List.of(incident.toString()))).events.get(0);

        assertThat(e.title()).isEqualTo("The server is on fire.");
    }

    @Test
    void resolveByAnIntegrationIsAutomatic() {
        ObjectNode incident = realRecords().get(0);
        incident.putObject("last_status_change_by").put("id", "PABC123")
                .put("type", "generic_email_inbound_integration_reference").put("summary", "Email integration");

        CanonicalEvent e = parse(listEnvelope(List.of(incident.toString()))).events.get(0);

        assertThat(e.resolvedBy()).isEqualTo("Email integration");
        assertThat(e.autoResolved()).isTrue();
    }

    @Test
    void majorIncidentTypeMarksTheAlertMajor() {
        ObjectNode incident = realRecords().get(0);
        incident.putObject("incident_type").put("name", "Major Incident");

        assertThat(parse(listEnvelope(List.of(incident.toString()))).events.get(0).major()).isTrue();
    }

    @Test
    void runbookLinkIsTakenFromTheBodyDetails() {
        ObjectNode incident = realRecords().get(1);
        incident.putObject("body").put("type", "incident_body")
                .put("details", "Cluster yellow, see https://wiki.example.com/display/OPS/OpenSearch+runbook now");

        CanonicalEvent e = parse(listEnvelope(List.of(incident.toString()))).events.get(0);

        assertThat(e.runbookUrl()).isEqualTo("https://wiki.example.com/display/OPS/OpenSearch+runbook");
    }

    @Test
    void earliestAcknowledgementIsTakenAndAnyPersonAmongTheAcknowledgersMakesItHuman() {
        ObjectNode incident = record("pagerduty/api-reference-examples/GET_incidents_id.response.json", "incident");
        incident.withArray("acknowledgements").addObject().put("at", "2015-11-10T00:30:00Z")
                .putObject("acknowledger").put("id", "PIJ90N7").put("type", "service_reference").put("summary", "My Mail Service");

        CanonicalEvent e = parse(listEnvelope(List.of(incident.toString()))).events.get(0);

        assertThat(e.acknowledgedAt()).isEqualTo(Instant.parse("2015-11-10T00:30:00Z"));
        assertThat(e.acknowledgedBy()).isEqualTo("My Mail Service");
        assertThat(e.humanAcknowledged()).isTrue();
    }

    @Test
    void acknowledgedOnlyByAServiceIsNotHumanAcknowledged() {
        ObjectNode incident = record("pagerduty/api-reference-examples/GET_incidents_id.response.json", "incident");
        incident.withArray("acknowledgements").removeAll().addObject().put("at", "2015-11-10T00:30:00Z")
                .putObject("acknowledger").put("id", "PIJ90N7").put("type", "service_reference").put("summary", "My Mail Service");

        CanonicalEvent e = parse(listEnvelope(List.of(incident.toString()))).events.get(0);

        assertThat(e.acknowledgedBy()).isEqualTo("My Mail Service");
        assertThat(e.humanAcknowledged()).isFalse();
    }

    /**
     * Singer's tap-pagerduty, and the tools built on it, export each incident with its {@code log_entries} (real records
     * of apache/devlake's PagerDuty e2e raw table, trimmed: {@code parse/pagerduty-singer-incidents-with-log-entries.json},
     * whose golden case checks every field): the incident is an incident, not an envelope of log entries, and each entry
     * folds into it; one that cannot be read is rejected where it is, the incident and the others kept.
     */
    @Test
    void anIncidentCarryingItsLogEntriesIsAnIncidentAndItsEntriesFoldIntoIt() throws Exception {
        java.nio.file.Path file = java.nio.file.Path.of(PagerDutyIncidentsJsonParserTest.class
                .getResource("/parse/pagerduty-singer-incidents-with-log-entries.json").toURI());
        ObjectNode incident = (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(java.nio.file.Files.readAllLines(file).get(0));
        assertThat(ParserRegistry.defaults().detect("incident.json", incident.toString()).parser().format())
                .isEqualTo(PagerDutyIncidentsJsonParser.FORMAT);

        ((ObjectNode) incident.withArray("log_entries").get(1)).remove("created_at");
        ((ObjectNode) incident.withArray("log_entries").get(2)).remove("incident"); // this incident's, then
        CollectingSink sink = Parsing.parse(parser(), incident.toString(), "incident.json");

        assertThat(sink.events).singleElement().extracting(CanonicalEvent::sourceId).isEqualTo("Q1OHFWFP3GPXOG");
        assertThat(sink.folded).hasSize(7).allSatisfy(entry ->
                assertThat(entry.parentEventId()).isEqualTo("pagerduty:alert:Q1OHFWFP3GPXOG"));
        assertThat(sink.rejects).singleElement().satisfies(reject -> {
            assertThat(reject.position()).isEqualTo("record 1 log_entries[1]");
            assertThat(reject.field()).isEqualTo("created_at");
        });
    }

    /**
     * A real {@code GET /incidents} item with {@code include[]=first_trigger_log_entries} (a Grafana alert sent through
     * Events API v2; its {@code incident_key} is null), trimmed: {@code parse/pagerduty-first-trigger-events-api-v2.json}.
     */
    private static ObjectNode eventsApiV2Incident() {
        try {
            return record(java.nio.file.Path.of(PagerDutyIncidentsJsonParserTest.class
                    .getResource("/parse/pagerduty-first-trigger-events-api-v2.json").toURI()));
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private CanonicalEvent parseIncident(ObjectNode incident) {
        return parse(listEnvelope(List.of(incident.toString()))).onlyEvent();
    }

    @Test
    void aBlankedIdIsRejectedAsEmptyNotMissing() {
        // as a SOAR's scrubbed sample exports it: "id": "" beside the incident's number
        ObjectNode incident = record("pagerduty/api-reference-examples/GET_incidents_id.response.json", "incident");
        incident.put("id", "");
        ObjectNode without = incident.deepCopy();
        without.remove("id");

        assertThat(parse(listEnvelope(List.of(incident.toString()))).rejects).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("empty id"));
        assertThat(parse(listEnvelope(List.of(without.toString()))).rejects).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("missing id"));
    }

    @Test
    void acknowledgementWithoutTimeIsRejectedNamingTheElement() {
        ObjectNode incident = record("pagerduty/api-reference-examples/GET_incidents_id.response.json", "incident");
        ((ObjectNode) incident.withArray("acknowledgements").get(0)).remove("at");

        CollectingSink sink = parse(listEnvelope(List.of(incident.toString())));

        assertThat(sink.rejects).singleElement().satisfies(r -> assertThat(r.field()).isEqualTo("acknowledgements[0].at"));
    }
}
