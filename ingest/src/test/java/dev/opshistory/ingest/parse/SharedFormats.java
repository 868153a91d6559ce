package dev.opshistory.ingest.parse;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the real vendor payloads: the repository's copy in {@code testdata/formats} under the project root
 * given by Surefire's {@code opshistory.root} property, else in an ancestor of the working directory.
 */
final class SharedFormats {

    private SharedFormats() {
    }

    static Path file(String relative) {
        Path file = root().resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("missing shared payload " + file);
        }
        return file;
    }

    static Path root() {
        String projectRoot = System.getProperty("opshistory.root");
        if (projectRoot != null && !projectRoot.isBlank()) {
            Path candidate = Path.of(projectRoot).toAbsolutePath().resolve("testdata").resolve("formats");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("testdata").resolve("formats");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("testdata/formats not found from opshistory.root="
                + projectRoot + " or from " + Path.of("").toAbsolutePath());
    }
}
