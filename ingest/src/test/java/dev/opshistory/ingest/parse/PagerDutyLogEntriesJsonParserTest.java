package dev.opshistory.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opshistory.model.Enrichment;
import dev.opshistory.model.EnrichmentType;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PagerDutyLogEntriesJsonParserTest extends ExportParserContractTest {

    private static final String DOCS_LIST = "pagerduty/api-reference-examples/GET_log_entries.response.json";
    private static final String REMEDY = "pagerduty/log_entries.multi_type.remedy-integration.json";

    PagerDutyLogEntriesJsonParserTest() {
        super(new PagerDutyLogEntriesJsonParser(), RecordFields.pagerDuty("summary"),
                new ListEnvelope("log_entries", List.of("\"limit\": 25", "\"offset\": 0", "\"more\": false"),
                        "{\"log_entries\": [], \"limit\": 25, \"offset\": 0, \"more\": false, \"total\": null}"));
    }

    @Override
    protected List<ObjectNode> realRecords() {
        return List.of(record(DOCS_LIST, "log_entries", "0"), record(REMEDY, "log_entries", "7"));
    }

    // ---- real payloads

    @ParameterizedTest
    @ValueSource(strings = {DOCS_LIST, "pagerduty/api-reference-examples/GET_log_entries_id.response.json",
            "pagerduty/api-reference-examples/GET_incidents_id_log_entries.response.json"})
    void docsExamplesFoldOneTriggerIntoTheirIncident(String file) {
        CollectingSink sink = Parsing.parse(parser(), SharedFormats.file(file));

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.events).isEmpty();
        assertThat(sink.folded).singleElement().satisfies(e -> {
            assertThat(e.parentEventId()).isEqualTo("pagerduty:alert:PT4KHLK");
            assertThat(e.type()).isEqualTo(EnrichmentType.TRIGGER);
            assertThat(e.sourceId()).isEqualTo("Q02JTSNZWHSEKV");
            assertThat(e.at()).isEqualTo(Instant.parse("2015-11-07T00:14:20Z"));
            assertThat(e.agent()).isEqualTo("My Mail Service");
            assertThat(e.human()).isFalse();
            assertThat(e.channel()).isEqualTo("api");
            assertThat(e.text()).isEqualTo("Triggered through the API");
        });
    }

    @Test
    void entriesOf2013WithOlderSpellingsAllParse() {
        CollectingSink sink = Parsing.parse(parser(), SharedFormats.file(REMEDY));

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.folded).hasSize(12).allSatisfy(e -> assertThat(e.parentEventId()).isEqualTo("pagerduty:alert:P31FVLZ"));
        Map<String, Enrichment> byId = sink.folded.stream().collect(Collectors.toMap(Enrichment::sourceId, Function.identity()));
        // an agent without a type, but a /users/ address, acknowledging by phone
        assertThat(byId.get("PKU5VMR")).extracting(Enrichment::type, Enrichment::agent, Enrichment::human, Enrichment::channel)
                .containsExactly(EnrichmentType.ACKNOWLEDGE, "Tim Wright", true, "phone");
        // notifications have no agent: PagerDuty sent them automatically
        assertThat(byId.get("PVALU1K")).extracting(Enrichment::type, Enrichment::agent, Enrichment::human, Enrichment::text)
                .containsExactly(EnrichmentType.NOTIFY, null, false, "Notified Bob Smith by email");
        // a resolve note is the text
        assertThat(byId.get("PPV5KG7")).extracting(Enrichment::type, Enrichment::human, Enrichment::text)
                .containsExactly(EnrichmentType.RESOLVE, true, "Fixed");
        assertThat(byId.get("P36T0K8")).extracting(Enrichment::type, Enrichment::human, Enrichment::channel)
                .containsExactly(EnrichmentType.UNACKNOWLEDGE, false, "timeout");
    }

    @Test
    void sampleDataLogEntriesParseWithoutRejects() {
        List<Enrichment> all = new ArrayList<>();
        for (Path file : SampleData.files("pagerduty/log_entries", ".json")) {
            CollectingSink sink = Parsing.parse(parser(), file);
            assertThat(sink.rejects).as(file.toString()).isEmpty();
            all.addAll(sink.folded);
        }

        assertThat(all).hasSize(1049);
        Map<EnrichmentType, Long> byType = all.stream().collect(Collectors.groupingBy(Enrichment::type, Collectors.counting()));
        assertThat(byType).containsEntry(EnrichmentType.TRIGGER, 382L).containsEntry(EnrichmentType.ACKNOWLEDGE, 220L)
                .containsEntry(EnrichmentType.NOTE, 51L).containsEntry(EnrichmentType.RESOLVE, 376L)
                .containsEntry(EnrichmentType.ESCALATE, 20L);
        // resolved by the integration (api) or by timeout: not a person; by a user on the website: a person
        assertThat(all.stream().filter(e -> e.type() == EnrichmentType.RESOLVE && Boolean.TRUE.equals(e.human())))
                .hasSize(85).allSatisfy(e -> assertThat(e.channel()).isEqualTo("website"));
    }

    // ---- types

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "acknowledge_log_entry, ACKNOWLEDGE", "acknowledgement_log_entry, ACKNOWLEDGE", "annotate_log_entry, NOTE",
            "assign_log_entry, ASSIGN", "delegate_log_entry, ASSIGN", "escalate_log_entry, ESCALATE",
            "exhaust_escalation_path_log_entry, OTHER", "notify_log_entry, NOTIFY", "reach_ack_limit_log_entry, OTHER",
            "reach_trigger_limit_log_entry, OTHER", "repeat_escalation_path_log_entry, ESCALATE",
            "resolve_log_entry, RESOLVE", "snooze_log_entry, SNOOZE", "trigger_log_entry, TRIGGER",
            "unacknowledge_log_entry, UNACKNOWLEDGE", "urgency_change_log_entry, PRIORITY_CHANGE",
            "field_value_change_log_entry, OTHER", "custom_field_value_change_log_entry, OTHER",
            "trigger_log_entry_reference, TRIGGER", "RESOLVE_LOG_ENTRY, RESOLVE"})
    void eachLogEntryTypeHasItsEnrichmentType(String type, EnrichmentType expected) {
        ObjectNode entry = realRecords().get(0);
        entry.put("type", type);

        assertThat(parse(listEnvelope(List.of(entry.toString()))).folded).singleElement()
                .extracting(Enrichment::type).isEqualTo(expected);
    }

    @Test
    void fieldChangeNamingThePriorityIsAPriorityChange() {
        ObjectNode entry = realRecords().get(0);
        entry.put("type", "field_value_change_log_entry").put("summary", "Priority changed from P3 to P1");

        assertThat(parse(listEnvelope(List.of(entry.toString()))).folded).singleElement()
                .extracting(Enrichment::type).isEqualTo(EnrichmentType.PRIORITY_CHANGE);
    }

    @Test
    void unknownTypeIsRejectedNamingIt() {
        ObjectNode entry = realRecords().get(0);
        entry.put("type", "teleport_log_entry");

        CollectingSink sink = parse(listEnvelope(List.of(entry.toString())));

        assertThat(sink.folded).isEmpty();
        assertThat(sink.rejects).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo("type");
            assertThat(r.reason()).contains("unknown log entry type 'teleport_log_entry'");
        });
    }

    // ---- people

    @Test
    void annotationTextIsTheNoteInTheChannel() {
        ObjectNode entry = realRecords().get(0);
        entry.put("type", "annotate_log_entry").put("summary", "Note added by Jun Tanaka.");
        entry.putObject("agent").put("id", "P1K058V").put("type", "user_reference").put("summary", "Jun Tanaka");
        entry.putObject("channel").put("type", "note").put("summary", "Rolled back the last config push.");

        Enrichment note = parse(listEnvelope(List.of(entry.toString()))).folded.get(0);

        assertThat(note).extracting(Enrichment::type, Enrichment::agent, Enrichment::human, Enrichment::text)
                .containsExactly(EnrichmentType.NOTE, "Jun Tanaka", true, "Rolled back the last config push.");
    }

    @ParameterizedTest(name = "agent {0} via {1} -> human {2}")
    @CsvSource({
            "user_reference, website, true", "user, phone, true", "user_reference, api, true",
            "user_reference, timeout, false", "service_reference, api, false",
            "generic_email_inbound_integration_reference, email, false", "bot_user_reference, web_trigger, false"})
    void humanFollowsTheAgentTypeAndTheChannel(String agentType, String channel, boolean human) {
        ObjectNode entry = realRecords().get(0);
        ((ObjectNode) entry.get("agent")).put("type", agentType);
        entry.putObject("channel").put("type", channel);

        assertThat(parse(listEnvelope(List.of(entry.toString()))).folded.get(0).human()).isEqualTo(human);
    }

    @ParameterizedTest(name = "no agent, channel {0} -> human {1}")
    @CsvSource(value = {"auto, false", "timeout, false", "api, false", "sms, true", "email, null"}, nullValues = "null")
    void withoutAnAgentTheChannelDecides(String channel, Boolean human) {
        ObjectNode entry = realRecords().get(0);
        entry.remove("agent");
        entry.putObject("channel").put("type", channel);

        assertThat(parse(listEnvelope(List.of(entry.toString()))).folded.get(0).human()).isEqualTo(human);
    }

    // ---- parent

    @ParameterizedTest
    @ValueSource(strings = {"PT4KHLK.log_entries.json", "PT4KHLK.logs.json", "PT4KHLK_log_entries.json",
            "log_entries-PT4KHLK.json", "PT4KHLK.log_entries.ndjson"})
    void entryWithoutIncidentTakesItsParentFromTheFileName(String fileName) {
        ObjectNode entry = withoutIncident();

        CollectingSink sink = Parsing.parse(parser(), listEnvelope(List.of(entry.toString())), fileName);

        assertThat(sink.folded).singleElement().extracting(Enrichment::parentEventId).isEqualTo("pagerduty:alert:PT4KHLK");
    }

    @Test
    void entryWithoutIncidentTakesItsParentFromItsOwnAddress() {
        ObjectNode entry = withoutIncident();
        entry.put("self", "https://api.pagerduty.com/log_entries/Q02JTSNZWHSEKV?incident_id=PT4KHLK");

        assertThat(parse(listEnvelope(List.of(entry.toString()))).folded).singleElement()
                .extracting(Enrichment::parentEventId).isEqualTo("pagerduty:alert:PT4KHLK");
    }

    @Test
    void entryWhoseIncidentCannotBeFoundIsRejectedSayingHowToNameTheFile() {
        CollectingSink sink = Parsing.parse(parser(), listEnvelope(List.of(withoutIncident().toString())), "log_entries.json");

        assertThat(sink.folded).isEmpty();
        assertThat(sink.rejects).singleElement().satisfies(r -> {
            assertThat(r.position()).isEqualTo("record 1");
            assertThat(r.field()).isEqualTo("incident");
            assertThat(r.reason()).contains("no parent incident").contains("<incident-id>.log_entries.json");
        });
    }

    @Test
    void incidentOfTheEntryWinsOverTheFileName() {
        CollectingSink sink = Parsing.parse(parser(), listEnvelope(List.of(realRecords().get(0).toString())), "PABCDEF.logs.json");

        assertThat(sink.folded).singleElement().extracting(Enrichment::parentEventId).isEqualTo("pagerduty:alert:PT4KHLK");
    }

    private ObjectNode withoutIncident() {
        ObjectNode entry = realRecords().get(0);
        entry.remove("incident");
        entry.put("self", "https://api.pagerduty.com/log_entries/Q02JTSNZWHSEKV");
        entry.putNull("html_url");
        return entry;
    }
}
