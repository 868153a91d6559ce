package dev.opshistory.ingest.parse.postmortem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the real postmortems ({@code testdata/formats/postmortems}, {@code sample-data/postmortems}) from the
 * project root given by Surefire's {@code opshistory.root} property or an ancestor of the working directory.
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

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The event's JSON without the fields that name its file: what two saves of one document must share. */
    static String withoutFileNames(dev.opshistory.model.CanonicalEvent event) {
        com.fasterxml.jackson.databind.node.ObjectNode json = dev.opshistory.model.EventJson.mapper().valueToTree(event);
        json.remove(java.util.List.of("event_id", "source_id", "source_file"));
        return json.toString();
    }
}
