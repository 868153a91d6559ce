package dev.opshistory.ingest.parse.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.ingest.parse.CollectingSink;
import dev.opshistory.ingest.parse.Detection;
import dev.opshistory.ingest.parse.OpsgenieAlertsJsonParser;
import dev.opshistory.ingest.parse.PagerDutyIncidentsJsonParser;
import dev.opshistory.ingest.parse.Parsing;
import dev.opshistory.ingest.parse.SharedPayloadOwners;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.EventJson;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiRecordsCsvParserTest {

    private static final String PANDAS_DUMP = "pagerduty/real-captures/pagerduty-trial.incidents_api_dump.csv";
    private static final String OPSGENIE_SAMPLE = "opsgenie/docs-samples/GET_v2_alerts.list.response.json";

    private final ApiRecordsCsvParser incidents =
            new ApiRecordsCsvParser(new PagerDutyIncidentsJsonParser(), "pagerduty-incidents-api-csv");
    private final ApiRecordsCsvParser alerts =
            new ApiRecordsCsvParser(new OpsgenieAlertsJsonParser(), "opsgenie-alerts-api-csv");

    @Test
    void pandasDumpOfPagerDutyIncidentsGivesTheEventsTheirJsonGives() {
        CollectingSink sink = Parsing.parse(incidents, SharedPayloadOwners.file(PANDAS_DUMP));

        assertThat(sink.rejects).isEmpty();
        // three incidents of a trial account, nested objects written as Python literals
        assertThat(sink.events).extracting(CanonicalEvent::eventId)
                .containsExactly("pagerduty:alert:PW9CLK8", "pagerduty:alert:PT0XAW0", "pagerduty:alert:PA8POOU");
        CanonicalEvent acknowledged = sink.events.get(2);
        assertThat(acknowledged.service()).isEqualTo("User Database"); // from {'summary': 'User Database', …}
        assertThat(acknowledged.acknowledgedBy()).isEqualTo("Ammara Laeeq");
        assertThat(acknowledged.urgency()).isEqualTo("low");
        assertThat(acknowledged.htmlUrl()).isEqualTo("https://devcodetest.pagerduty.com/incidents/PA8POOU");
    }

    @Test
    void opsgenieAlertsWrittenByToCsvOrJsonNormalizeGiveTheEventsOfTheirJson() throws Exception {
        List<String> fromJson = Parsing.parse(new OpsgenieAlertsJsonParser(), SharedPayloadOwners.file(OPSGENIE_SAMPLE))
                .events.stream().map(e -> EventJson.toJson(e.toBuilder().sourceFile(null).build())).toList();
        assertThat(fromJson).hasSize(2);

        for (String fixture : List.of("opsgenie-alerts.to_csv.csv", "opsgenie-alerts.json_normalize.csv")) {
            CollectingSink sink = Parsing.parse(alerts, fixture(fixture));
            assertThat(sink.rejects).as(fixture).isEmpty();
            assertThat(sink.events).as(fixture).extracting(e -> EventJson.toJson(e.toBuilder().sourceFile(null).build()))
                    .containsExactlyElementsOf(fromJson);
        }
    }

    @Test
    void detectionAsksTheJsonFormatAboutTheFirstRowsAndStaysBelowVendorCsvExports() throws Exception {
        Detection pandas = incidents.detect("incidents.csv", SharedPayloadOwners.head(PANDAS_DUMP));
        assertThat(pandas.score()).isEqualTo(80);
        assertThat(pandas.reason()).contains("API records written as CSV").contains("PagerDuty incidents");
        assertThat(alerts.detect("incidents.csv", SharedPayloadOwners.head(PANDAS_DUMP)).matches()).isFalse();
        assertThat(alerts.detect("alerts.csv", Parsing.head(fixture("opsgenie-alerts.json_normalize.csv"))).matches())
                .isTrue();

        // PagerDuty's own incidents CSV export, a Jira CSV, JSON and text are not theirs
        String export = "id,incident_number,description,service_name,created_on,resolved_on,seconds_to_first_ack\n"
                + "PT4KHLK,1,Disk full,Orders,2024-01-02T03:04:05+00:00,,\n";
        assertThat(incidents.detect("export.csv", export).matches()).isFalse();
        assertThat(incidents.detect("jira.csv", "Issue key,Summary,Created\nOPS-1,Down,01/Jan/24 10:00 AM\n").matches())
                .isFalse();
        assertThat(incidents.detect("x.json", "{\"incidents\":[]}").matches()).isFalse();
        assertThat(incidents.detect("x.md", "# Outage\n\nThe database was down.\n").matches()).isFalse();
        // a header alone still names the fields; a head that ends inside a quoted cell still has its whole rows
        String header = "incident_number,title,created_at,status,service,escalation_policy,id\n";
        assertThat(incidents.detect("only-header.csv", header).matches()).isTrue();
        assertThat(incidents.detect("cut.csv", header + "1,Disk,2024-01-02T03:04:05Z,resolved,\"{'summary': 'A'}\",,P1\n"
                + "2,\"Disk full on").matches()).isTrue();
    }

    @Test
    void csvProblemsAreRejectsAtTheirLinesAndTheJsonReadersRejectsNameTheCsvLine() {
        String csv = "incident_number,title,created_at,status,service,id\n"
                + "1,\"Disk full\non two lines\",2024-01-02T03:04:05Z,resolved,\"{'summary': 'Orders'}\",P1\n"
                + "2,Too many cells,2024-01-02T03:04:05Z,resolved,\"{}\",P2,extra\n"
                + "3,Bad time,yesterday,resolved,\"{'summary': 'Orders'}\",P3\n"
                + "4,Fine,2024-01-03T03:04:05Z,triggered,\"{'summary': 'Orders'}\",P4\n";

        CollectingSink sink = Parsing.parse(incidents, csv, "incidents.csv");

        assertThat(sink.events).extracting(CanonicalEvent::sourceId).containsExactly("P1", "P4");
        // the quoted line break makes the rows after it start a line later than their number
        assertThat(sink.rejects).extracting(r -> r.position() + " " + r.field() + ": " + r.reason()).satisfiesExactly(
                r -> assertThat(r).startsWith("line 4 null: row has 7 cells but the header has 6 columns"),
                r -> assertThat(r).startsWith("line 5 created_at: unparseable timestamp 'yesterday'"));
    }

    @Test
    void aHeaderAloneIsNoRecordAndAnOpenQuoteStopsTheFileWithOneReject() {
        String header = "incident_number,title,created_at,status,service,escalation_policy,id\n";
        CollectingSink empty = Parsing.parse(incidents, header, "incidents.csv");
        assertThat(empty.events).isEmpty();
        assertThat(empty.rejects).isEmpty();

        CollectingSink open = Parsing.parse(incidents, header
                + "1,Disk,2024-01-02T03:04:05Z,resolved,\"{'summary': 'A'}\",,P1\n2,\"never closed,x\n", "incidents.csv");
        assertThat(open.events).extracting(CanonicalEvent::sourceId).containsExactly("P1");
        assertThat(open.rejects).singleElement()
                .satisfies(r -> assertThat(r.reason()).startsWith("malformed CSV, stopped reading the file"));
    }

    @Test
    void aSpreadsheetsSemicolonsAByteOrderMarkAndAnIndexColumnAreReadToo() {
        String csv = "\uFEFF;incident_number;title;created_at;status;service;id\n"
                + "0;1;Disk;2024-01-02T03:04:05Z;resolved;\"{'summary': 'Orders'}\";P1\n";

        CanonicalEvent e = Parsing.parse(incidents, csv, "incidents.csv").onlyEvent();

        assertThat(e.sourceId()).isEqualTo("P1");
        assertThat(e.service()).isEqualTo("Orders");
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(ApiRecordsCsvParserTest.class.getResource("/parse/api-csv/" + name).toURI());
    }
}
