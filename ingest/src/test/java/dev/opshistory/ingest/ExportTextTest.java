package dev.opshistory.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.ingest.parse.ParserRegistry;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.Enrichment;
import dev.opshistory.model.Reject;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exports saved as UTF-16 (Windows PowerShell's {@code >}, a spreadsheet's "Unicode text") are read as UTF-8. */
class ExportTextTest {

    private static final String TEXT = "{\"incidents\":[{\"title\":\"Disk full on db-1 — 95 % ⚠ 🔥\"}]}";

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void aUtf16FileIsReadAsItsTextInUtf8(String charset) throws IOException {
        byte[] bytes = withMark(TEXT, Charset.forName(charset));
        Path file = Files.write(tmp.resolve("incidents.json"), bytes);

        assertThat(ExportText.head(file)).isEqualTo(TEXT);
        try (InputStream in = ExportText.utf8(buffered(bytes))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(TEXT);
        }
    }

    @Test
    void aHeadThatEndsInsideACharacterLeavesItOut() throws IOException {
        byte[] bytes = withMark("x".repeat(IngestRunner.HEAD_BYTES), StandardCharsets.UTF_16LE);
        Path file = Files.write(tmp.resolve("big.json"), bytes);

        assertThat(ExportText.head(file)).isEqualTo("x".repeat((IngestRunner.HEAD_BYTES - 2) / 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "\uFEFF{\"a\":1}", "id,created_on\n"})
    void everyOtherFilePassesThroughByteForByte(String text) throws IOException {
        assertPassesThrough(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFileShorterThanAMarkPassesThrough() throws IOException {
        assertPassesThrough(new byte[] {(byte) 0xFF});
        assertPassesThrough(new byte[] {(byte) 0xFE});
    }

    private static void assertPassesThrough(byte[] bytes) throws IOException {
        try (InputStream in = ExportText.utf8(buffered(bytes))) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
    }

    @Test
    void closingTheRecodedStreamLeavesTheFileStreamOpenForTheCaller() throws IOException {
        AtomicBoolean closed = new AtomicBoolean();
        BufferedInputStream file = new BufferedInputStream(new ByteArrayInputStream(withMark(TEXT, StandardCharsets.UTF_16LE))) {
            @Override
            public void close() {
                closed.set(true);
            }
        };

        ExportText.utf8(file).close();

        assertThat(closed).isFalse();
    }

    @Test
    void ingestGivesAUtf16ExportTheEventsOfItsUtf8CopyAndHashesTheBytesAsSaved() throws Exception {
        Path utf8 = Path.of("src/test/resources/parse/pagerduty-list-envelope.json");
        String text = Files.readString(utf8);
        Path utf16 = Files.write(tmp.resolve("pagerduty-list-envelope.json"), withMark(text, StandardCharsets.UTF_16LE));

        List<CanonicalEvent> fromUtf8 = new ArrayList<>();
        List<CanonicalEvent> fromUtf16 = new ArrayList<>();
        ingest(utf8, fromUtf8);
        Reconciliation account = ingest(utf16, fromUtf16);

        assertThat(fromUtf16).isNotEmpty().usingRecursiveComparison().ignoringFields("sourceFile").isEqualTo(fromUtf8);
        assertThat(account.files()).singleElement().satisfies(f -> {
            assertThat(f.rejected()).isZero();
            assertThat(f.sha256()).isEqualTo(HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(utf16))));
        });
    }

    private static Reconciliation ingest(Path file, List<CanonicalEvent> events) throws IOException {
        List<Enrichment> folded = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        return new IngestRunner(FormatChooser.detecting(ParserRegistry.defaults()), events::add, folded::add,
                rejects::add, Progress.silent()).ingest(List.of(file));
    }

    private static BufferedInputStream buffered(byte[] bytes) {
        return new BufferedInputStream(new ByteArrayInputStream(bytes));
    }

    private static byte[] withMark(String text, Charset utf16) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("\uFEFF".getBytes(utf16));
        out.write(text.getBytes(utf16));
        return out.toByteArray();
    }
}
