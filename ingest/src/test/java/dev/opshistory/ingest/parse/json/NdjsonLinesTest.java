package dev.opshistory.ingest.parse.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opshistory.ingest.parse.CollectingSink;
import dev.opshistory.ingest.parse.OpsgenieAlertsJsonParser;
import dev.opshistory.ingest.parse.SharedFormatsAccess;
import dev.opshistory.model.CanonicalEvent;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NdjsonLinesTest {

    @Test
    void linesEndAndAreDecodedAsReadLineDoesIt() throws IOException {
        byte[] latin1 = "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1); // a malformed UTF-8 byte
        byte[] input = concat("a\nb\r\nc\rd\n\n\r\r\n\u00e9\u20ac\uD83D\uDE00\n".getBytes(StandardCharsets.UTF_8),
                latin1, "\nlast".getBytes(StandardCharsets.UTF_8));

        assertThat(lines(input, 1024)).containsExactlyElementsOf(readLines(input));
        assertThat(lines("x\n".getBytes(StandardCharsets.UTF_8), 1024)).containsExactly("1:x");
        assertThat(lines(new byte[0], 1024)).isEmpty();
    }

    @Test
    void aLineOverTheCapIsReportedByItsLengthAndTheNextLineIsRead() throws IOException {
        byte[] input = ("{\"a\":1}\r\n" + "y".repeat(5000) + "\r\n" + "z".repeat(1024) + "\n{\"b\":2}")
                .getBytes(StandardCharsets.UTF_8);
        NdjsonLines lines = new NdjsonLines(new ByteArrayInputStream(input), 1024);

        assertThat(lines.next()).isEqualTo(new NdjsonLines.Text(1, "{\"a\":1}"));
        assertThat(lines.next()).isEqualTo(new NdjsonLines.TooLong(2, 5000, "y".repeat(300)));
        assertThat(lines.next()).as("exactly at the cap").isEqualTo(new NdjsonLines.Text(3, "z".repeat(1024)));
        assertThat(lines.next()).isEqualTo(new NdjsonLines.Text(4, "{\"b\":2}"));
        assertThat(lines.next()).isNull();
    }

    /**
     * A line longer than any Java string (over 2^31 bytes, streamed, never on disk): reading it whole cannot work
     * under any heap, so passing shows the line is skipped without being held.
     */
    @Test
    void aLineLongerThanAnyStringIsOneRejectAndTheLinesAroundItAreRead() throws IOException {
        ObjectNode alert = (ObjectNode) new ObjectMapper().readTree(SharedFormatsAccess
                .file("opsgenie/docs-samples/GET_v2_alerts.list.response.json").toFile()).get("data").get(0);
        byte[] first = (alert.put("id", "first") + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] hugeStart = "{\"id\": \"huge\", \"message\": \"".getBytes(StandardCharsets.UTF_8);
        byte[] last = ("\"}\n" + alert.put("id", "last") + "\n").getBytes(StandardCharsets.UTF_8);
        long filler = (1L << 31) + (1 << 20);
        CollectingSink sink = new CollectingSink();

        new OpsgenieAlertsJsonParser().parse(new Generated(first, hugeStart, filler, last), "huge.ndjson", sink);

        assertThat(sink.events).extracting(CanonicalEvent::sourceId).containsExactly("first", "last");
        assertThat(sink.rejects).singleElement().satisfies(reject -> {
            assertThat(reject.position()).isEqualTo("line 2");
            assertThat(reject.reason()).startsWith("line longer than " + NdjsonLines.MAX_LINE_BYTES + " bytes ("
                    + (hugeStart.length + filler + 2) + " bytes)");
            assertThat(reject.excerpt()).startsWith("{\"id\": \"huge\"");
        });
    }

    private static List<String> lines(byte[] input, int max) throws IOException {
        NdjsonLines lines = new NdjsonLines(new ByteArrayInputStream(input), max);
        List<String> out = new ArrayList<>();
        for (NdjsonLines.Line line; (line = lines.next()) != null; ) {
            out.add(line.number() + ":" + ((NdjsonLines.Text) line).text());
        }
        return out;
    }

    private static List<String> readLines(byte[] input) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(input), StandardCharsets.UTF_8));
        List<String> out = new ArrayList<>();
        int number = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            out.add(++number + ":" + line);
        }
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    /** {@code head}, then {@code start}, then {@code filler} bytes of 'x', then {@code tail}, made up as read. */
    private static final class Generated extends InputStream {
        private final byte[] head;
        private final byte[] tail;
        private final byte[] start;
        private final long filler;
        private long position;
        private final long length;

        Generated(byte[] head, byte[] start, long filler, byte[] tail) {
            this.head = head;
            this.start = start;
            this.filler = filler;
            this.tail = tail;
            this.length = head.length + start.length + filler + tail.length;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= length) {
                return -1;
            }
            long fillerStart = head.length + start.length;
            long tailStart = fillerStart + filler;
            int n = (int) Math.min(len, length - position);
            if (position >= fillerStart && position + n <= tailStart) {
                Arrays.fill(b, off, off + n, (byte) 'x'); // the bulk of the stream, quickly
            } else {
                for (int i = 0; i < n; i++) {
                    b[off + i] = at(position + i);
                }
            }
            position += n;
            return n;
        }

        private byte at(long p) {
            if (p < head.length) {
                return head[(int) p];
            }
            p -= head.length;
            if (p < start.length) {
                return start[(int) p];
            }
            p -= start.length;
            if (p < filler) {
                return 'x';
            }
            return tail[(int) (p - filler)];
        }
    }
}
