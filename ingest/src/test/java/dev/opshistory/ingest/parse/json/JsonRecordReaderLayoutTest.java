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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How the reader tells NDJSON from pretty-printed values one after the other, and that it reads text values far
 * longer than Jackson's default limit. Each record {@code {"n": …}} is folded under its {@code n}; a record
 * without {@code n} is rejected.
 */
class JsonRecordReaderLayoutTest {

    private final List<String> calls = new ArrayList<>();

    private final RecordHandler handler = (record, context) -> {
        if (!record.has("n")) {
            throw new RecordProblem("n", "missing n");
        }
        String n = record.get("n").asText();
        return MappedRecord.folded(new Enrichment("parent", EnrichmentType.NOTE, n.length() > 20 ? "long " + n.length() : n,
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
            calls.add("fold " + enrichment.sourceId());
        }
    };

    private List<String> read(String json) throws IOException {
        new JsonRecordReader(new EnvelopeKeys(Set.of("items"), Set.of()), handler)
                .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "f.json", sink);
        return calls;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{}", "{ }", "{\"x\": 1}"})
    void aOneLineFirstObjectFollowedByPrettyPrintedValuesIsNotNdjson(String first) throws IOException {
        String jq = first + "\n{\n  \"n\": 1\n}\n{\n  \"n\": 2,\n  \"more\": [\n    {}\n  ]\n}\n";

        assertThat(read(jq)).containsExactly("reject line 1: missing n", "fold 1", "fold 2");
    }

    @Test
    void severalOneLineValuesBeforeThePrettyPrintedOnesAreStillOneDocument() throws IOException {
        String jq = "{ }\n{ }\n[ ]\n{\n  \"n\": 3\n}\n";

        assertThat(read(jq)).containsExactly("reject line 1: missing n", "reject line 2: missing n", "fold 3");
    }

    @Test
    void jacksonStylePrettyArraysAfterAOneLineObjectAreOneDocument() throws IOException {
        String pretty = "{\"n\": 1}\n[ {\n  \"n\" : 2\n}, {\n  \"n\" : 3\n} ]\n";

        assertThat(read(pretty)).containsExactly("fold 1", "fold 2", "fold 3");
    }

    @Test
    void ndjsonWithACutSecondLineCostsOnlyThatLine() throws IOException {
        assertThat(read("{\"n\": 1}\n{\"n\": \"tw\n{\"n\": 3}\n"))
                .hasSize(3).startsWith("fold 1").endsWith("fold 3")
                .anySatisfy(call -> assertThat(call).startsWith("reject line 2: malformed JSON line"));
    }

    @Test
    void ndjsonWithACutFirstLineCostsOnlyThatLine() throws IOException {
        assertThat(read("{\"n\": \"on\n{\"n\": 2}\n{\"n\": 3}\n"))
                .hasSize(3).endsWith("fold 2", "fold 3")
                .anySatisfy(call -> assertThat(call).startsWith("reject line 1: malformed JSON line"));
    }

    @Test
    void ndjsonWithEmptyObjectsAndScalarLinesIsStillReadLineByLine() throws IOException {
        assertThat(read("{}\n{\"n\": 2}\n42\n{\"n\": 4}\n"))
                .containsExactly("reject line 1: missing n", "fold 2", "reject line 3: record is number, not a JSON object",
                        "fold 4");
    }

    @Test
    void aThirtyMillionCharacterValueIsReadWholeInADocument() throws IOException {
        String huge = "x".repeat(30_000_000);

        assertThat(read("{\"items\": [{\"n\": \"a\"}, {\"n\": \"" + huge + "\"}, {\"n\": \"c\"}]}"))
                .containsExactly("fold a", "fold long 30000000", "fold c");
    }

    @Test
    void aThirtyMillionCharacterValueIsReadWholeOnAnNdjsonLine() throws IOException {
        String huge = "é".repeat(30_000_000);

        assertThat(read("{\"n\": \"a\"}\n{\"n\": \"" + huge + "\"}\n{\"n\": \"c\"}\n"))
                .containsExactly("fold a", "fold long 30000000", "fold c");
    }

    @Test
    void aValueOverTheLimitIsOneRejectSayingSoNotAnOutOfMemoryError() throws IOException {
        String over = "x".repeat(VendorJson.MAX_STRING_CHARS + 1);

        assertThat(read("{\"items\": [{\"n\": \"a\"}, {\"n\": \"" + over + "\"}]}")).hasSize(2).startsWith("fold a")
                .last().asString().startsWith("reject line 1: malformed JSON in record 2").contains("String value length");
    }
}
