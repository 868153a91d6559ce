package dev.opshistory.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.Enrichment;
import dev.opshistory.model.EventJson;
import dev.opshistory.model.Reject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** The parser under test. */
    protected abstract ExportParser parser();

    /** At least two valid records with different ids, copied from real payloads. */
    protected abstract List<ObjectNode> realRecords();

    /** The format's list envelope around {@code records} (already JSON text), pretty or not. */
    protected abstract String listEnvelope(List<String> records);

    /** The format's list envelope with no records but its paging fields. */
    protected abstract String headerOnly();

    protected abstract String idField();

    protected abstract String createdField();

    protected abstract String titleField();

    /** The name the inputs are parsed under; parsers of logs and notes find their parent in it. */
    protected String fileName() {
        return "export.json";
    }

    /** Whether a record without {@link #idField()} is rejected; logs and notes without an id are kept. */
    protected boolean idRequired() {
        return true;
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
        noId.remove(idField());
        ObjectNode badCreated = realRecords().get(1).deepCopy();
        badCreated.put(createdField(), "yesterday");

        CollectingSink sink = parse(listEnvelope(List.of(text(realRecords().get(0)), "42", noId.toString(),
                text(realRecords().get(1)), badCreated.toString())));

        if (idRequired()) {
            assertThat(sink.emitted()).extracting(Emitted::sourceId)
                    .containsExactly(id(realRecords().get(0)), id(realRecords().get(1)));
            assertThat(sink.rejects).extracting(Reject::position).containsExactly("record 2", "record 3", "record 5");
            assertThat(sink.rejects).extracting(Reject::field).containsExactly(null, idField(), createdField());
            assertThat(sink.rejects.get(1).excerpt()).isNotBlank();
        } else {
            assertThat(sink.emitted()).extracting(Emitted::sourceId)
                    .containsExactly(id(realRecords().get(0)), null, id(realRecords().get(1)));
            assertThat(sink.rejects).extracting(Reject::position).containsExactly("record 2", "record 5");
            assertThat(sink.rejects).extracting(Reject::field).containsExactly(null, createdField());
        }
        assertThat(sink.rejects.get(sink.rejects.size() - 1).reason()).contains("yesterday");
        assertThat(sink.rejects).allSatisfy(r -> assertThat(r.file()).isEqualTo(fileName()));
    }

    @Test
    void fieldOfTheWrongTypeIsRejectedNamingTheField() {
        ObjectNode wrong = realRecords().get(0).deepCopy();
        wrong.putObject(titleField()).put("text", "not a string");

        CollectingSink sink = parse(listEnvelope(List.of(wrong.toString())));

        assertThat(sink.outputs).isEmpty();
        assertThat(sink.rejects).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo(titleField());
            assertThat(r.reason()).contains("expected text");
        });
    }

    @Test
    void malformedNdjsonLineIsRejectedAndTheLinesAfterItStillParse() {
        String ndjson = text(realRecords().get(0)) + "\n{\"" + idField() + "\": \"broken\n" + text(realRecords().get(1)) + "\n";

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
        String secondId = id(realRecords().get(1));
        String cut = whole.substring(0, whole.indexOf(secondId) + secondId.length() / 2);

        CollectingSink sink = parse(cut);

        assertThat(sink.emitted()).extracting(Emitted::sourceId).containsExactly(id(realRecords().get(0)));
        assertThat(sink.rejects).singleElement().satisfies(r -> {
            assertThat(r.position()).matches("line \\d+");
            assertThat(Integer.parseInt(r.position().substring(5))).isGreaterThan(1);
            assertThat(r.reason()).contains("malformed JSON in record 2").contains("stopped reading");
        });
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
        ObjectNode idOnly = JSON.createObjectNode().put(idField(), "ONLY-AN-ID");
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
        Pattern timestamp = Pattern.compile("\"(?:[a-z_]+_)?at\":\"([^\"]+)\"");
        for (Object output : sink.outputs) {
            Matcher m = timestamp.matcher(EventJson.toJson(output));
            int found = 0;
            while (m.find()) {
                found++;
                assertThat(m.group(1)).endsWith("Z");
            }
            assertThat(found).isPositive();
        }
    }

    @Test
    void offsetTimestampsBecomeTheSameInstantInUtc() {
        ObjectNode shifted = realRecords().get(0).deepCopy();
        shifted.put(createdField(), "2024-03-10T01:30:00.5+02:00");

        CollectingSink sink = parse(listEnvelope(List.of(shifted.toString())));

        assertThat(sink.emitted()).singleElement().extracting(Emitted::at)
                .isEqualTo(Instant.parse("2024-03-09T23:30:00.500Z"));
    }

    @Test
    void timestampWithoutZoneIsRejectedRatherThanGuessed() {
        ObjectNode local = realRecords().get(0).deepCopy();
        local.put(createdField(), "2024-03-10T01:30:00");

        CollectingSink sink = parse(listEnvelope(List.of(local.toString())));

        assertThat(sink.rejects).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo(createdField());
            assertThat(r.reason()).contains("no time zone");
        });
    }

    @Test
    void oversizedTitleIsCutAt64KbAndTheEventIsStillAccepted() {
        ObjectNode huge = realRecords().get(0).deepCopy();
        huge.put(titleField(), "é".repeat(100_000));

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
        undated.remove(createdField());
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
            template.put(idField(), "GEN" + i);
            String separator = ndjson ? "\n" : (i + 1 < records ? "," : "");
            parts.add((template + separator).getBytes(StandardCharsets.UTF_8));
        }
        parts.add(tail.getBytes(StandardCharsets.UTF_8));
        long total = parts.stream().mapToLong(b -> b.length).sum();
        long[] read = {0};
        InputStream lazy = new SequenceInputStream(Collections.enumeration(
                parts.stream().map(bytes -> (InputStream) new ByteArrayInputStream(bytes)).toList())) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                read[0] += Math.max(n, 0);
                return n;
            }
        };
        long[] readAtFirstEvent = {-1};
        CollectingSink sink = new CollectingSink() {
            @Override
            public void accept(CanonicalEvent event) {
                if (readAtFirstEvent[0] < 0) {
                    readAtFirstEvent[0] = read[0];
                }
                super.accept(event);
            }

            @Override
            public void fold(Enrichment enrichment) {
                if (readAtFirstEvent[0] < 0) {
                    readAtFirstEvent[0] = read[0];
                }
                super.fold(enrichment);
            }
        };

        parser().parse(lazy, fileName(), sink);

        assertThat(sink.outputs).hasSize(records);
        assertThat(sink.rejects).isEmpty();
        assertThat(readAtFirstEvent[0]).as("bytes read before the first event, of " + total).isLessThan(total / 2);
    }

    @Test
    void theStreamIsLeftOpenForTheCaller() throws IOException {
        boolean[] closed = {false};
        ByteArrayInputStream in = new ByteArrayInputStream(
                listEnvelope(List.of(text(realRecords().get(0)))).getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        parser().parse(in, fileName(), new CollectingSink());

        assertThat(closed[0]).isFalse();
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
        return record.get(idField()).asText();
    }

    private static List<Object> withoutSource(List<Emitted> emitted) {
        List<Object> copies = new ArrayList<>();
        for (Emitted e : emitted) {
            copies.add(e.withoutSourceFile());
        }
        return copies;
    }
}
