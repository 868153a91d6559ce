package dev.opshistory.ingest.parse.postmortem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.opshistory.ingest.parse.CollectingSink;
import dev.opshistory.ingest.parse.Parsing;
import dev.opshistory.model.ActionItem;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.EventJson;
import dev.opshistory.model.Reject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON postmortem parser: canonical and flat records in every JSON shape, rejects, detection. */
class JsonPostmortemParserTest {

    private static final String CANONICAL = """
            {"event_id":"postmortem:postmortem:pm-1","kind":"POSTMORTEM","source":"POSTMORTEM","source_id":"pm-1",\
            "title":"Payments queue backlog","created_at":"2026-09-10T19:15:00Z","tags":["payments"],\
            "postmortem":{"date":"2026-09-10","incident_refs":["#4390","PT4KHLK"],"summary":"Backlog of 2 hours.",\
            "root_cause":"Card network timeouts.","trigger":"Black Friday traffic.",\
            "action_items":[{"text":"Circuit breaker","owner":"Priya Raman","type":"prevent","status":"TODO"}],\
            "lessons":"Load test the dependency."}}""";
    private static final String FLAT = """
            {"id":"pm-2","title":"Edge TLS expiry","date":"2026-10-01","root_cause":"Expired certificate.",\
            "incident_refs":"INC-77","action_items":["Automate renewal"]}""";

    private final JsonPostmortemParser parser = new JsonPostmortemParser();

    private CollectingSink parse(String content) {
        return Parsing.parse(parser, content, "postmortems.json");
    }

    @Test
    void canonicalRecordAsInspectWritesIt() {
        CollectingSink sink = parse(CANONICAL);

        assertThat(sink.rejects).isEmpty();
        CanonicalEvent event = sink.events.get(0);
        assertThat(event.eventId()).isEqualTo("postmortem:postmortem:pm-1");
        assertThat(event.title()).isEqualTo("Payments queue backlog");
        assertThat(event.createdAt()).isEqualTo(Instant.parse("2026-09-10T19:15:00Z"));
        assertThat(event.tags()).containsExactly("payments");
        assertThat(event.sourceFile()).isEqualTo("postmortems.json");
        assertThat(event.postmortem().incidentRefs()).containsExactly("#4390", "PT4KHLK");
        assertThat(event.postmortem().rootCause()).isEqualTo("Card network timeouts.");
        assertThat(event.postmortem().actionItems()).containsExactly(new ActionItem("Circuit breaker", "Priya Raman", "prevent", "TODO"));
        assertThat(event.postmortem().lessons()).isEqualTo("Load test the dependency.");
    }

    @Test
    void flatRecordWithHandWrittenShortcuts() {
        CollectingSink sink = parse(FLAT);

        assertThat(sink.rejects).isEmpty();
        CanonicalEvent event = sink.events.get(0);
        assertThat(event.sourceId()).isEqualTo("pm-2");
        assertThat(event.createdAt()).isEqualTo(Instant.parse("2026-10-01T00:00:00Z"));
        assertThat(event.postmortem().date()).isEqualTo("2026-10-01");
        assertThat(event.postmortem().incidentRefs()).containsExactly("INC-77", "#77");
        assertThat(event.postmortem().actionItems()).containsExactly(new ActionItem("Automate renewal", null, null, null));
    }

    @Test
    void everyShapeOfTheSameRecordsGivesTheSameEvents() {
        List<CanonicalEvent> ndjson = parse(CANONICAL + "\n" + FLAT + "\n").events;
        assertThat(ndjson).hasSize(2);
        for (String shape : List.of("[" + CANONICAL + "," + FLAT + "]", "{\"postmortems\":[" + CANONICAL + ",\n" + FLAT + "]}",
                CANONICAL + "\n\n" + FLAT)) {
            CollectingSink sink = parse(shape);
            assertThat(sink.rejects).isEmpty();
            assertThat(sink.events).isEqualTo(ndjson);
        }
    }

