package dev.opshistory.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.Enrichment;
import dev.opshistory.model.EventJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks of the parser contract ({@link ExportParser}) that read the same for every format, JSON or CSV: the
 * contract tests state what they expect, these helpers do the measuring.
 */
public final class ParserChecks {

    /** An instant field of an event or enrichment as {@link EventJson} writes it: {@code created_at}, {@code at}… */
    private static final Pattern INSTANT_FIELD = Pattern.compile("\"(?:[a-z_]+_)?at\":\"([^\"]+)\"");

    private ParserChecks() {
    }

    /** Asserts that each output (event or enrichment) writes at least one instant, and every one of them in UTC. */
    public static void assertInstantsWrittenInUtc(List<?> outputs) {
        for (Object output : outputs) {
            Matcher m = INSTANT_FIELD.matcher(EventJson.toJson(output));
            int found = 0;
            while (m.find()) {
                found++;
                assertThat(m.group(1)).endsWith("Z");
            }
            assertThat(found).isPositive();
        }
    }

    /**
     * What a parse of a stream showed: what was emitted, the bytes of the whole input, and how many of them the
     * parser had read when it emitted its first event or enrichment (-1 when it emitted none).
     */
    public record StreamedParse(CollectingSink sink, long totalBytes, long readAtFirstOutput) {
    }

    /** Parses {@code parts} as one stream handed over a part at a time, noting how far it was read at the first output. */
    public static StreamedParse parseStreamed(ExportParser parser, List<byte[]> parts, String fileName) throws IOException {
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
        long[] readAtFirstOutput = {-1};
        CollectingSink sink = new CollectingSink() {
            @Override
            public void accept(CanonicalEvent event) {
                if (readAtFirstOutput[0] < 0) {
                    readAtFirstOutput[0] = read[0];
                }
                super.accept(event);
            }

            @Override
            public void fold(Enrichment enrichment) {
                if (readAtFirstOutput[0] < 0) {
                    readAtFirstOutput[0] = read[0];
                }
                super.fold(enrichment);
            }
        };

        parser.parse(lazy, fileName, sink);

        return new StreamedParse(sink, total, readAtFirstOutput[0]);
    }

    /** Whether the parser closed the stream it was handed (the contract leaves that to the caller). */
    public static boolean closesTheStream(ExportParser parser, byte[] content, String fileName) throws IOException {
        boolean[] closed = {false};
        ByteArrayInputStream in = new ByteArrayInputStream(content) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        parser.parse(in, fileName, new CollectingSink());

        return closed[0];
    }
}
