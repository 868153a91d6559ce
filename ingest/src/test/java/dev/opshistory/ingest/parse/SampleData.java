package dev.opshistory.ingest.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the repository's {@code sample-data/}: from Surefire's {@code opshistory.root} property or the working
 * directory, walking up until a folder holds it.
 */
public final class SampleData {

    private SampleData() {
    }

    /** The files of a {@code sample-data/} sub-folder whose names end with {@code suffix}, sorted. */
    public static List<Path> files(String folder, String suffix) {
        try (Stream<Path> files = Files.list(root().resolve(folder))) {
            List<Path> found = files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
            if (found.isEmpty()) {
                throw new IllegalStateException("no *" + suffix + " in sample-data/" + folder);
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path file(String relative) {
        return root().resolve(relative);
    }

    private static Path root() {
        String property = System.getProperty("opshistory.root");
        Path start = (property == null || property.isBlank() ? Path.of("") : Path.of(property)).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("sample-data"))) {
                return dir.resolve("sample-data");
            }
        }
        throw new IllegalStateException("no sample-data/ above " + start);
    }
}
