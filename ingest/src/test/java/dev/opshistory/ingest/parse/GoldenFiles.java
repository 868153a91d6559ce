package dev.opshistory.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Golden cases in a folder of the test resources: the inputs, and their expected lines in
 * {@code <case>.expected.ndjson} beside them. With {@code -Dopshistory.updateGoldens=true} the expected files are
 * rewritten in {@code src/test/resources/<folder>} instead of compared; review the diff after an intended change.
 */
public final class GoldenFiles {

    private GoldenFiles() {
    }

    /** The files of the resource folder whose names pass {@code name}, sorted. */
    public static List<Path> inputs(String folder, Predicate<String> name) throws IOException {
        Path dir;
        try {
            dir = Path.of(GoldenFiles.class.getResource("/" + folder).toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> name.test(p.getFileName().toString())).sorted().toList();
        }
    }

    /** Asserts that {@code expected} exists and holds exactly {@code actual}; rewrites it when updating. */
    public static void assertLines(String folder, Path expected, List<String> actual) throws IOException {
        if (updating()) {
            write(folder, expected, actual);
            return;
        }
        assertThat(expected).as("golden file for " + caseOf(expected)).exists();
        assertThat(actual).isEqualTo(Files.readAllLines(expected, StandardCharsets.UTF_8));
    }

    /**
     * Asserts that {@code actual} is exactly what {@code expected} holds, or empty when there is no such file;
     * when updating, writes the file only if there is something to expect.
     */
    public static void assertLinesOrNone(String folder, Path expected, List<String> actual) throws IOException {
        if (updating()) {
            if (!actual.isEmpty()) {
                write(folder, expected, actual);
            }
            return;
        }
        assertThat(actual).isEqualTo(Files.exists(expected) ? Files.readAllLines(expected, StandardCharsets.UTF_8) : List.of());
    }

    private static boolean updating() {
        return Boolean.getBoolean("opshistory.updateGoldens");
    }

    private static void write(String folder, Path expected, List<String> lines) throws IOException {
        Files.write(Path.of("src/test/resources").resolve(folder).resolve(expected.getFileName()), lines, StandardCharsets.UTF_8);
    }

    private static String caseOf(Path expected) {
        return expected.getFileName().toString().replaceFirst("\\.expected\\.ndjson$", "");
    }
}
