package dev.opshistory.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opshistory.model.Enrichment;
import dev.opshistory.model.EnrichmentType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PagerDutyIncidentAlertsJsonParserTest extends ExportParserContractTest {

    private static final String DOCS_LIST = "pagerduty/api-reference-examples/GET_incidents_id_alerts.response.json";
    private static final String DOCS_ONE = "pagerduty/api-reference-examples/GET_incidents_id_alerts_alert_id.response.json";
    private static final String HPE = "pagerduty/real-captures/hpe-hcss.GET_incidents_id_alerts.json";

    PagerDutyIncidentAlertsJsonParserTest() {
        super(new PagerDutyIncidentAlertsJsonParser(), RecordFields.pagerDuty("summary"),
                new ListEnvelope("alerts", List.of("\"limit\": 25", "\"offset\": 0", "\"more\": false", "\"total\": null"),
                        "{\"alerts\": [], \"limit\": 25, \"offset\": 0, \"more\": false, \"total\": null}"));
    }

    @Override
    protected List<ObjectNode> realRecords() {
        return List.of(record(HPE, "alerts", "0"), record(DOCS_ONE, "alert"));
    }

    @Test
    void realCaptureFoldsItsAlertIntoTheIncidentWithKeySeverityAndRunbook() {
        CollectingSink sink = Parsing.parse(parser(), SharedFormats.file(HPE));

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.events).isEmpty();
        assertThat(sink.folded).isNotEmpty().allSatisfy(a -> {
            assertThat(a.type()).isEqualTo(EnrichmentType.ALERT);
            assertThat(a.parentEventId()).isEqualTo("pagerduty:alert:Q0TUTXDJ0P1RRT");
        });
        assertThat(sink.folded.get(0)).extracting(Enrichment::sourceId, Enrichment::at, Enrichment::alertKey,
                        Enrichment::alertSeverity, Enrichment::runbookUrl)
                .containsExactly("Q1RPVEX3LK98BU", Instant.parse("2024-09-14T05:31:38Z"),
                        "363f4374a7e469ae910b3c1fe6508012b94e1a7c37346a385101dd23e0a1b2d4", "warning",
                        "https://hcss.atlassian.net/wiki/x/AQAk1");
    }

    @Test
    void docsExamplesFoldIntoTheIncidentTheyName() {
        CollectingSink list = Parsing.parse(parser(), SharedFormats.file(DOCS_LIST));
        CollectingSink one = Parsing.parse(parser(), SharedFormats.file(DOCS_ONE));

        assertThat(list.rejects).isEmpty();
        assertThat(list.folded).singleElement().satisfies(a -> {
            assertThat(a.parentEventId()).isEqualTo("pagerduty:alert:PT4KHLK");
            assertThat(a.alertSeverity()).isEqualTo("critical");
            assertThat(a.agent()).isEqualTo("Email Integration");
            assertThat(a.runbookUrl()).isNull();
        });
        assertThat(one.rejects).isEmpty();
        assertThat(one.folded).singleElement().extracting(Enrichment::parentEventId).isEqualTo("pagerduty:alert:PT4KHLX");
    }

    @Test
    void runbookUnderANamedKeyOfTheDetailsIsFound() {
        ObjectNode alert = realRecords().get(1);
        alert.putObject("body").put("type", "alert_body").putObject("details")
                .put("summary", "Disk full").put("runbook_url", "https://runbooks.example.com/disk-full");

        assertThat(parse(listEnvelope(List.of(alert.toString()))).folded.get(0).runbookUrl())
                .isEqualTo("https://runbooks.example.com/disk-full");
    }

    @Test
    void runbookLinkInTheContextsIsFoundWhenTheDetailsHaveNone() {
        ObjectNode alert = realRecords().get(1);
        ObjectNode body = alert.putObject("body");
        body.putObject("details").put("summary", "Disk full");
        body.putArray("contexts").addObject().put("type", "link").put("href", "https://docs.example.com/x/AQAk1")
                .put("text", "Runbook");

        assertThat(parse(listEnvelope(List.of(alert.toString()))).folded.get(0).runbookUrl())
                .isEqualTo("https://docs.example.com/x/AQAk1");
    }

    @Test
    void alertWithoutIncidentTakesItsParentFromItsAddressOrTheFileName() {
        ObjectNode alert = realRecords().get(0);
        alert.remove("incident");
        ObjectNode elsewhere = alert.deepCopy();
        elsewhere.put("self", "https://api.pagerduty.com/incidents/PT4KHLK/alerts/PXPGF42");

        assertThat(Parsing.parse(parser(), listEnvelope(List.of(alert.toString())), "Q0TUTXDJ0P1RRT.alerts.json").folded)
                .singleElement().extracting(Enrichment::parentEventId).isEqualTo("pagerduty:alert:Q0TUTXDJ0P1RRT");
        assertThat(parse(listEnvelope(List.of(elsewhere.toString()))).folded)
                .singleElement().extracting(Enrichment::parentEventId).isEqualTo("pagerduty:alert:PT4KHLK");
        assertThat(parse(listEnvelope(List.of(alert.toString()))).rejects).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("no parent incident").contains("<incident-id>.alerts.json"));
    }
}
