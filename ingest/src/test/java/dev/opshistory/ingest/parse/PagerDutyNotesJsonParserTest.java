package dev.opshistory.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opshistory.model.Enrichment;
import dev.opshistory.model.EnrichmentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PagerDutyNotesJsonParserTest extends ExportParserContractTest {

    private static final String DOCS = "pagerduty/api-reference-examples/GET_incidents_id_notes.response.json";

    PagerDutyNotesJsonParserTest() {
        super(new PagerDutyNotesJsonParser(), new RecordFields("id", "created_at", "content", false),
                new ListEnvelope("notes", List.of(), "{\"notes\": []}"));
    }

    @Override
    protected List<ObjectNode> realRecords() {
        return List.of(record(DOCS, "notes", "0"), record(DOCS, "notes", "1"));
    }

    @Override
    protected String fileName() {
        return "PT4KHLK.notes.json";
    }

    @Test
    void docsNotesNamedByTheirFileBecomeNotesOfThatIncident() throws IOException {
        CollectingSink sink = Parsing.parse(parser(), Files.readAllBytes(SharedFormats.file(DOCS)), "PT4KHLK.notes.json");

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.folded).hasSize(2);
        assertThat(sink.folded.get(0)).extracting(Enrichment::parentEventId, Enrichment::type, Enrichment::sourceId,
                        Enrichment::at, Enrichment::agent, Enrichment::human, Enrichment::text)
                .containsExactly("pagerduty:alert:PT4KHLK", EnrichmentType.NOTE, "PWL7QXS",
                        Instant.parse("2013-03-06T20:28:51Z"), "Earline Greenholt", true, "Firefighters are on the scene.");
        // an event rule writes notes as a bot user: not a person
        assertThat(sink.folded.get(1)).extracting(Enrichment::agent, Enrichment::human, Enrichment::channel)
                .containsExactly("A Global Event Rule", false, "event_rule");
    }

    @Test
    void docsNotesUnderTheirOwnFileNameAreRejectedForWantOfAParent() {
        CollectingSink sink = Parsing.parse(parser(), SharedFormats.file(DOCS));

        assertThat(sink.folded).isEmpty();
        assertThat(sink.rejects).hasSize(2).allSatisfy(r ->
                assertThat(r.reason()).isEqualTo("no parent incident: name the file <incident-id>.notes.json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT4KHLK.notes.json", "PT4KHLK_notes.json", "PT4KHLK-notes.json", "notes-PT4KHLK.json",
            "notes_PT4KHLK.json", "PT4KHLK.NOTES.json", "PT4KHLK.notes.ndjson"})
    void acceptedFileNamesNameTheIncident(String fileName) {
        CollectingSink sink = Parsing.parse(parser(), listEnvelope(List.of(text(realRecords().get(0)))), fileName);

        assertThat(sink.folded).singleElement().extracting(Enrichment::parentEventId).isEqualTo("pagerduty:alert:PT4KHLK");
    }

    @ParameterizedTest
    @ValueSource(strings = {"notes.json", "GET_incidents_id_notes.response.json", "4253.notes.json", "pt4khlk.notes.json",
            "PT4KHLK.notes.txt", "my-PT4KHLK.notes.json.bak"})
    void otherFileNamesNameNoIncident(String fileName) {
        CollectingSink sink = Parsing.parse(parser(), listEnvelope(List.of(text(realRecords().get(0)))), fileName);

        assertThat(sink.folded).isEmpty();
        assertThat(sink.rejects).singleElement().extracting(r -> r.reason()).asString().startsWith("no parent incident");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"incident_id\": \"PXYZ123\", \"notes\": [@]}", "{\"notes\": [@], \"incident_id\": \"PXYZ123\"}",
            "{\"incident\": {\"id\": \"PXYZ123\", \"type\": \"incident_reference\"}, \"notes\": [@]}"})
    void wrapperNamingTheIncidentGivesTheParentBeforeOrAfterTheNotes(String wrapper) {
        CollectingSink sink = Parsing.parse(parser(), wrapper.replace("@", text(realRecords().get(0))), "notes.json");

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.folded).singleElement().extracting(Enrichment::parentEventId).isEqualTo("pagerduty:alert:PXYZ123");
    }

    @Test
    void sampleDataNotesParseWithoutRejects() {
        List<Path> files = SampleData.files("pagerduty/notes", ".notes.json");
        for (Path file : files) {
            CollectingSink sink = Parsing.parse(parser(), file);
            String incident = file.getFileName().toString().replace(".notes.json", "");
            assertThat(sink.rejects).as(file.toString()).isEmpty();
            assertThat(sink.folded).as(file.toString()).isNotEmpty().allSatisfy(n -> {
                assertThat(n.parentEventId()).isEqualTo("pagerduty:alert:" + incident);
                assertThat(n.human()).isTrue();
                assertThat(n.text()).isNotBlank();
            });
        }
        assertThat(files).hasSize(12);
    }
}
