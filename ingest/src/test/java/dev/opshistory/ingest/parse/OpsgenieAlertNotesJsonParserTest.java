package dev.opshistory.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opshistory.model.Enrichment;
import dev.opshistory.model.EnrichmentType;
import dev.opshistory.model.Source;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpsgenieAlertNotesJsonParserTest extends ExportParserContractTest {

    private static final String JSM = "jsm/api-reference-examples/GET_v1_alerts_id_notes.response.DERIVED.json";
    private static final String ALERT = "a5f305c2-42af-43c7-9a06-2023cb8f8cbc-1790517990000";

    OpsgenieAlertNotesJsonParserTest() {
        super(new OpsgenieAlertNotesJsonParser(), RecordFields.opsgenieAlertLine("note"),
                new ListEnvelope("data", List.of("\"took\": 0.019", "\"requestId\": \"82382f70-d11a-4769-8992-8186faae86d9\""),
                        "{\"data\": [], \"took\": 0.01, \"requestId\": \"82382f70-d11a-4769-8992-8186faae86d9\"}"));
    }

    @Override
    protected List<ObjectNode> realRecords() {
        List<Path> files = SampleData.files("opsgenie/notes", ".notes.json");
        return List.of(sampleNote(files.get(0)), sampleNote(files.get(1)));
    }

    private static ObjectNode sampleNote(Path file) {
        return record(file, "data", "0");
    }

    @Override
    protected String fileName() {
        return ALERT + ".notes.json";
    }

    @Test
    void sampleDataNotesParseWithoutRejectsIntoTheAlertOfTheirFileName() {
        List<Path> files = SampleData.files("opsgenie/notes", ".notes.json");
        for (Path file : files) {
            CollectingSink sink = Parsing.parse(parser(), file);
            String alert = file.getFileName().toString().replace(".notes.json", "");
            assertThat(sink.rejects).as(file.toString()).isEmpty();
            assertThat(sink.folded).as(file.toString()).isNotEmpty().allSatisfy(n -> {
                assertThat(n.parentEventId()).isEqualTo("opsgenie:alert:" + alert);
                assertThat(n.type()).isEqualTo(EnrichmentType.NOTE);
                assertThat(n.human()).isTrue();
            });
        }
        assertThat(files).hasSize(6);
    }

    @Test
    void jsmNotesFindTheirAlertInTheLinks() {
        CollectingSink sink = Parsing.parse(parser(), SharedFormats.file(JSM));

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.folded).singleElement().extracting(Enrichment::parentEventId, Enrichment::sourceId, Enrichment::at,
                        Enrichment::agent, Enrichment::human, Enrichment::text)
                .containsExactly("jsm:alert:4513b7ea-3b91-438f-b7e4-e3e54af9147c", "1704869443312000050",
                        Instant.parse("2024-01-05T07:06:47.958Z"), "user@atlassian.com", true,
                        "System downtime expected due to maintenance activities.");
    }

    @Test
    void bareJsmNoteInAFileNamedForItsAlertIsAJsmNote() {
        ObjectNode note = record(JSM, "values", "0");

        CollectingSink sink = Parsing.parse(parser(), note.toString(), "4513b7ea-3b91-438f-b7e4-e3e54af9147c.notes.json");

        assertThat(sink.folded).singleElement().extracting(Enrichment::parentEventId)
                .isEqualTo(dev.opshistory.model.CanonicalEvent.eventId(Source.JSM, dev.opshistory.model.EventKind.ALERT,
                        "4513b7ea-3b91-438f-b7e4-e3e54af9147c"));
    }

    @Test
    void notesWithoutAParentAreRejectedWithTheReason() {
        CollectingSink sink = Parsing.parse(parser(), listEnvelope(List.of(text(realRecords().get(0)))), "notes.json");

        assertThat(sink.rejects).singleElement().satisfies(r ->
                assertThat(r.reason()).isEqualTo("no parent alert: name the file <alert-id>.notes.json"));
    }
}
