package dev.opshistory.ingest.parse.csv;

import dev.opshistory.ingest.parse.ExportParser;
import dev.opshistory.ingest.parse.ParseSink;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.Enrichment;
import dev.opshistory.model.Reject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Keeps what a parser emitted, in order, and runs a parser over text or a file. */
class RecordingSink implements ParseSink {

    final List<CanonicalEvent> events = new ArrayList<>();
    final List<Reject> rejects = new ArrayList<>();
    final List<Enrichment> folded = new ArrayList<>();

    @Override
    public void accept(CanonicalEvent event) {
        events.add(event);
    }

    @Override
    public void reject(Reject reject) {
        rejects.add(reject);
    }

    @Override
    public void fold(Enrichment enrichment) {
        folded.add(enrichment);
    }

    static RecordingSink parse(ExportParser parser, String content) {
        return parse(parser, content.getBytes(StandardCharsets.UTF_8));
    }

    static RecordingSink parse(ExportParser parser, byte[] content) {
        RecordingSink sink = new RecordingSink();
        try {
            parser.parse(new ByteArrayInputStream(content), "export.csv", sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink;
    }

    static RecordingSink parse(ExportParser parser, Path file) {
        RecordingSink sink = new RecordingSink();
        try (InputStream in = Files.newInputStream(file)) {
            parser.parse(in, file.getFileName().toString(), sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink;
    }
}
