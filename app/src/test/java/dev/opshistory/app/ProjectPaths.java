package dev.opshistory.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository's files are, from a test's point of view. */
final class ProjectPaths {

    private ProjectPaths() {
    }

    /** The repository root: the {@code opshistory.root} property set by surefire, else found upwards. */
    static Path root() {
        String property = System.getProperty("opshistory.root");
        if (property != null) {
            return Path.of(property);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("sample-data"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository root from " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    static Path sampleData() {
        return root().resolve("sample-data");
    }
}
