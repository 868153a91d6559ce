package dev.opshistory.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opshistory.app.Main;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An undisturbed {@code opshistory run} over sample-data, made once per test JVM: the result every disturbed
 * run of the same input must equal.
 */
final class ReferenceRun {

    private static Path out;

    private ReferenceRun() {
    }

    /** The output folder of the undisturbed run (read it, never write into it). */
    static synchronized Path out() {
        if (out == null) {
            try {
                Path dir = Files.createTempDirectory("opshistory-reference-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                int code = Main.execute("run", Repository.sampleData().toString(), "--out", dir.toString());
                assertThat(code).as("exit code of the undisturbed run").isZero();
                out = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    static JsonNode summary() throws IOException {
        return Summaries.read(out());
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
