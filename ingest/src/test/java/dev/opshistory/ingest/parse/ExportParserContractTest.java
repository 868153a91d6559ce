package dev.opshistory.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opshistory.model.Reject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every JSON export parser promises (see {@link ExportParser}), checked once here and inherited by
 * each parser's test. Inputs are built from the real records each subclass supplies. A record's output may be
 * an accepted event or a folded enrichment: the checks look at both alike through {@link Emitted}.
 */
abstract class ExportParserContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ExportParser parser;
    private final RecordFields fields;
    private final ListEnvelope envelope;

    /**
     * @param parser   the parser under test
     * @param fields   the fields of its records that the checks change
     * @param envelope its list envelope, as its export writes it
     */
    ExportParserContractTest(ExportParser parser, RecordFields fields, ListEnvelope envelope) {
        this.parser = parser;
        this.fields = fields;
        this.envelope = envelope;
    }

    /** At least two valid records with different ids, copied from real payloads; fresh copies on every call. */
    protected abstract List<ObjectNode> realRecords();

    /** The parser under test. */
    protected final ExportParser parser() {
        return parser;
    }

    /** The format's list envelope around {@code records} (already JSON text). */
    protected final String listEnvelope(List<String> records) {
        return envelope.around(records);
    }

    /** The format's list envelope with no records but its paging fields. */
    protected final String headerOnly() {
        return envelope.headerOnly();
    }

    /** The name the inputs are parsed under; parsers of logs and notes find their parent in it. */
    protected String fileName() {
        return "export.json";
    }

    // ---- empty inputs

    @Test
    void headerOnlyEnvelopeGivesNoEventsAndNoRejects() {
        CollectingSink sink = parse(headerOnly());

        assertThat(sink.outputs).isEmpty();
        assertThat(sink.rejects).isEmpty();
    }

    @Test
    void emptyArrayGivesNoEventsAndNoRejects() {
        CollectingSink sink = parse("[]\n");

        assertThat(sink.outputs).isEmpty();
        assertThat(sink.rejects).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\t\r\n  "})
    void emptyOrBlankFileGivesOneEmptyFileReject(String content) {
        CollectingSink sink = parse(content);

        assertThat(sink.outputs).isEmpty();
        assertThat(sink.rejects).extracting(Reject::position, Reject::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("file", "empty file"));
    }

    // ---- bad records

    @Test
    void badRecordsAreRejectedWithTheirPositionWhileGoodOnesPass() {
        ObjectNode noId = realRecords().get(0).deepCopy();
        noId.remove(fields.id());
        ObjectNode badCreated = realRecords().get(1).deepCopy();
        parentOf(badCreated, fields.created()).put(leaf(fields.created()), "yesterday");

        CollectingSink sink = parse(listEnvelope(List.of(text(realRecords().get(0)), "42", noId.toString(),
                text(realRecords().get(1)), badCreated.toString())));

        if (fields.idRequired()) {
            assertThat(sink.emitted()).extracting(Emitted::sourceId)
                    .containsExactly(id(realRecords().get(0)), id(realRecords().get(1)));
            assertThat(sink.rejects).extracting(Reject::position).containsExactly("record 2", "record 3", "record 5");
            assertThat(sink.rejects).extracting(Reject::field).containsExactly(null, fields.id(), fields.created());
            assertThat(sink.rejects.get(1).excerpt()).isNotBlank();
        } else {
            // the record keeps no id, or the one the format builds from its other fields
            assertThat(sink.emitted()).extracting(Emitted::sourceId)
                    .containsExactly(id(realRecords().get(0)), id(noId), id(realRecords().get(1)));
            assertThat(sink.rejects).extracting(Reject::position).containsExactly("record 2", "record 5");
            assertThat(sink.rejects).extracting(Reject::field).containsExactly(null, fields.created());
        }
        assertThat(sink.rejects.get(sink.rejects.size() - 1).reason()).contains("yesterday");
        assertThat(sink.rejects).allSatisfy(r -> assertThat(r.file()).isEqualTo(fileName()));
    }

    @Test
    void fieldOfTheWrongTypeIsRejectedNamingTheField() {
        ObjectNode wrong = realRecords().get(0).deepCopy();
        parentOf(wrong, fields.title()).putObject(leaf(fields.title())).put("text", "not a string");

        CollectingSink sink = parse(listEnvelope(List.of(wrong.toString())));

        assertThat(sink.outputs).isEmpty();
        assertThat(sink.rejects).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo(fields.title());
            assertThat(r.reason()).contains("expected text");
        });
    }

    @Test
    void malformedNdjsonLineIsRejectedAndTheLinesAfterItStillParse() {
        String ndjson = text(realRecords().get(0)) + "\n{\"" + fields.id() + "\": \"broken\n" + text(realRecords().get(1)) + "\n";

        CollectingSink sink = parse(ndjson);

        assertThat(sink.emitted()).extracting(Emitted::sourceId)
                .containsExactly(id(realRecords().get(0)), id(realRecords().get(1)));
        assertThat(sink.rejects).singleElement().satisfies(r -> {
            assertThat(r.position()).isEqualTo("line 2");
            assertThat(r.reason()).startsWith("malformed JSON line");
        });
    }

    @Test
    void truncatedDocumentIsRejectedAtItsLineAndStopsTheFile() {
        String whole = listEnvelope(List.of(pretty(realRecords().get(0)), pretty(realRecords().get(1))));
        String secondId = realRecords().get(1).get(fields.id()).asText();
        String cut = whole.substring(0, whole.indexOf(secondId) + secondId.length() / 2);

        CollectingSink sink = parse(cut);

        assertThat(sink.emitted()).extracting(Emitted::sourceId).containsExactly(id(realRecords().get(0)));
        assertThat(sink.rejects).singleElement().satisfies(r -> {
            assertThat(r.position()).matches("line \\d+");
            assertThat(Integer.parseInt(r.position().substring(5))).isGreaterThan(1);
            assertThat(r.reason()).contains("malformed JSON in record 2").contains("stopped reading")
                    .as("no parser library wording").doesNotContain("Source:").doesNotContain("StreamReadFeature");
        });
    }

    @Test
    void aDocumentCutShortSaysSoInAUsersWords() {
        String record = pretty(realRecords().get(0));
        String whole = listEnvelope(List.of(record));
        // the record's opening brace and its first field, then nothing
        int start = whole.indexOf(record);
        String cut = whole.substring(0, whole.indexOf('\n', whole.indexOf('\n', start) + 1) + 1);

        assertThat(parse(cut).rejects).singleElement().satisfies(r -> assertThat(r.reason()).contains("the file is cut short?")
                .doesNotContain("Source:").doesNotContain("StreamReadFeature"));
    }

    @Test
    void topLevelScalarIsRejectedForTheWholeFile() {
        CollectingSink sink = parse("\"just text\"");

        assertThat(sink.outputs).isEmpty();
        assertThat(sink.rejects).singleElement().satisfies(r -> {
            assertThat(r.position()).isEqualTo("file");
            assertThat(r.reason()).contains("not a JSON object or array");
        });
    }

    @Test
    void everyRecordEndsInExactlyOneAcceptOrReject() {
        ObjectNode idOnly = JSON.createObjectNode().put(fields.id(), "ONLY-AN-ID");
        List<String> records = List.of(text(realRecords().get(0)), "1", "\"text\"", "null", "{}", "[1,2]",
                idOnly.toString(), text(realRecords().get(1)));

        CollectingSink sink = parse(listEnvelope(records));

        assertThat(sink.calls).hasSize(records.size());
        assertThat(sink.outputs).hasSize(2);
        assertThat(sink.rejects).extracting(Reject::position)
                .containsExactly("record 2", "record 3", "record 4", "record 5", "record 6", "record 7");
    }

    // ---- values

    @Test
    void allInstantsAreWrittenInUtc() {
        CollectingSink sink = parse(listEnvelope(realRecords().stream().map(ExportParserContractTest::text).toList()));

        assertThat(sink.outputs).hasSize(realRecords().size());
        ParserChecks.assertInstantsWrittenInUtc(sink.outputs);
    }

    @Test
    void offsetTimestampsBecomeTheSameInstantInUtc() {
        ObjectNode shifted = realRecords().get(0).deepCopy();
        parentOf(shifted, fields.created()).put(leaf(fields.created()), "2024-03-10T01:30:00.5+02:00");

        CollectingSink sink = parse(listEnvelope(List.of(shifted.toString())));

        assertThat(sink.emitted()).singleElement().extracting(Emitted::at)
                .isEqualTo(Instant.parse("2024-03-09T23:30:00.500Z"));
    }

    @Test
    void timestampWithoutZoneIsRejectedRatherThanGuessed() {
        ObjectNode local = realRecords().get(0).deepCopy();
        parentOf(local, fields.created()).put(leaf(fields.created()), "2024-03-10T01:30:00");

        CollectingSink sink = parse(listEnvelope(List.of(local.toString())));

        assertThat(sink.rejects).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo(fields.created());
            assertThat(r.reason()).contains("no time zone");
        });
    }

    @Test
    void oversizedTitleIsCutAt64KbAndTheEventIsStillAccepted() {
        ObjectNode huge = realRecords().get(0).deepCopy();
        parentOf(huge, fields.title()).put(leaf(fields.title()), "é".repeat(100_000));

        CollectingSink sink = parse(listEnvelope(List.of(huge.toString())));

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.emitted()).singleElement().satisfies(e -> {
            assertThat(e.truncated()).isNotEqualTo(Boolean.FALSE);
            int bytes = e.text().getBytes(StandardCharsets.UTF_8).length;
            assertThat(bytes).isLessThanOrEqualTo(64 * 1024).isGreaterThan(64 * 1024 - 4);
        });
    }

    @Test
    void ordinaryRecordsAreNotFlaggedTruncated() {
        CollectingSink sink = parse(listEnvelope(realRecords().stream().map(ExportParserContractTest::text).toList()));

        assertThat(sink.emitted()).isNotEmpty().allSatisfy(e -> assertThat(e.truncated()).isNotEqualTo(Boolean.TRUE));
    }

    @Test
    void eventsNameTheirSourceFile() {
        CollectingSink sink = parse(listEnvelope(List.of(text(realRecords().get(0)))));

        assertThat(sink.emitted()).singleElement().extracting(Emitted::sourceFile).isEqualTo(fileName());
    }

    // ---- determinism and shapes

    @Test
    void parsingTwiceGivesEqualEvents() {
        String input = listEnvelope(realRecords().stream().map(ExportParserContractTest::text).toList());

        assertThat(parse(input).outputs).isEqualTo(parse(input).outputs).isNotEmpty();
    }

    @Test
    void everyShapeOfTheSameRecordsGivesTheSameEvents() {
        List<String> compact = realRecords().stream().map(ExportParserContractTest::text).toList();
        List<Object> fromEnvelope = withoutSource(parse(listEnvelope(compact)).emitted());

        String array = "[" + String.join(",", compact) + "]";
        String ndjson = String.join("\n", compact) + "\n";
        String concatenated = realRecords().stream().map(ExportParserContractTest::pretty).collect(Collectors.joining("\n"));
        for (String shape : List.of(array, ndjson, concatenated)) {
            CollectingSink sink = parse(shape);
            assertThat(sink.rejects).isEmpty();
            assertThat(withoutSource(sink.emitted())).isEqualTo(fromEnvelope).isNotEmpty();
        }
    }

    @Test
    void recordsAmongSeveralTopLevelValuesArePlacedByLine() {
        ObjectNode undated = realRecords().get(1).deepCopy();
        parentOf(undated, fields.created()).remove(leaf(fields.created()));
        String ndjson = text(realRecords().get(0)) + "\n\n" + undated + "\n";

        CollectingSink sink = parse(ndjson);

        assertThat(sink.rejects).extracting(Reject::position).containsExactly("line 3");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void recordsAreEmittedWhileTheFileIsStillBeingRead(boolean ndjson) throws IOException {
        ObjectNode template = realRecords().get(0).deepCopy();
        // well past the reader's 1 MiB look-ahead, however small one record is
        int records = Math.max(8_000, (4 << 20) / template.toString().length());
        List<byte[]> parts = new ArrayList<>();
        String head = ndjson ? "" : listEnvelope(List.of("@")).split("@")[0];
        String tail = ndjson ? "" : listEnvelope(List.of("@")).split("@")[1];
        parts.add(head.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < records; i++) {
            template.put(fields.id(), "GEN" + i);
            String separator = ndjson ? "\n" : (i + 1 < records ? "," : "");
            parts.add((template + separator).getBytes(StandardCharsets.UTF_8));
        }
        parts.add(tail.getBytes(StandardCharsets.UTF_8));

        ParserChecks.StreamedParse run = ParserChecks.parseStreamed(parser(), parts, fileName());

        assertThat(run.sink().outputs).hasSize(records);
        assertThat(run.sink().rejects).isEmpty();
        assertThat(run.readAtFirstOutput()).as("bytes read before the first event, of " + run.totalBytes())
                .isLessThan(run.totalBytes() / 2);
    }

    @Test
    void theStreamIsLeftOpenForTheCaller() throws IOException {
        byte[] input = listEnvelope(List.of(text(realRecords().get(0)))).getBytes(StandardCharsets.UTF_8);

        assertThat(ParserChecks.closesTheStream(parser(), input, fileName())).isFalse();
    }

    // ---- helpers

    protected final CollectingSink parse(String content) {
        return Parsing.parse(parser(), content, fileName());
    }

    /** A record read from a real payload file, for {@link #realRecords()}. */
    protected static ObjectNode record(String sharedPath, String... pathToRecord) {
        return record(SharedFormats.file(sharedPath), pathToRecord);
    }

    /** A record read from a file, for {@link #realRecords()}; steps are field names or array indexes. */
    protected static ObjectNode record(java.nio.file.Path file, String... pathToRecord) {
        try {
            JsonNode node = JSON.readTree(file.toFile());
            for (String step : pathToRecord) {
                node = step.matches("\\d+") ? node.get(Integer.parseInt(step)) : node.get(step);
            }
            return (ObjectNode) node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static String text(JsonNode node) {
        return node.toString();
    }

    protected static String pretty(JsonNode node) {
        return node.toPrettyString();
    }

    private String id(ObjectNode record) {
        return fields.sourceId().apply(record);
    }

    /** The object holding the field at a dotted path, created where missing. */
    private static ObjectNode parentOf(ObjectNode record, String path) {
        ObjectNode parent = record;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            parent = parent.has(parts[i]) ? (ObjectNode) parent.get(parts[i]) : parent.putObject(parts[i]);
        }
        return parent;
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static List<Object> withoutSource(List<Emitted> emitted) {
        List<Object> copies = new ArrayList<>();
        for (Emitted e : emitted) {
            copies.add(e.withoutSourceFile());
        }
        return copies;
    }
}
