package dev.opshistory.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code opshistory run} with its embedded broker, stopped by a signal half way (a user's Ctrl-C, a service
 * manager's SIGTERM): the broker's log folder, which holds every record ingested (gigabytes for a large history),
 * is not left in the temporary folder, although the run's {@code finally} never runs.
 */
class StoppedRunTest {

    @TempDir
    Path tmp;

    @Test
    void aRunStoppedBySigtermLeavesNoBrokerDataBehind() throws Exception {
        Path javaTmp = Files.createDirectories(tmp.resolve("java-tmp"));
        Path out = tmp.resolve("out");
        ChildJvm run = ChildJvm.start(tmp.resolve("logs"),
                Map.of("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + javaTmp),
                "run", Repository.sampleData().toString(), "--out", out.toString());
        run.awaitClassifyStarted(out); // the broker holds the ingested records by now
        assertThat(brokerFolders(javaTmp)).as("the embedded broker's log folder while the run goes").hasSize(1);

        ChildJvm.Result stopped = run.terminate(Duration.ofMinutes(2));

        assertThat(stopped.exitCode()).as(stopped.stderr()).isNotZero();
        assertThat(brokerFolders(javaTmp)).as("broker folders left after SIGTERM").isEmpty();
    }

    private static List<Path> brokerFolders(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("opshistory-kafka-")).toList();
        }
    }
}
