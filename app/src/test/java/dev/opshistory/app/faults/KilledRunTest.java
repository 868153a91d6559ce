package dev.opshistory.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.app.Main;
import dev.opshistory.broker.EmbeddedKafkaBroker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code opshistory run} killed with SIGKILL half way, then started again on the same output folder: the
 * result equals an undisturbed run's, and no half-written Parquet file is ever read.
 */
class KilledRunTest {

    /** Once classify has started, the kill waits at most this long for its first checkpoint. */
    private static final Duration AWAIT_CHECKPOINT = Duration.ofMillis(1_500);

    @TempDir
    Path tmp;

    @Test
    void aRunKilledDuringClassifyAndStartedAgainEqualsAnUndisturbedRun() throws Exception {
        Path out = tmp.resolve("out");
        String input = Repository.sampleData().toString();
        // The user's own broker: it keeps what the killed run produced, so the second run ingests everything again.
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            // Its own temporary folder: a JVM killed with SIGKILL cannot delete Flink's files (a 21 MB jar) from /tmp.
            Path javaTmp = java.nio.file.Files.createDirectories(tmp.resolve("java-tmp"));
            ChildJvm run = ChildJvm.start(tmp.resolve("logs"), Map.of("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + javaTmp),
                    "run", input, "--out", out.toString(), "--bootstrap-servers", broker.bootstrapServers());
            killDuringClassify(run, out);

            assertThat(out.resolve("summary.json")).as("the kill landed before the report").doesNotExist();
            assertThat(out.resolve("warehouse/_CLASSIFY_INCOMPLETE")).exists();
            Path half = Warehouses.plantInProgressPart(out, "2026-06");

            // A report over the unfinished warehouse is refused rather than presented as complete.
            assertThat(Main.execute("report", "--out", out.toString())).isEqualTo(Main.EXIT_BAD_INPUT);
            assertThat(out.resolve("summary.json")).doesNotExist();
            assertThat(out.resolve("operational-history.md")).doesNotExist();

            assertThat(Main.execute("run", input, "--out", out.toString(),
                    "--bootstrap-servers", broker.bootstrapServers())).isZero();
            assertThat(half).doesNotExist();
        }
        assertThat(Warehouses.hiddenFiles(out)).isEmpty();
        assertThat(out.resolve("warehouse/_CLASSIFY_INCOMPLETE")).doesNotExist();
        assertThat(out.resolve(".checkpoints")).doesNotExist();
        assertThat(Warehouses.countAndDistinct(out)).isEqualTo(Warehouses.countAndDistinct(ReferenceRun.out()));
        assertThat(Summaries.read(out)).isEqualTo(ReferenceRun.summary());
    }

    @Test
    void theReportNeverReadsInProgressPartFiles() throws Exception {
        Path out = tmp.resolve("copy");
        Folders.copy(ReferenceRun.out(), out);
        Warehouses.plantInProgressPart(out, "2026-06");
        Warehouses.plantInProgressPart(out, "2026-07");

        assertThat(Main.execute("report", "--out", out.toString())).isZero();

        assertThat(Summaries.read(out)).isEqualTo(ReferenceRun.summary());
    }

    /** Kills the child once classify is running: at its first checkpoint, or shortly after it started. */
    private static void killDuringClassify(ChildJvm run, Path out) throws Exception {
        run.awaitClassifyStarted(out);
        long killAt = System.nanoTime() + AWAIT_CHECKPOINT.toNanos();
        while (System.nanoTime() < killAt && !hasCheckpoint(out.resolve(".checkpoints"))) {
            Thread.sleep(20);
        }
        run.kill();
    }

    private static boolean hasCheckpoint(Path checkpoints) throws IOException {
        if (!Files.isDirectory(checkpoints)) {
            return false;
        }
        try (Stream<Path> paths = Files.walk(checkpoints, 2)) {
            return paths.anyMatch(p -> p.getFileName().toString().startsWith("chk-"));
        }
    }
}
