package dev.opshistory.ingest.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs a parser over text or a file and collects what it emitted. */
public final class Parsing {

    private Parsing() {
    }

    public static CollectingSink parse(ExportParser parser, String content, String fileName) {
        return parse(parser, content.getBytes(StandardCharsets.UTF_8), fileName);
    }

    public static CollectingSink parse(ExportParser parser, byte[] content, String fileName) {
        CollectingSink sink = new CollectingSink();
        try {
            parser.parse(new ByteArrayInputStream(content), fileName, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink;
    }

    public static CollectingSink parse(ExportParser parser, Path file) {
        CollectingSink sink = new CollectingSink();
        try (InputStream in = Files.newInputStream(file)) {
            parser.parse(in, file.getFileName().toString(), sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink;
    }

    /** The first 64 KiB of a file as UTF-8, as the runner hands it to detection. */
    public static String head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
