package dev.opshistory.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opshistory.ingest.parse.csv.PagerDutyIncidentsCsvParser;
import dev.opshistory.ingest.parse.postmortem.MarkdownPostmortemParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;

class ParserRegistryTest {

    /** Real payloads users save in place of an export; their sources are in the folder's SOURCES.md. */
    private static final Path NOT_EXPORTS = Path.of("src/test/resources/parse/not-exports");

    private final ParserRegistry registry = ParserRegistry.defaults();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "pagerduty/api-reference-examples/GET_incidents.response.json, pagerduty-incidents-json",
            "pagerduty/api-reference-examples/GET_incidents_id.response.json, pagerduty-incidents-json",
            "pagerduty/real-captures/hpe-hcss.GET_incidents_id.json, pagerduty-incidents-json",
            "pagerduty/real-captures/port-ocean.incident.a.json, pagerduty-incidents-json",
            "pagerduty/real-captures/port-ocean.incident.b.json, pagerduty-incidents-json",
            "pagerduty/real-captures/port-ocean.incident.c.json, pagerduty-incidents-json",
            "pagerduty/real-captures/port-ocean.incident.d.json, pagerduty-incidents-json",
            "opsgenie/docs-samples/GET_v2_alerts.list.response.json, opsgenie-alerts-json",
            "opsgenie/real-captures/port-ocean.alert.a.json, opsgenie-alerts-json",
            "opsgenie/real-captures/port-ocean.alert.b.json, opsgenie-alerts-json",
            "opsgenie/real-captures/port-ocean.alert.c.json, opsgenie-alerts-json",
            "opsgenie/real-captures/port-ocean.alert.d.json, opsgenie-alerts-json",
            "jsm/api-reference-examples/GET_v1_alerts.list.response.RECONSTRUCTED.json, opsgenie-alerts-json",
            "jsm/api-reference-examples/GET_v1_alerts_id.response.current-spec.DERIVED.json, opsgenie-alerts-json",
            "jsm/api-reference-examples/GET_v1_alerts_id.response.rapid7-fixture.json, opsgenie-alerts-json",
            "jsm/real-captures/boomi-sre.GET_v1_alerts.list.json, opsgenie-alerts-json",
            "jsm/real-captures/rust-alert-feed.GET_v1_alerts.list.json, opsgenie-alerts-json",
            "pagerduty/api-reference-examples/GET_log_entries.response.json, pagerduty-log-entries-json",
            "pagerduty/api-reference-examples/GET_log_entries_id.response.json, pagerduty-log-entries-json",
            "pagerduty/api-reference-examples/GET_incidents_id_log_entries.response.json, pagerduty-log-entries-json",
            "pagerduty/log_entries.multi_type.remedy-integration.json, pagerduty-log-entries-json",
            "pagerduty/api-reference-examples/GET_incidents_id_notes.response.json, pagerduty-notes-json",
            "pagerduty/api-reference-examples/GET_incidents_id_alerts.response.json, pagerduty-incident-alerts-json",
            "pagerduty/api-reference-examples/GET_incidents_id_alerts_alert_id.response.json, pagerduty-incident-alerts-json",
            "pagerduty/real-captures/hpe-hcss.GET_incidents_id_alerts.json, pagerduty-incident-alerts-json",
            "opsgenie/docs-samples/GET_v2_alerts_id_logs.response.RESERIALIZED.json, opsgenie-alert-logs-json",
            "jsm/api-reference-examples/GET_v1_alerts_id_logs.response.DERIVED.json, opsgenie-alert-logs-json",
            "jsm/api-reference-examples/GET_v1_alerts_id_notes.response.DERIVED.json, opsgenie-alert-notes-json",
            "pagerduty/api-reference-examples/POST_analytics_raw_incidents.response.json, pagerduty-analytics-incidents-json",
            "pagerduty/api-reference-examples/GET_analytics_raw_incidents_id.response.json, pagerduty-analytics-incidents-json",
            "opsgenie/docs-samples/GET_v1_incidents.list.response.RESERIALIZED.json, opsgenie-incidents-json",
            "opsgenie/real-captures/port-ocean.incident.a.json, opsgenie-incidents-json",
            "opsgenie/real-captures/port-ocean.incident.b.json, opsgenie-incidents-json",
            "postmortems/google-sre-example/shakespeare-sonnet-postmortem.atx-headings.md, postmortem-markdown",
            "postmortems/google-sre-example/shakespeare-sonnet-postmortem.sawasthi1991.md, postmortem-markdown",
            "jsm/alertmanager/webhook.v4.example.from-grafana-oncall.DERIVED.json, alertmanager-webhook-json",
            "jsm/grafana-oncall/GET_api_v1_alert_groups.response.DERIVED.json, grafana-oncall-alert-groups-json",
            "pagerduty/real-captures/pagerduty-trial.incidents_api_dump.csv, pagerduty-incidents-api-csv",
    })
    void eachRealFileIsRoutedToItsParser(String file, String format) {
        Path path = SharedFormats.file(file);

        ParserChoice choice = registry.detect(path.getFileName().toString(), Parsing.head(path));

        assertThat(choice.found()).as(choice.reason()).isTrue();
        assertThat(choice.parser().format()).as(choice.reason()).isEqualTo(format);
        assertThat(choice.reason()).startsWith(format).doesNotContain("tied");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "pagerduty/api-reference-examples/GET_analytics_raw_incidents_id_responses.response.json",
            "pagerduty/api-reference-examples/POST_analytics_metrics_incidents_all.response.json",
            "pagerduty/api-reference-examples/POST_analytics_raw_incidents.request.json",
            "pagerduty/api-reference-examples/GET_incidents_id_past_incidents.response.json",
            "pagerduty/api-reference-examples/GET_incidents_id_related_incidents.response.json",
            "pagerduty/spec/PagerDuty-api-schema.REST.openapiv3.json",
            "opsgenie/docs-samples/GET_v2_alerts_id_recipients.response.RESERIALIZED.json",
            "jsm/api-reference-examples/GET_v1_alerts_requests_id.response.json",
            "jsm/real-captures/rapid7.POST_v1_alerts.response.json",
            "jsm/webhook-alert-action/Create.json",
            "jsm/grafana-oncall/GET_api_v1_alerts.response.json",
            "jsm/grafana-oncall/POST_api_v1_resolution_notes.response.json",
            "jsm/incidents-api/GET_incident_issueID.response.json",
            "jsm/incidents-api/GET_incident_issueID_responder-alerts.response.json",
    })
    void otherPayloadsAreNotTakenByAnyParser(String file) {
        Path path = SharedFormats.file(file);

        ParserChoice choice = registry.detect(path.getFileName().toString(), Parsing.head(path));

        assertThat(choice.found()).as(choice.reason()).isFalse();
        assertThat(choice.reason()).contains("no parser recognises").satisfiesAnyOf(
                reason -> assertThat(reason).contains(": it is "),
                reason -> assertThat(reason).contains(PagerDutyIncidentsJsonParser.FORMAT)
                        .contains(OpsgenieAlertsJsonParser.FORMAT));
    }

    @Test
    void aJsonShapeNoParserReadsIsNamedOnceAndFirst() {
        String head = "{\"P000001\": [{\"id\": \"PA1\", \"type\": \"alert\", \"severity\": \"critical\"}]}";

        ParserChoice choice = registry.detect("alerts-by-incident.json", head);

        assertThat(choice.found()).isFalse();
        String shape = "JSON object with keys [P000001], P000001 records with keys [id, type, severity]";
        assertThat(choice.reason()).startsWith("no parser recognises alerts-by-incident.json: it is a " + shape
                + ", a shape none of the parsers reads (");
        assertThat(choice.reason().indexOf(shape)).isEqualTo(choice.reason().lastIndexOf(shape));
        assertThat(choice.reason()).contains(PagerDutyIncidentsJsonParser.FORMAT + ": no PagerDuty incidents in it;");
    }

    @Test
    void ndjsonOfIncidentsIsDetectedAsSuch() throws Exception {
        String line = Parsing.head(SharedFormats.file("pagerduty/real-captures/hpe-hcss.GET_incidents_id.json"));
        String incident = new ObjectMapper().readTree(line).get("incident").toString();

        ParserChoice choice = registry.detect("incidents.ndjson", incident + "\n" + incident + "\n");

        assertThat(choice.parser()).isInstanceOf(PagerDutyIncidentsJsonParser.class);
        assertThat(choice.reason()).contains("NDJSON");
    }

    @Test
    void incidentsWithOnlyAFewOfTheirFieldsAreDetected() {
        // as Google SecOps' PagerDuty integration documents its incident list (chronicle/content-hub)
        String incidents = "[{\"id\":\"Q1C5WQ0U8TSCXE\",\"incident_number\":1,\"title\":\"TEST TEST server under"
                + " attack\",\"status\":\"triggered\",\"created_at\":\"2023-04-03T09:33:53Z\",\"urgency\":\"high\"}]";

        assertThat(registry.detect("incidents.json", incidents).parser()).isInstanceOf(PagerDutyIncidentsJsonParser.class);
        // an analytics record has no title: still the analytics parser's
        String analytics = Parsing.head(SharedFormats.file("pagerduty/api-reference-examples/"
                + "POST_analytics_raw_incidents.response.json"));
        assertThat(registry.detect("raw.json", analytics).parser()).isInstanceOf(PagerDutyAnalyticsIncidentsJsonParser.class);
    }

    @Test
    void incidentsSavedWithoutTheirNumbersAreDetectedByTheirType() {
        // as a command-line client's tests keep an incident (koyeung/pdcli): its type, time, title and service
        String incidents = "[{\"id\":\"PT4KHLK\",\"type\":\"incident\",\"status\":\"triggered\",\"urgency\":\"high\","
                + "\"title\":\"The server is on fire.\",\"created_at\":\"2015-10-06T21:30:42Z\",\"service\":{\"id\":\"PIJ90N7\","
                + "\"type\":\"service_reference\",\"summary\":\"My Mail Service\"}}]";

        assertThat(registry.detect("incidents.json", incidents).parser()).isInstanceOf(PagerDutyIncidentsJsonParser.class);
        // a record of another type with the same fields is not an incident
        assertThat(registry.detect("alerts.json", incidents.replace("\"type\":\"incident\"", "\"type\":\"alert\""))
                .parser()).isNotInstanceOf(PagerDutyIncidentsJsonParser.class);
    }

    @Test
    void headCutInsideTheFirstRecordStillDetects() {
        String head = Parsing.head(SharedFormats.file("opsgenie/docs-samples/GET_v2_alerts.list.response.json"));

        ParserChoice choice = registry.detect("alerts.json", head.substring(0, head.indexOf("\"updatedAt\"")));

        assertThat(choice.parser()).isInstanceOf(OpsgenieAlertsJsonParser.class);
    }

    @Test
    void aHugeTitleInTheFirstIncidentThatFillsTheHeadStillDetectsPagerDuty() throws Exception {
        String incident = Parsing.head(SharedFormats.file("pagerduty/api-reference-examples/GET_incidents.response.json"));
        var page = (com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper().readTree(incident);
        ((com.fasterxml.jackson.databind.node.ObjectNode) page.get("incidents").get(0)).put("title", "é".repeat(100_000));
        String head = page.toString().substring(0, 64 * 1024);

        ParserChoice choice = registry.detect("incidents.json", head);

        assertThat(choice.parser()).as(choice.reason()).isInstanceOf(PagerDutyIncidentsJsonParser.class);
        assertThat(choice.reason()).doesNotContain("tied");
    }

    @Test
    void junkFirstElementsDoNotHideTheEnvelopesFormat() throws Exception {
        String page = Parsing.head(SharedFormats.file("pagerduty/api-reference-examples/GET_incidents.response.json"));
        String junk = page.replaceFirst("\\[", "[1, \"x\", null, [], true, {}, ");

        ParserChoice choice = registry.detect("incidents.json", junk);

        assertThat(choice.parser()).as(choice.reason()).isInstanceOf(PagerDutyIncidentsJsonParser.class);
        assertThat(registry.detect("incidents.json", "{\"incidents\": [1, {}, null]}").found()).isFalse();
    }

    @Test
    void emptyPagerDutyEnvelopeIsStillPagerDuty() {
        ParserChoice choice = registry.detect("incidents.json", "{\"incidents\":[],\"limit\":25,\"offset\":0,\"more\":false}");

        assertThat(choice.parser()).isInstanceOf(PagerDutyIncidentsJsonParser.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  \n", "[]", "{}", "id,incident_number\n1,2"})
    void inputsWithNothingToRecogniseMatchNoParser(String head) {
        assertThat(registry.detect("x.json", head).found()).isFalse();
    }

    @Test
    void formatsAreFoundByName() {
        assertThat(registry.formats()).startsWith(PagerDutyIncidentsJsonParser.FORMAT, OpsgenieAlertsJsonParser.FORMAT)
                .contains(PagerDutyLogEntriesJsonParser.FORMAT, PagerDutyNotesJsonParser.FORMAT,
                        PagerDutyIncidentAlertsJsonParser.FORMAT, OpsgenieAlertLogsJsonParser.FORMAT,
                        OpsgenieAlertNotesJsonParser.FORMAT, AlertmanagerWebhookJsonParser.FORMAT,
                        GrafanaOnCallAlertGroupsJsonParser.FORMAT);
        assertThat(registry.byFormat("alertmanager-webhook-json")).containsInstanceOf(AlertmanagerWebhookJsonParser.class);
        assertThat(registry.byFormat("grafana-oncall-alert-groups-json"))
                .containsInstanceOf(GrafanaOnCallAlertGroupsJsonParser.class);
        assertThat(registry.byFormat("pagerduty-log-entries-json")).containsInstanceOf(PagerDutyLogEntriesJsonParser.class);
        assertThat(registry.byFormat("pagerduty-incidents-json")).containsInstanceOf(PagerDutyIncidentsJsonParser.class);
        assertThat(registry.byFormat("OPSGENIE-ALERTS-JSON")).containsInstanceOf(OpsgenieAlertsJsonParser.class);
        assertThat(registry.byFormat("pagerduty-incidents-csv")).isPresent();
        assertThat(registry.byFormat("no-such-format")).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "pagerduty/log_entries, .json, pagerduty-log-entries-json",
            "pagerduty/notes, .notes.json, pagerduty-notes-json",
            "opsgenie/notes, .notes.json, opsgenie-alert-notes-json",
            "pagerduty, .json, pagerduty-incidents-json",
            "opsgenie, .json, opsgenie-alerts-json"})
    void sampleDataFilesAreRoutedToTheirParser(String folder, String suffix, String format) {
        for (Path file : SampleData.files(folder, suffix)) {
            if (file.getFileName().toString().startsWith("teams")) {
                continue;
            }
            ParserChoice choice = registry.detect(file.getFileName().toString(), Parsing.head(file));
            assertThat(choice.found()).as(file + ": " + choice.reason()).isTrue();
            assertThat(choice.parser().format()).as(file + ": " + choice.reason()).isEqualTo(format);
        }
    }

    @Test
    void opsgenieTeamsLookupIsNoExportOfRecords() {
        for (Path teams : SampleData.files("opsgenie", ".json")) {
            if (teams.getFileName().toString().startsWith("teams")) {
                assertThat(registry.detect(teams.getFileName().toString(), Parsing.head(teams)).found()).isFalse();
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
            "70413a06-38d6-4c85-92b8-5ebc900d42e2.logs.json, opsgenie-alert-logs-json",
            "70413a06-38d6-4c85-92b8-5ebc900d42e2.notes.json, opsgenie-alert-notes-json"})
    void emptyOpsgenieEnvelopeNamedForAnAlertGoesToTheLogsOrNotesParser(String fileName, String format) {
        ParserChoice choice = registry.detect(fileName, "{\"data\": [], \"took\": 0.01, \"requestId\": \"x\"}");

        assertThat(choice.parser().format()).as(choice.reason()).isEqualTo(format);
    }

    @Test
    void twoParsersForOneFormatAreRefused() {
        assertThatThrownBy(() -> new ParserRegistry(List.of(new OpsgenieAlertsJsonParser(), new OpsgenieAlertsJsonParser())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aParserThatCouldNeitherWinNorTieIsNotAsked() {
        Path csv = Path.of("src/test/resources/parse/csv-all-columns.csv");
        ExportParser markdown = new MarkdownPostmortemParser();
        ExportParser dear = new ExportParser() {
            @Override
            public String format() {
                return markdown.format();
            }

            @Override
            public Detection detect(String fileName, String head) {
                throw new AssertionError("asked although it scores at most " + highestScore());
            }

            @Override
            public int highestScore() {
                return markdown.highestScore();
            }

            @Override
            public void parse(java.io.InputStream in, String fileName, ParseSink sink) {
                throw new AssertionError("not parsed here");
            }
        };
        ParserChoice alone = new ParserRegistry(List.of(new PagerDutyIncidentsCsvParser()))
                .detect(csv.getFileName().toString(), Parsing.head(csv));

        ParserChoice choice = new ParserRegistry(List.of(new PagerDutyIncidentsCsvParser(), dear))
                .detect(csv.getFileName().toString(), Parsing.head(csv));

        assertThat(alone.detection().score()).isGreaterThan(dear.highestScore());
        assertThat(choice.parser().format()).isEqualTo(alone.parser().format());
        assertThat(choice.detection()).isEqualTo(alone.detection());
        assertThat(choice.reason()).isEqualTo(alone.reason());
    }

    @Test
    void noParserScoresAboveItsHighestScore() throws IOException {
        List<Path> inputs;
        try (Stream<Path> tests = Files.walk(Path.of("src/test/resources"));
                Stream<Path> samples = Files.walk(SampleData.file("."))) {
            inputs = Stream.concat(tests, samples).filter(Files::isRegularFile).toList();
        }
        assertThat(inputs).hasSizeGreaterThan(100);
        for (Path input : inputs) {
            String head = Parsing.head(input);
            for (ExportParser parser : registry.parsers()) {
                assertThat(parser.detect(input.getFileName().toString(), head).score()).as(parser.format() + " on " + input)
                        .isLessThanOrEqualTo(parser.highestScore());
            }
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "pagerduty/api-reference-examples/GET_incidents_id_past_incidents.response.json | a PagerDuty past incidents response",
            "pagerduty/api-reference-examples/GET_incidents_id_related_incidents.response.json | a PagerDuty related incidents response",
            "pagerduty/api-reference-examples/POST_analytics_metrics_incidents_all.response.json | PagerDuty Analytics aggregate metrics",
            "jsm/real-captures/rapid7.GET_v1_alerts_requests_id.json | an Opsgenie/JSM request status",
            "jsm/api-reference-examples/GET_v1_alerts_requests_id.response.json | an Opsgenie/JSM request status"})
    void aPayloadThatIsNoExportIsNamedInTheReject(String file, String named) {
        ParserChoice choice = registry.detect("payload.json", Parsing.head(SharedFormats.file(file)));

        assertThat(choice.parser()).isNull();
        assertThat(choice.reason()).contains(": it is " + named);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            // the shapes of real bodies saved by webhook receivers and sync tools (Zulip's, Airbyte's test fixtures)
            "{'event':{'id':'01D','event_type':'incident.resolved','resource_type':'incident','occurred_at':'2022-01-01T00:00:00Z',"
                    + "'data':{'id':'PX','type':'incident'}}} | a PagerDuty webhook (v3) event",
            "{'messages':[{'type':'incident.resolve','created_on':'2015-02-07T21:29:42Z','data':{'incident':{}}}]}"
                    + " | a PagerDuty webhook (v1/v2) message",
            // v2: the incident and its log entries, as PagerDuty's developer docs show one
            "{'messages':[{'id':'bb8b8fe0','event':'incident.resolve','created_on':'2018-01-01T00:00:00Z',"
                    + "'incident':{'id':'PIJ90N7','incident_number':2},'log_entries':[{'id':'R2XGXEI3W0FHMRCZTE'}]}]}"
                    + " | a PagerDuty webhook (v1/v2) message",
            // as a 2014 script saved /api/v1/incidents/{id}/log_entries
            "{'log_entries':[{'id':'PVKV1MS','type':'resolve','created_at':'2014-02-13T07:39:13Z','agent':{'type':'service'},"
                    + "'channel':{'type':'nagios'}}],'limit':100,'offset':0,'total':10} | PagerDuty REST API v1 log entries",
            // Grafana OnCall's developer docs: GET /api/v1/alerts/
            "{'count':1,'next':null,'previous':null,'results':[{'id':'AA74DN7T4JQB6','alert_group_id':'I68T24C13IFW1',"
                    + "'created_at':'2022-10-11T00:00:00Z','payload':{'state':'alerting'}}]} | Grafana OnCall alerts",
            "{'action':'Close','alert':{'alertId':'05','message':'test alert'},'source':{'type':'web'}}"
                    + " | an Opsgenie/JSM alert webhook",
            "{'incident':{'id':'P1','created_on':'2015-01-01T00:00:00Z'},'created_on':'2015-01-01T00:00:00Z',"
                    + "'trigger_summary_data':{'subject':'x'}} | PagerDuty REST API v1 incidents",
            "{'stream':'incidents','data':{'incident_number':1,'title':'admin'},'emitted_at':1} | records wrapped by a sync tool",
            // the same inside the messages a connector prints (airbyte read)
            "{'record':{'stream':'src__pagerduty__incidents','emitted_at':1635486767828,'data':{'id':'P1','status':'resolved'}},"
                    + "'type':'RECORD'} | Airbyte protocol messages",
            // PagerDuty's directories, an Opsgenie on-call answer, a recorded HTTP archive, responder metrics (the
            // shapes of JupiterOne's recorded PagerDuty responses, an Opsgenie client's fixture, PagerDuty's schema)
            "{'services':[{'id':'PS0000','name':'Service 0','type':'service','summary':'Service 0','self':'https://api.pagerduty.com/services/PS0000',"
                    + "'teams':[]}],'limit':25,'offset':0,'more':false} | a PagerDuty GET /services",
            "{'oncalls':[{'escalation_policy':{'id':'PE0000','type':'escalation_policy_reference'},'escalation_level':1,"
                    + "'user':{'id':'PU0000'},'start':'2019-12-09T22:46:21Z','end':null}]} | a PagerDuty GET /oncalls",
            "{'users':[{'id':'PU1','name':'Ann','email':'ann@example.com','html_url':'https://x.pagerduty.com/users/PU1'}]}"
                    + " | a PagerDuty GET /users",
            "{'data':{'_parent':{'id':'d875','name':'ScheduleName','enabled':true},'onCallRecipients':['user4@example.com']},"
                    + "'took':0.1,'requestId':'7f0a'} | an Opsgenie who-is-on-call response",
            "{'log':{'_recordingName':'request','creator':{'name':'Polly.JS','version':'4.3.0'},'entries':[{'request':"
                    + "{'method':'GET'}}],'version':'1.2'}} | an HTTP archive (HAR)",
            "{'data':[{'responder_id':'USER1','responder_name':'Alice','total_seconds_on_call':86400,'total_interruptions':5}]}"
                    + " | PagerDuty Analytics responder metrics",
            // a CloudWatch alarm as SNS delivers it, and a New Relic issue webhook (bugraid-ai's fixtures)
            "{'Type':'Notification','MessageId':'m1','TopicArn':'arn:aws:sns:us-east-1:1:alarms','Subject':'ALARM',"
                    + "'Message':'{}','Timestamp':'2024-01-01T00:00:00.000Z'} | an Amazon SNS notification",
            "{'id':'i1','issueUrl':'https://one.newrelic.com/x','title':['High CPU'],'priority':'CRITICAL','totalIncidents':1,"
                    + "'state':'ACTIVATED','alertPolicyNames':['p'],'createdAt':1} | a New Relic issue webhook",
            // as promgen's tests post them (line/promgen)
            "[{'annotations':{'summary':'Error on a.example'},'endsAt':'0001-01-01T00:00:00Z','generatorURL':'http://prometheus.example',"
                    + "'labels':{'alertname':'test-alert'},'startsAt':'2019-01-01T00:00:00Z'}] | alerts as Prometheus posts them"})
    void webhookBodiesAndWrappedRecordsAreNamedInTheReject(String json, String named) {
        ParserChoice choice = registry.detect("body.json", json.replace('\'', '"'));

        assertThat(choice.parser()).isNull();
        assertThat(choice.reason()).contains(": it is " + named);
    }

    @Test
    void aFileOfNoKnownShapeGetsItsShapeAndEachParsersReason() {
        assertThat(registry.detect("x.json", "{\"colour\":\"blue\"}").reason())
                .contains(": it is a JSON object with keys [colour], a shape none of the parsers reads (")
                .contains(PagerDutyIncidentsJsonParser.FORMAT + ": ").contains(OpsgenieAlertsJsonParser.FORMAT + ": ");
        assertThat(registry.detect("x.dat", "colour: blue").reason()).doesNotContain(": it is")
                .contains(PagerDutyIncidentsJsonParser.FORMAT + ": ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "alertmanager-api-v2-alerts-groups.karma-mock-0.27.0.json | an Alertmanager API response"
                    + " (GET /api/v2/alerts/groups): the alerts firing when it was saved, not a history",
            "alertmanager-api-v2-alerts.from-karma-mock-0.27.0.DERIVED.json | an Alertmanager API response"
                    + " (GET /api/v2/alerts): the alerts firing when it was saved, not a history",
            "grafana-legacy-alert-webhook.alerta-test.grafana6.json | a legacy Grafana alert notification",
            "grafana-oncall-outgoing-webhook.docs-example.json | a Grafana OnCall outgoing webhook",
            "alertmanager-webhook-in-quotes.ericsson-ci.data.json | not valid JSON: at line 1, column 3: Illegal"
                    + " unquoted character",
            "alertmanager-webhook-python-repr.ericsson-ci.testcurl8.txt | a Python dict printed by a script"})
    void aSavedResponseNotificationOrPrintoutGetsOneReasonNamingIt(String file, String named) {
        ParserChoice choice = registry.detect(file, Parsing.head(NOT_EXPORTS.resolve(file)));

        assertThat(choice.found()).as(choice.reason()).isFalse();
        assertThat(choice.reason()).startsWith("no parser recognises " + file + ": it is " + named)
                .doesNotContain(PagerDutyIncidentsJsonParser.FORMAT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"body.json", "body.md", "body"})
    void aPythonDictIsNamedWhateverTheFileIsCalled(String file) {
        String head = Parsing.head(NOT_EXPORTS.resolve("alertmanager-webhook-python-repr.ericsson-ci.testcurl8.txt"));

        assertThat(registry.detect(file, head).reason()).contains(": it is a Python dict printed by a script");
    }

    @Test
    void aSyntaxErrorIsNamedOnlyInAFileNamedAsJson() {
        String head = Parsing.head(NOT_EXPORTS.resolve("alertmanager-webhook-in-quotes.ericsson-ci.data.json"));

        assertThat(registry.detect("body.ndjson", head).reason()).contains(": it is not valid JSON");
        assertThat(registry.detect("body.csv", head).reason()).doesNotContain(": it is");
    }
}
