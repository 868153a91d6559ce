package dev.opshistory.ingest.parse.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.ingest.parse.ParseSink;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.Enrichment;
import dev.opshistory.model.EnrichmentType;
import dev.opshistory.model.Reject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * How the reader hands records the wrapping object's fields, and holds the records that wait for fields written
 * after them. The handler here folds each record {@code {"n": …}} into the parent named by the wrapper's
 * {@code parent} field, waits while the wrapper is incomplete, and rejects when it is complete without one.
 */
class JsonRecordReaderWrapperTest {

    private final List<String> calls = new ArrayList<>();
    private final List<Boolean> completeness = new ArrayList<>();

    private final RecordHandler handler = (record, context) -> {
        completeness.add(context.wrapperComplete());
        String parent = context.wrapperText("parent");
        if (parent == null && !context.wrapperComplete()) {
            return MappedRecord.deferred();
        }
        if (parent == null) {
            throw new RecordProblem(null, "no parent");
        }
        return MappedRecord.folded(new Enrichment(parent, EnrichmentType.NOTE, record.get("n").asText(),
                Instant.EPOCH, null, null, null, null, null, null, null, context.sourceFile()));
    };

    private final ParseSink sink = new ParseSink() {
        @Override
        public void accept(CanonicalEvent event) {
            calls.add("accept " + event.eventId());
        }

        @Override
        public void reject(Reject reject) {
            calls.add("reject " + reject.position() + ": " + reject.reason());
        }

        @Override
        public void fold(Enrichment enrichment) {
            calls.add(enrichment.parentEventId() + " " + enrichment.sourceId());
        }
    };

    private final JsonRecordReader reader = new JsonRecordReader(new EnvelopeKeys(Set.of("items"), Set.of("item")), handler);

    @Test
    void wrapperFieldsBeforeTheRecordsAreSeenWhileStreaming() throws IOException {
        read("{\"parent\": \"p\", \"items\": [{\"n\": 1}, {\"n\": 2}]}");

        assertThat(calls).containsExactly("p 1", "p 2");
        assertThat(completeness).containsExactly(false, false);
    }

    @Test
    void recordsWaitForWrapperFieldsAfterThemAndKeepTheirOrder() throws IOException {
        read("{\"items\": [{\"n\": 1}, \"bad\", {\"n\": 3}], \"paging\": {}, \"parent\": \"p\"}");

        assertThat(calls).containsExactly("p 1", "reject record 2: record is string, not a JSON object", "p 3");
    }

    @Test
    void recordsWhoseWrapperNeverNamesAParentAreRejectedAtItsEnd() throws IOException {
        read("{\"items\": [{\"n\": 1}, {\"n\": 2}], \"more\": false} {\"items\": [{\"n\": 3}], \"parent\": \"q\"}");

        assertThat(calls).containsExactly("reject record 1: no parent", "reject record 2: no parent", "q 3");
    }

    @Test
    void singleEnvelopeAndNdjsonLinesSeeTheirWholeWrapper() throws IOException {
        read("{\"item\": {\"n\": 1}, \"parent\": \"p\"}");
        read("{\"items\": [{\"n\": 2}], \"parent\": \"q\"}\n{\"parent\": \"r\", \"item\": {\"n\": 3}}\n");

        assertThat(calls).containsExactly("p 1", "q 2", "r 3");
        assertThat(completeness).containsOnly(true);
    }

    @Test
    void heldRecordsAreSettledBeforeTheRejectOfAMalformedFile() throws IOException {
        read("{\"items\": [{\"n\": 1}, {\"n\": 2}], \"parent\": ");

        assertThat(calls).hasSize(3);
        assertThat(calls.subList(0, 2)).containsExactly("reject record 1: no parent", "reject record 2: no parent");
        assertThat(calls.get(2)).startsWith("reject line 1: malformed JSON");
    }

    @Test
    void atMostTheLimitIsHeldAndEveryRecordStillEndsOnce() throws IOException {
        int records = JsonRecordReader.MAX_DEFERRED + 5;
        String items = IntStream.range(0, records).mapToObj(i -> "{\"n\": " + i + "}").collect(Collectors.joining(","));

        read("{\"items\": [" + items + "], \"parent\": \"p\"}");

        assertThat(calls).hasSize(records);
        assertThat(calls.subList(0, JsonRecordReader.MAX_DEFERRED)).allSatisfy(c -> assertThat(c).endsWith("no parent"));
        assertThat(calls.subList(JsonRecordReader.MAX_DEFERRED, records)).allSatisfy(c -> assertThat(c).startsWith("p "));
    }

    @Test
    void mapperOfEventsStillWorksThroughTheHandler() throws IOException {
        RecordMapper mapper = (record, container, sourceFile) -> CanonicalEvent.builder()
                .kind(dev.opshistory.model.EventKind.ALERT).source(dev.opshistory.model.Source.PAGERDUTY)
                .sourceId(record.get("n").asText()).sourceFile(sourceFile).build();

        new JsonRecordReader(new EnvelopeKeys(Set.of("items"), Set.of()), mapper).read(
                new ByteArrayInputStream("{\"items\": [{\"n\": 1}]}".getBytes(StandardCharsets.UTF_8)), "x.json", sink);

        assertThat(calls).containsExactly("accept pagerduty:alert:1");
    }

    private void read(String json) throws IOException {
        reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "x.json", sink);
    }
}
