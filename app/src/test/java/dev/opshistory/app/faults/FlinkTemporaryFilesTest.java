package dev.opshistory.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.testkit.DedicatedBroker;
import dev.opshistory.testkit.KafkaBroker;
import dev.opshistory.testkit.KafkaBrokerExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Flink MiniCluster that {@code run} and {@code classify} start inside their JVM leaves nothing in
 * {@code java.io.tmpdir}, neither when its job ends nor when the JVM is stopped by a signal (a user's Ctrl-C, a
 * service manager's SIGTERM) while the job runs. Flink deletes its extracted RPC jar (20 MB) and the cluster's
 * {@code minicluster_*} folder only as the cluster shuts down; each of these runs left them behind.
 */
@ExtendWith(KafkaBrokerExtension.class)
@DedicatedBroker
class FlinkTemporaryFilesTest {

    /**
     * Created by Flink's REST endpoint and never deleted, by an undisturbed run too: one empty folder of a fixed
     * name, shared by every Flink process that uses the temporary folder, so it does not pile up.
     */
    private static final String FLINK_UPLOAD_FOLDER = "flink-web-upload";

    @TempDir
    Path tmp;

    /** The children's {@code java.io.tmpdir}. */
    private Path javaTmp;

    @BeforeEach
    void createJavaTmp() throws IOException {
        javaTmp = Files.createDirectories(tmp.resolve("java-tmp"));
    }

    @Test
    void aRunStoppedBySigtermWhileTheJobRunsLeavesNothingInTheTemporaryFolder() throws Exception {
        ChildJvm.Result stopped = terminateWhileTheJobRuns("run", Repository.sampleData().toString());

        assertThat(stopped.exitCode()).as(stopped.stderr()).isNotZero();
        assertThat(leftIn(javaTmp)).as("left in the temporary folder after SIGTERM").isEmpty();
    }

    @Test
    void aFollowingClassifyStoppedBySigtermLeavesNothingInTheTemporaryFolder(KafkaBroker broker) throws Exception {
        ChildJvm.Result stopped = terminateWhileTheJobRuns("classify", "--follow",
                "--bootstrap-servers", broker.bootstrapServers());

        assertThat(stopped.exitCode()).as(stopped.stderr()).isNotZero();
        assertThat(leftIn(javaTmp)).as("left in the temporary folder after SIGTERM").isEmpty();
    }

    @Test
    void aClassifyThatEndsLeavesNothingInTheTemporaryFolder(KafkaBroker broker) throws Exception {
        // The class's own broker has empty topics: the job ends at once, and the JVM exits right after it.
        ChildJvm.Result classified = ChildJvm.run(tmp.resolve("logs"), tmpdir(), "classify",
                "--bootstrap-servers", broker.bootstrapServers(), "--out", tmp.resolve("out").toString());

        assertThat(classified.exitCode()).as(classified.stderr()).isZero();
        assertThat(leftIn(javaTmp)).as("left in the temporary folder after the job ended").isEmpty();
    }

    /** Starts {@code opshistory <args> --out <folder>} and sends it SIGTERM once its MiniCluster is up. */
    private ChildJvm.Result terminateWhileTheJobRuns(String... args) throws Exception {
        Path out = tmp.resolve("out");
        List<String> command = new ArrayList<>(List.of(args));
        command.addAll(List.of("--out", out.toString()));
        ChildJvm child = ChildJvm.start(tmp.resolve("logs"), tmpdir(), command.toArray(String[]::new));
        child.awaitClassifyStarted(out);
        awaitMiniCluster(child);
        return child.terminate(Duration.ofMinutes(2));
    }

    private Map<String, String> tmpdir() {
        return Map.of("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + javaTmp);
    }

    /** Waits until the child's MiniCluster has its working folder: the job is being submitted or runs. */
    private void awaitMiniCluster(ChildJvm child) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (leftIn(javaTmp).stream().noneMatch(p -> p.getFileName().toString().startsWith("minicluster_"))) {
            assertThat(child.isAlive()).as("the job is still going").isTrue();
            assertThat(System.nanoTime()).as("the MiniCluster started within 3 minutes").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** What is in the temporary folder, but for Flink's empty upload folder. */
    private static List<Path> leftIn(Path javaTmp) throws IOException {
        try (Stream<Path> files = Files.list(javaTmp)) {
            return files.filter(p -> !(p.getFileName().toString().equals(FLINK_UPLOAD_FOLDER) && isEmptyFolder(p)))
                    .toList();
        }
    }

    private static boolean isEmptyFolder(Path path) {
        try (Stream<Path> entries = Files.list(path)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
