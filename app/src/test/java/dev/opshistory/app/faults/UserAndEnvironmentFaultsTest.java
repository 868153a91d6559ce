package dev.opshistory.app.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opshistory.app.Main;
import dev.opshistory.broker.EmbeddedKafkaBroker;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's mistakes and a failing environment, as a user meets them in a JVM of its own: exactly one line on
 * stderr that says what is wrong, exit code 1 for a mistake the user can fix and 2 for a failure at run
 * time, no stack trace unless {@code OPSHISTORY_DEBUG=1}, and never an earlier or half-written report left
 * looking like the result of the failed run.
 */
class UserAndEnvironmentFaultsTest {

    private static final List<String> REPORT_FILES = List.of("summary.json", "operational-history.md",
            "operational-history.html", "alerts.csv");

    @TempDir
    static Path tmp;

    static EmbeddedKafkaBroker broker;
    static String input;

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedKafkaBroker.start();
        input = Repository.sampleData().resolve("pagerduty").resolve("incidents-2026-06.json").toString();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void aMissingInputPathIsAUserMistakeAndRemovesThePreviousReport() throws Exception {
        Path out = outWithAnEarlierReport("missing");

        ChildJvm.Result result = ChildJvm.run(tmp, "run", tmp.resolve("no-such-export.json").toString(),
                "--out", out.toString());

        assertOneLineUserMistake(result, "opshistory: input path not found: ");
        assertNoReport(out);
    }