    @Test
    void markdownEventsRoundTripThroughInspectsNdjson() throws IOException {
        MarkdownPostmortemParser markdown = new MarkdownPostmortemParser();
        List<CanonicalEvent> original = new ArrayList<>();
        try (Stream<Path> files = Files.list(PostmortemFiles.projectRoot().resolve("sample-data/postmortems"))) {
            for (Path file : files.sorted().toList()) {
                original.addAll(Parsing.parse(markdown, file).events);
            }
        }
        original.addAll(Parsing.parse(markdown, PostmortemFiles.shared(
                "postmortems/google-sre-example/shakespeare-sonnet-postmortem.atx-headings.md")).events);
        String ndjson = original.stream().map(EventJson::toJson).collect(Collectors.joining("\n"));

        CollectingSink sink = parse(ndjson);

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.events).isEqualTo(original.stream().map(e -> e.toBuilder().sourceFile("postmortems.json").build()).toList());
    }

    // ---- rejects

    @ParameterizedTest
    @ValueSource(strings = {"", " \n\n "})
    void emptyFileIsOneEmptyFileReject(String content) {
        assertThat(parse(content).rejects).extracting(Reject::position, Reject::reason).containsExactly(tuple("file", "empty file"));
    }

    @Test
    void badRecordsAreRejectedWithPositionAndFieldWhileGoodOnesPass() {
        String records = "[" + String.join(",", CANONICAL, "42",
                "{\"title\":\"no fields\",\"summary_text\":\"x\"}",
                "{\"id\":\"x\",\"root_cause\":{\"text\":\"object\"}}",
                "{\"id\":\"y\",\"kind\":\"ALERT\",\"root_cause\":\"r\"}",
                "{\"id\":\"z\",\"date\":\"last tuesday\",\"root_cause\":\"r\"}",
                "{\"id\":\"w\",\"root_cause\":\"r\",\"action_items\":[{\"text\":[1]}]}",
                FLAT) + "]";

        CollectingSink sink = parse(records);

        assertThat(sink.events).extracting(CanonicalEvent::sourceId).containsExactly("pm-1", "pm-2");
        assertThat(sink.rejects).extracting(Reject::position, Reject::field).containsExactly(
                tuple("record 2", null), tuple("record 3", null), tuple("record 4", "root_cause"),
                tuple("record 5", "kind"), tuple("record 6", "date"), tuple("record 7", "action_items[0].text"));
        assertThat(sink.rejects.get(4).reason()).contains("last tuesday");
        assertThat(sink.calls).hasSize(8);
    }

    @Test
    void malformedNdjsonLineIsRejectedAndTheNextLinesStillParse() {
        CollectingSink sink = parse(CANONICAL + "\n{\"id\": \"broken\n" + FLAT + "\n");

        assertThat(sink.events).extracting(CanonicalEvent::sourceId).containsExactly("pm-1", "pm-2");
        assertThat(sink.rejects).singleElement().satisfies(r -> assertThat(r.position()).isEqualTo("line 2"));
    }

    @Test
    void recordWithoutIdUsesDateAndTitle() {
        CollectingSink sink = parse("{\"title\":\"Cache stampede!\",\"date\":\"2026-01-05\",\"root_cause\":\"TTL sync\"}");

        assertThat(sink.events).singleElement().extracting(CanonicalEvent::sourceId).isEqualTo("2026-01-05-cache-stampede");
    }

    // ---- values

    @Test
    void zoneLessAndOffsetTimestampsAreUtc() {
        CollectingSink sink = parse("""
                {"id":"a","created_at":"2026-10-01T06:00:00","root_cause":"r"}
                {"id":"b","created_at":"2026-10-01T06:00:00.5+02:00","root_cause":"r"}
                """);

        assertThat(sink.events).extracting(CanonicalEvent::createdAt)
                .containsExactly(Instant.parse("2026-10-01T06:00:00Z"), Instant.parse("2026-10-01T04:00:00.500Z"));
    }

    @Test
    void datesOutsideThePlausibleRangeOrImpossibleAreRejectedNamingTheField() {
        CollectingSink sink = parse("""
                {"id":"a","created_at":"+999999999-12-31T23:59:59.999999999-18:00","root_cause":"r"}
                {"id":"b","date":"-999999999-01-01T00:00:00Z","root_cause":"r"}
                {"id":"c","date":"1899-07-04","root_cause":"r"}
                {"id":"d","date":"2026-02-30","root_cause":"r"}
                {"id":"e","date":"+12026-10-01","root_cause":"r"}
                {"id":"f","date":"2026-10-01","root_cause":"r"}
                """);

        assertThat(sink.events).extracting(CanonicalEvent::sourceId).containsExactly("f");
        assertThat(sink.rejects).extracting(Reject::position, Reject::field).containsExactly(tuple("line 1", "created_at"),
                tuple("line 2", "date"), tuple("line 3", "date"), tuple("line 4", "date"), tuple("line 5", "date"));
        assertThat(sink.rejects.get(1).reason()).contains("outside the plausible range");
        assertThat(sink.rejects.get(2).reason()).contains("outside the plausible range");
        assertThat(sink.rejects.get(3).reason()).contains("unparseable date");
    }

    @Test
    void oversizedRootCauseIsCutAndFlagged() {
        CollectingSink sink = parse("{\"id\":\"a\",\"root_cause\":\"" + "é".repeat(100_000) + "\"}");

        assertThat(sink.events).singleElement().satisfies(e -> {
            assertThat(e.truncated()).isTrue();
            assertThat(e.postmortem().rootCause().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64 * 1024);
        });
    }

    @Test
    void parsingTwiceGivesEqualEvents() {
        assertThat(parse(CANONICAL + "\n" + FLAT).events).isEqualTo(parse(CANONICAL + "\n" + FLAT).events).hasSize(2);
    }

    // ---- detection

    @Test
    void detectsPostmortemJsonInEveryShape() {
        assertThat(parser.detect("a.json", CANONICAL).score()).isEqualTo(80);
        assertThat(parser.detect("a.ndjson", CANONICAL + "\n" + FLAT).score()).isEqualTo(90);
        assertThat(parser.detect("a.json", "[" + FLAT + "]").score()).isEqualTo(90);
        assertThat(parser.detect("a.json", "{\"postmortems\":[" + FLAT + "]}").score()).isEqualTo(100);
    }

    @Test
    void doesNotTakeVendorExportsOrOtherCanonicalEvents() throws IOException {
        List<Path> vendorFiles;
        try (Stream<Path> files = Files.walk(PostmortemFiles.sharedRoot())) {
            vendorFiles = files.filter(p -> p.toString().endsWith(".json")).filter(p -> !p.toString().contains("postmortems"))
                    .sorted().toList();
        }
        assertThat(vendorFiles).hasSizeGreaterThan(20);
        for (Path file : vendorFiles) {
            String head = Parsing.head(file);
            assertThat(parser.detect(file.getFileName().toString(), head).matches()).as(file.toString()).isFalse();
            assertThat(new MarkdownPostmortemParser().detect(file.getFileName().toString(), head).matches()).as(file.toString()).isFalse();
        }
        assertThat(parser.detect("alerts.ndjson", "{\"event_id\":\"pagerduty:alert:P1\",\"kind\":\"ALERT\",\"summary\":\"x\"}").matches()).isFalse();
    }
}
