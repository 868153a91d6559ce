package dev.opshistory.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.Source;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrafanaOnCallAlertGroupsJsonParserTest extends ExportParserContractTest {

    private static final String FIXTURE = "jsm/grafana-oncall/GET_api_v1_alert_groups.response.DERIVED.json";

    GrafanaOnCallAlertGroupsJsonParserTest() {
        super(new GrafanaOnCallAlertGroupsJsonParser(), RecordFields.pagerDuty("title"),
                new ListEnvelope("results", List.of("\"current_page_number\": 1", "\"page_size\": 50", "\"total_pages\": 1"),
                        "{\"count\": 0, \"next\": null, \"previous\": null, \"results\": [], \"current_page_number\": 1, "
                                + "\"page_size\": 50, \"total_pages\": 1}"));
    }

    @Override
    protected List<ObjectNode> realRecords() {
        ObjectNode second = record(FIXTURE, "results", "0").deepCopy();
        second.put("id", "I68T24C13IFW2");
        return List.of(record(FIXTURE, "results", "0"), second);
    }

    @Test
    void sharedFixtureGivesOneResolvedAlertGroup() {
        CollectingSink sink = Parsing.parse(parser(), SharedFormats.file(FIXTURE));

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.events).singleElement().satisfies(e -> {
            assertThat(e.eventId()).isEqualTo("grafana_oncall:alert:I68T24C13IFW1");
            assertThat(e.kind()).isEqualTo(EventKind.ALERT);
            assertThat(e.source()).isEqualTo(Source.GRAFANA_ONCALL);
            assertThat(e.title()).isEqualTo("Memory above 90% threshold");
            assertThat(e.description()).as("the group has a title").isNull();
            assertThat(e.status()).isEqualTo("resolved");
            assertThat(e.createdAt()).isEqualTo(Instant.parse("2020-05-19T12:37:01.430444Z"));
            assertThat(e.resolvedAt()).isEqualTo(Instant.parse("2020-05-19T13:37:01.429805Z"));
            assertThat(e.resolvedBy()).isEqualTo("UCGEIXI1MR1NZ");
            assertThat(e.autoResolved()).as("resolved by a user").isFalse();
            assertThat(e.acknowledgedAt()).isNull();
            assertThat(e.humanAcknowledged()).isNull();
            assertThat(e.alertCount()).isEqualTo(3);
            assertThat(e.htmlUrl()).isEqualTo("https://ghostbusters.slack.com/archives/C1H9RESGA/p135854651500008");
        });
    }

    @Test
    void aResolutionByNoUserIsAutomaticAndAnUntitledGroupTakesItsLastAlertsText() {
        String page = """
                {"count": 2, "next": "https://oncall.example.com/api/v1/alert_groups/?page=2", "results": [
                  {"id": "A1", "alerts_count": 1, "state": "resolved", "created_at": "2026-01-01T00:00:00Z",
                   "resolved_at": "2026-01-01T00:05:00Z", "resolved_by": null, "title": "",
                   "last_alert": {"payload": {"title": "[Alerting] CPU", "message": "CPU above 95%"}}},
                  {"id": "A2", "alerts_count": 2, "state": "acknowledged", "created_at": "2026-01-01T01:00:00Z",
                   "acknowledged_at": "2026-01-01T01:02:00Z", "acknowledged_by": "U1", "title": "Disk full",
                   "team_id": "T1", "labels": [{"key": {"id": "k", "name": "service"}, "value": {"id": "v", "name": "db"}}],
                   "last_alert": {"payload": ["not", "an", "object"]}}
                ], "current_page_number": 1, "page_size": 2, "total_pages": 1}
                """;

        CollectingSink sink = parse(page);

        assertThat(sink.rejects).isEmpty();
        CanonicalEvent untitled = sink.events.get(0);
        assertThat(untitled.title()).isEqualTo("[Alerting] CPU");
        assertThat(untitled.description()).isEqualTo("CPU above 95%");
        assertThat(untitled.autoResolved()).isTrue();
        CanonicalEvent acked = sink.events.get(1);
        assertThat(acked.acknowledgedBy()).isEqualTo("U1");
        assertThat(acked.humanAcknowledged()).isTrue();
        assertThat(acked.resolvedAt()).isNull();
        assertThat(acked.autoResolved()).isNull();
        assertThat(acked.team()).isEqualTo("T1");
        assertThat(acked.service()).isEqualTo("db");
        assertThat(acked.tags()).containsExactly("service=db");
    }

    @Test
    void severityServiceAndRunbookComeFromTheLabelsElseFromTheLastAlertmanagerAlert() {
        String page = """
                {"results": [
                  {"id": "A1", "alerts_count": 1, "state": "firing", "created_at": "2026-01-01T00:00:00Z", "title": "CPU",
                   "labels": [{"key": {"id": "k1", "name": "severity"}, "value": {"id": "v1", "name": "critical"}},
                              {"key": {"id": "k2", "name": "priority"}, "value": {"id": "v2", "name": "P2"}}],
                   "last_alert": {"payload": {"labels": {"severity": "warning", "job": "node"}}}},
                  {"id": "A2", "alerts_count": 1, "state": "firing", "created_at": "2026-01-01T01:00:00Z", "title": "Disk",
                   "last_alert": {"payload": {"status": "firing", "labels": {"alertname": "DiskFull", "severity": "warning",
                     "job": "node-exporter"}, "annotations": {"runbook_url": "https://runbooks.example.com/disk"}}}},
                  {"id": "A3", "alerts_count": 1, "state": "firing", "created_at": "2026-01-01T02:00:00Z", "title": "Queue",
                   "last_alert": {"payload": {"receiver": "oncall", "alerts": [], "commonLabels": {"severity": "info",
                     "service": "queue"}, "commonAnnotations": {"runbook": "https://runbooks.example.com/queue"}}}}
                ]}
                """;

        List<CanonicalEvent> events = parse(page).events;

        assertThat(events.get(0).alertSeverity()).as("the group's label wins").isEqualTo("critical");
        assertThat(events.get(0).priority()).isEqualTo("P2");
        assertThat(events.get(0).service()).isEqualTo("node");
        assertThat(events.get(1).alertSeverity()).isEqualTo("warning");
        assertThat(events.get(1).service()).isEqualTo("node-exporter");
        assertThat(events.get(1).runbookUrl()).isEqualTo("https://runbooks.example.com/disk");
        assertThat(events.get(2).alertSeverity()).as("a whole webhook body's common labels").isEqualTo("info");
        assertThat(events.get(2).service()).isEqualTo("queue");
        assertThat(events.get(2).runbookUrl()).isEqualTo("https://runbooks.example.com/queue");
    }

    @Test
    void aResponseWithoutTheWhoFieldsSaysNothingOfWhoResolvedOrAcknowledged() {
        // the 2023 API shape: no resolved_by or acknowledged_by keys at all
        String page = """
                {"results": [{"id": "A1", "alerts_count": 1, "state": "resolved", "created_at": "2026-01-01T00:00:00Z",
                  "acknowledged_at": "2026-01-01T00:01:00Z", "resolved_at": "2026-01-01T00:05:00Z", "title": "CPU"}]}
                """;

        CanonicalEvent e = parse(page).onlyEvent();

        assertThat(e.resolvedAt()).isEqualTo(java.time.Instant.parse("2026-01-01T00:05:00Z"));
        assertThat(e.autoResolved()).isNull();
        assertThat(e.humanAcknowledged()).isNull();
    }

    @Test
    void aTeamIdIsNamedByTheRunsTeamsLookupAndStaysAnIdWithoutOne() throws Exception {
        String page = """
                {"results": [{"id": "A1", "alerts_count": 1, "state": "firing", "created_at": "2026-01-01T00:00:00Z",
                  "title": "Disk full", "team_id": "TI73TDU19W48J"},
                 {"id": "A2", "alerts_count": 1, "state": "firing", "created_at": "2026-01-01T00:10:00Z",
                  "title": "Disk full", "team_id": "TGONE"}]}
                """;
        TeamDirectory teams = TeamDirectory.of(java.util.Map.of("TI73TDU19W48J", "my test team"));
        CollectingSink sink = new CollectingSink();

        new GrafanaOnCallAlertGroupsJsonParser().parse(
                new java.io.ByteArrayInputStream(page.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "groups.json", sink, teams);

        assertThat(sink.events).extracting(CanonicalEvent::team).containsExactly("my test team", "TGONE");
        assertThat(teams.unnamedIds()).isEqualTo(1);
    }

    @Test
    void detectsItsAlertGroupsAndNoOtherSharedFile() {
        SharedPayloadOwners.assertDetectsOnlyItsOwn(parser(), GrafanaOnCallAlertGroupsJsonParser.FORMAT);
        assertThat(parser().detect("groups.json", SharedPayloadOwners.head(FIXTURE)).reason())
                .contains("GET /api/v1/alert_groups/");
    }
}