    @Test
    void underOpshistoryDebugTheStackTraceFollowsTheLine() throws Exception {
        ChildJvm.Result result = ChildJvm.run(tmp, Map.of("OPSHISTORY_DEBUG", "1"), "run",
                tmp.resolve("no-such-export.json").toString(), "--out", tmp.resolve("debug").toString());

        assertThat(result.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(result.stderr()).contains("opshistory: input path not found: ", "\tat dev.opshistory.app.");
    }

    @Test
    void anOutputFolderThatIsAFileIsAUserMistake() throws Exception {
        Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");

        ChildJvm.Result result = ChildJvm.run(tmp, "run", input, "--out", file.toString());

        assertOneLineUserMistake(result, "opshistory: the output folder " + file + " is a file, not a folder");
    }

    @Test
    @EnabledOnOs(OS.LINUX) // /proc and /dev/full
    void anOutputFolderThatCannotBeCreatedIsAUserMistake() throws Exception {
        // /proc refuses new folders even to root, unlike a folder without write permission.
        ChildJvm.Result result = ChildJvm.run(tmp, "run", input, "--out", "/proc/opshistory-out");

        assertOneLineUserMistake(result, "opshistory: cannot create the output folder /proc/opshistory-out");
    }

    @Test
    void anUnreachableBootstrapServerFailsFastAsAUserMistake() throws Exception {
        Path out = outWithAnEarlierReport("unreachable");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        ChildJvm.Result result = ChildJvm.run(tmp, "run", input, "--out", out.toString(),
                "--bootstrap-servers", "127.0.0.1:" + closedPort);

        assertOneLineUserMistake(result, "opshistory: cannot reach Kafka at 127.0.0.1:" + closedPort);
        assertThat(result.errorLines().get(0)).endsWith("(check --bootstrap-servers)");
        assertNoReport(out);
    }

    @Test
    void aBootstrapPortTakenBySomethingElseThanKafkaIsAUserMistake() throws Exception {
        // Accepts connections (the kernel queues them) but never answers Kafka's handshake.
        try (ServerSocket notKafka = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            ChildJvm.Result result = ChildJvm.run(tmp, "ingest", input, "--out", tmp.resolve("not-kafka").toString(),
                    "--bootstrap-servers", "127.0.0.1:" + notKafka.getLocalPort());

            assertOneLineUserMistake(result, "opshistory: cannot reach Kafka at 127.0.0.1:" + notKafka.getLocalPort());
        }
    }

    @Test
    void aBrokerPortAlreadyTakenIsAUserMistakeNamingThePort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            ChildJvm.Result result = ChildJvm.run(tmp, "broker", "--port", String.valueOf(taken.getLocalPort()));

            assertOneLineUserMistake(result, "opshistory: port " + taken.getLocalPort() + " on 127.0.0.1 is already in use");
        }
    }

    @Test
    @EnabledOnOs(OS.LINUX) // /proc and /dev/full
    void aDiskFullDuringIngestIsARuntimeFailureAndLeavesNoReport() throws Exception {
        Path out = outWithAnEarlierReport("full-ingest");
        Path reconciliation = Files.createDirectories(out.resolve("ingest")).resolve("reconciliation.json");
        Files.createSymbolicLink(reconciliation, Path.of("/dev/full")); // every write: ENOSPC

        ChildJvm.Result result = ChildJvm.run(tmp, "run", input, "--out", out.toString(),
                "--bootstrap-servers", broker.bootstrapServers());

        assertOneLineRuntimeFailure(result, "opshistory: failed: cannot write " + reconciliation);
        assertThat(result.errorLines().get(0)).contains("No space left on device");
        assertNoReport(out);
    }

    @Test
    @EnabledOnOs(OS.LINUX) // /proc and /dev/full
    void aDiskFullWhileWritingTheReportRemovesTheHalfWrittenReport() throws Exception {
        Path out = tmp.resolve("full-report");
        Folders.copy(ReferenceRun.out(), out);
        Path table = out.resolve("csv").resolve("trend.csv");
        Files.delete(table);
        Files.createSymbolicLink(table, Path.of("/dev/full")); // the tables are written after summary.json

        ChildJvm.Result result = ChildJvm.run(tmp, "report", "--out", out.toString());

        assertOneLineRuntimeFailure(result, "opshistory: failed: ");
        assertThat(result.errorLines().get(0)).contains("No space left on device");
        assertNoReport(out);
        assertThat(out.resolve("warehouse/events")).isDirectory(); // the warehouse is kept: `report` can be rerun
    }

    @Test
    void theEmbeddedBrokerRefusesATakenPortAtOnceAndStartsOnFreeOnes() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            // As `opshistory broker --port N` asks: a temporary folder, made before the port is checked.
            Path temporary = EmbeddedKafkaBroker.Settings.temporary().logDir();
            EmbeddedKafkaBroker.Settings settings = new EmbeddedKafkaBroker.Settings(temporary, true,
                    taken.getLocalPort(), 0);
            assertThatThrownBy(() -> EmbeddedKafkaBroker.start(settings))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("port " + taken.getLocalPort() + " on 127.0.0.1 is already in use");
            assertThat(temporary).as("the temporary folder of a broker that did not start").doesNotExist();
        }
        // Without a port asked for (as `run` starts it) the broker picks free ones.
        Path logDir;
        try (EmbeddedKafkaBroker free = EmbeddedKafkaBroker.start()) {
            assertThat(free.bootstrapServers()).startsWith("127.0.0.1:");
            logDir = free.settings().logDir();
            assertThat(logDir.resolve("meta.properties")).exists();
        }
        assertThat(logDir).as("the temporary folder of a stopped broker").doesNotExist();
    }

    private static void assertOneLineUserMistake(ChildJvm.Result result, String start) {
        assertThat(result.exitCode()).as(result.stderr()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertOneLine(result, start);
    }

    private static void assertOneLineRuntimeFailure(ChildJvm.Result result, String start) {
        assertThat(result.exitCode()).as(result.stderr()).isEqualTo(Main.EXIT_RUNTIME_FAILURE);
        assertOneLine(result, start);
        assertThat(result.errorLines().get(0)).endsWith("(OPSHISTORY_DEBUG=1 shows the stack trace)");
    }

    private static void assertOneLine(ChildJvm.Result result, String start) {
        assertThat(result.errorLines()).as(result.stderr()).hasSize(1);
        assertThat(result.errorLines().get(0)).startsWith(start);
        assertThat(result.stderr()).doesNotContain("\tat ", "Exception:");
    }

    /** An output folder holding what an earlier successful run wrote there. */
    private static Path outWithAnEarlierReport(String name) throws IOException {
        Path out = Files.createDirectories(tmp.resolve(name));
        for (String file : REPORT_FILES) {
            Files.writeString(out.resolve(file), "from an earlier run");
        }
        Files.createDirectories(out.resolve("csv"));
        Files.writeString(out.resolve("csv/trend.csv"), "from an earlier run");
        return out;
    }

    private static void assertNoReport(Path out) {
        for (String file : REPORT_FILES) {
            assertThat(out.resolve(file)).as(file).doesNotExist();
        }
        assertThat(out.resolve("csv")).doesNotExist();
    }
}
