package dev.opshistory.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opshistory.model.Enrichment;
import dev.opshistory.model.EnrichmentType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpsgenieAlertLogsJsonParserTest extends ExportParserContractTest {

    private static final String OPSGENIE = "opsgenie/docs-samples/GET_v2_alerts_id_logs.response.RESERIALIZED.json";
    private static final String JSM = "jsm/api-reference-examples/GET_v1_alerts_id_logs.response.DERIVED.json";
    private static final String ALERT = "70413a06-38d6-4c85-92b8-5ebc900d42e2";

    OpsgenieAlertLogsJsonParserTest() {
        super(new OpsgenieAlertLogsJsonParser(), RecordFields.opsgenieAlertLine("log"),
                new ListEnvelope("data", List.of("\"took\": 0.605", "\"requestId\": \"9ae63dd7-ed00-4c81-86f0-c4ffd33142c9\""),
                        "{\"data\": [], \"took\": 0.01, \"requestId\": \"9ae63dd7-ed00-4c81-86f0-c4ffd33142c9\"}"));
    }

    @Override
    protected List<ObjectNode> realRecords() {
        return List.of(record(OPSGENIE, "data", "0"), record(OPSGENIE, "data", "1"));
    }

    @Override
    protected String fileName() {
        return ALERT + ".logs.json";
    }

    @Test
    void opsgenieLogsNamedByTheirFileFoldIntoTheAlert() {
        CollectingSink sink = Parsing.parse(parser(), listEnvelope(realRecords().stream().map(ExportParserContractTest::text).toList()),
                fileName());

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.folded).extracting(Enrichment::parentEventId).containsOnly("opsgenie:alert:" + ALERT);
        assertThat(sink.folded.get(0)).extracting(Enrichment::type, Enrichment::sourceId, Enrichment::at, Enrichment::agent,
                        Enrichment::human, Enrichment::channel, Enrichment::text)
                .containsExactly(EnrichmentType.ACKNOWLEDGE, "1492000072838_1492000072838234593",
                        Instant.parse("2017-04-12T12:27:52.838Z"), "neo@opsgenie.com", true, "web", "Alert acknowledged via web");
        assertThat(sink.folded.get(1).type()).isEqualTo(EnrichmentType.OTHER);
    }

    @Test
    void opsgenieDocsSampleHasNoParentAndIsRejectedWithTheReason() {
        CollectingSink sink = Parsing.parse(parser(), SharedFormats.file(OPSGENIE));

        assertThat(sink.folded).isEmpty();
        assertThat(sink.rejects).hasSize(2).allSatisfy(r ->
                assertThat(r.reason()).isEqualTo("no parent alert: name the file <alert-id>.logs.json"));
    }

    @Test
    void jsmLogsFindTheirAlertInTheLinksAfterTheRecords() {
        CollectingSink sink = Parsing.parse(parser(), SharedFormats.file(JSM));

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.folded).singleElement().satisfies(log -> {
            assertThat(log.parentEventId()).isEqualTo("jsm:alert:4513b7ea-3b91-438f-b7e4-e3e54af9147c");
            assertThat(log.at()).isEqualTo(Instant.parse("2024-01-05T07:06:47.958Z"));
            assertThat(log.agent()).isEqualTo("system");
            assertThat(log.human()).isFalse();
            assertThat(log.type()).isEqualTo(EnrichmentType.ASSIGN);
            assertThat(log.channel()).isNull();
        });
    }

    @Test
    void pagingLinkByTinyIdNamesNoAlert() {
        String page = "{\"data\": [" + text(realRecords().get(0)) + "], \"paging\": {\"first\":"
                + " \"https://api.opsgenie.com/v2/alerts/1791/logs?identifierType=tiny&order=desc\"}}";

        CollectingSink sink = Parsing.parse(parser(), page, "logs.json");

        assertThat(sink.rejects).singleElement().satisfies(r -> assertThat(r.reason()).startsWith("no parent alert"));
    }

    @Test
    void recordsWaitingForTheWrapperKeepTheirOrderWithRejectsAmongThem() {
        ObjectNode undated = realRecords().get(1).deepCopy();
        undated.remove("createdAt");
        String page = "{\"data\": [" + text(realRecords().get(0)) + ", 7, " + undated + ", " + text(realRecords().get(1))
                + "], \"paging\": {\"first\": \"https://api.opsgenie.com/v2/alerts/" + ALERT + "/logs?identifierType=id\"}}";

        CollectingSink sink = Parsing.parse(parser(), page, "logs.json");

        assertThat(sink.calls).containsExactly("fold opsgenie:alert:" + ALERT, "reject record 2", "reject record 3",
                "fold opsgenie:alert:" + ALERT);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Alert created via API | TRIGGER", "Alert acknowledged via web | ACKNOWLEDGE",
            "Alert unacknowledged via mobile | UNACKNOWLEDGE", "Alert closed via API | RESOLVE",
            "Alert closed by System after 12h | RESOLVE", "Escalated to next [sre-core_escalation] | ESCALATE",
            "Alert snoozed until 2024-01-05T08:00:00Z | SNOOZE", "Note added: rolled back | NOTE",
            "Added responder [data-platform] | RESPONDER", "Priority changed from P3 to P1 | PRIORITY_CHANGE",
            "Sent [email] notification to [neo@opsgenie.com] | NOTIFY", "Viewed on [web] | OTHER",
            "Assigning owner team [Dream] to alert because it is the only team on the alert | ASSIGN"})
    void logTextTellsTheEnrichmentType(String log, EnrichmentType type) {
        ObjectNode line = realRecords().get(0);
        line.put("log", log);

        assertThat(parse(listEnvelope(List.of(line.toString()))).folded.get(0).type()).isEqualTo(type);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(value = {"neo@opsgenie.com, true", "System, false", "system, false", "Alert API, false",
            "Datadog, null"}, nullValues = "null")
    void ownerIsAPersonWhenAnEmailAddressAndNotWhenTheSystem(String owner, Boolean human) {
        ObjectNode line = realRecords().get(0);
        line.put("owner", owner);

        assertThat(parse(listEnvelope(List.of(line.toString()))).folded.get(0))
                .extracting(Enrichment::agent, Enrichment::human).containsExactly(owner, human);
    }
}
