package dev.opshistory.ingest.parse.postmortem;

import dev.opshistory.ingest.parse.ExportParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the real postmortems ({@code testdata/formats/postmortems}, {@code sample-data/postmortems}) from the
 * project root given by Surefire's {@code opshistory.root} property or an ancestor of the working directory,
 * and runs parsers over them.
 */
final class PostmortemFiles {

    private PostmortemFiles() {
    }

    /** A file under {@code testdata/formats/}. */
    static Path shared(String relative) {
        return existing(sharedRoot().resolve(relative));
    }

    /** A file under the repository's {@code sample-data/}. */
    static Path sample(String relative) {
        return existing(projectRoot().resolve("sample-data").resolve(relative));
    }

    /** The repository's copy of the vendor payloads and templates ({@code testdata/formats}). */
    static Path sharedRoot() {
        Path candidate = projectRoot().resolve("testdata").resolve("formats");
        if (!Files.isDirectory(candidate)) {
            throw new IllegalStateException("testdata/formats not found under " + projectRoot());
        }
        return candidate;
    }

    static Path projectRoot() {
        String property = System.getProperty("opshistory.root");
        if (property != null && !property.isBlank() && Files.isDirectory(Path.of(property).resolve("sample-data"))) {
            return Path.of(property).toAbsolutePath();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("sample-data")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("project root (with sample-data/) not found from " + Path.of("").toAbsolutePath());
    }

    private static Path existing(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("missing " + file);
        }
        return file;
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

    static RecordingSink parse(ExportParser parser, String content, String fileName) {
        return parse(parser, content.getBytes(StandardCharsets.UTF_8), fileName);
    }

    static RecordingSink parse(ExportParser parser, byte[] content, String fileName) {
        RecordingSink sink = new RecordingSink();
        try {
            parser.parse(new ByteArrayInputStream(content), fileName, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink;
    }

    /** The first 64 KiB of a file as UTF-8, as the runner hands it to detection. */
    static String head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
