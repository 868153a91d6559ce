package dev.opshistory.app.faults;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository's files are: the {@code opshistory.root} property set by surefire, else found upwards. */
final class Repository {

    private Repository() {
    }

    static Path root() {
        String property = System.getProperty("opshistory.root");
        if (property != null) {
            return Path.of(property).toAbsolutePath();
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
