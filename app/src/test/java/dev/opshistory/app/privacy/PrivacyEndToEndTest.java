package dev.opshistory.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.app.Main;
import dev.opshistory.testkit.KafkaBroker;
import dev.opshistory.testkit.KafkaBrokerExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --pseudonymize} on exports with planted secrets, people and hostile names ({@link PlantedExports}),
 * against a real broker, Flink MiniCluster, Parquet and DuckDB: no planted secret, name or e-mail address is left
 * in any file under the output folder (Parquet read back with DuckDB), in any message the run put on an
 * {@code opshistory.*} topic, or on stdout/stderr; and every file the run wrote lies below the output folder.
 */
@ExtendWith(KafkaBrokerExtension.class)
class PrivacyEndToEndTest {

    private static final Pattern PSEUDONYM = Pattern.compile("person-[0-9a-f]{8}");

    @TempDir
    static Path root;

    static Path in;
    static Path out;
    static Set<Path> filesBefore;
    static int exitCode;
    static String stdout;
    static String stderr;
    static TopicMessages messages;

    @BeforeAll
    static void runPipeline(KafkaBroker broker) throws Exception {
        in = root.resolve("in");
        out = root.resolve("deep/a/b/out");
        PlantedExports.write(in);
        filesBefore = filesUnder(root);
        Map<org.apache.kafka.common.TopicPartition, Long> offsets =
                TopicMessages.endOffsets(broker.bootstrapServers());

        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
        ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
        System.setOut(new PrintStream(capturedOut, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
        try {
            exitCode = Main.execute("run", in.toString(), "--out", out.toString(),
                    "--bootstrap-servers", broker.bootstrapServers(), "--pseudonymize");
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
        stdout = capturedOut.toString(StandardCharsets.UTF_8);
        stderr = capturedErr.toString(StandardCharsets.UTF_8);
        originalErr.print(stderr);
        messages = TopicMessages.since(broker.bootstrapServers(), offsets);
    }

    @Test
    void theRunSucceedsAndCarriesThePlantedRecords() throws Exception {
        assertThat(exitCode).as(stderr).isZero();
        assertThat(warehouseText()).contains("pagerduty:alert:PPRIVA1").contains("opsgenie:alert:og-priv-0001")
                .contains("pagerduty:alert:PPRIVA2");
        assertThat(Files.readString(out.resolve("rejects.ndjson"))).contains("og-priv-bad").contains("PPRIVBAD")
                .contains("[REDACTED]");
        assertThat(messages.all()).anyMatch(m -> m.contains("PPRIVA1")).anyMatch(m -> m.contains("og-priv-bad"));
    }

    @Test
    void noPlantedSecretOrPersonIsInAnyOutputFile() throws Exception {
        List<Path> files = new ArrayList<>(filesUnder(out));
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            String text = file.toString().endsWith(".parquet") ? parquetText(file) : readLenient(file);
            for (String planted : PlantedExports.secretsAndPeople()) {
                assertThat(text).as("%s in %s", planted, out.relativize(file)).doesNotContain(planted);
            }
        }
    }

    @Test
    void noPlantedSecretOrPersonIsInAnyMessageOfTheRun() {
        assertThat(messages.all()).isNotEmpty();
        for (String message : messages.all()) {
            for (String planted : PlantedExports.secretsAndPeople()) {
                assertThat(message).as(planted).doesNotContain(planted);
            }
        }
    }

    @Test
    void noPlantedSecretOrPersonIsOnStdoutOrStderr() {
        for (String planted : PlantedExports.secretsAndPeople()) {
            assertThat(stdout).as(planted).doesNotContain(planted);
            assertThat(stderr).as(planted).doesNotContain(planted);
        }
    }

    @Test
    void noPlantedSecretOrPersonIsInTheLogsOfFlinkKafkaOrUs() throws Exception {
        // testkit's log4j2-test.xml sends every logger of this JVM, from INFO up, to this file
        java.nio.file.Path log = java.nio.file.Path.of("target/test-logs/opshistory.log");
        assertThat(log).exists();
        String logs = java.nio.file.Files.readString(log, StandardCharsets.UTF_8);
        assertThat(logs).contains("org.apache.flink"); // the file really holds the run's logs
        for (String planted : PlantedExports.secretsAndPeople()) {
            assertThat(logs).as(planted).doesNotContain(planted);
        }
    }

    @Test
    void stderrSaysTheKeyIsRandomForThisRunOnly() {
        assertThat(stderr).contains("pseudonyms are stable within this run only");
    }

    @Test
    void oneResponderGetsOnePseudonymAcrossSourcesAndFields() throws Exception {
        Map<String, String> people = new HashMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
                Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT event_id, acknowledged_by, resolved_by FROM read_parquet('"
                        + sql(out.resolve("warehouse/events")) + "/**/*.parquet') WHERE event_id IN "
                        + "('pagerduty:alert:PPRIVA1', 'opsgenie:alert:og-priv-0001')")) {
            while (rs.next()) {
                people.put(rs.getString(1) + "/ack", rs.getString(2));
                people.put(rs.getString(1) + "/resolve", rs.getString(3));
            }
        }
        // Alice acknowledged the PagerDuty incident and closed the Opsgenie alert.
        assertThat(people.get("pagerduty:alert:PPRIVA1/ack")).matches(PSEUDONYM.pattern())
                .isEqualTo(people.get("opsgenie:alert:og-priv-0001/resolve"));
        assertThat(people.get("opsgenie:alert:og-priv-0001/ack"))
                .matches(PSEUDONYM.pattern() + "@pseudonymized\\.invalid");
        assertThat(people.get("pagerduty:alert:PPRIVA1/resolve")).matches(PSEUDONYM.pattern())
                .isNotEqualTo(people.get("pagerduty:alert:PPRIVA1/ack"));
    }

    @Test
    void everyFileTheRunWroteIsBelowTheOutputFolder() throws Exception {
        Path outDir = out.toAbsolutePath().normalize();
        for (Path file : filesUnder(root)) {
            if (!filesBefore.contains(file)) {
                assertThat(file.toAbsolutePath().normalize()).as("written outside the output folder")
                        .startsWith(outDir);
            }
        }
        assertThat(namesContaining(Path.of("/etc"), "evil", 1)).isEmpty();
        assertThat(namesContaining(Path.of("/tmp"), "evil-queue", 2)).isEmpty();
        assertThat(namesContaining(Path.of("").toAbsolutePath(), "evil", 4)).isEmpty();
        // The hostile names did reach the report, as text.
        assertThat(Files.readString(out.resolve("alerts.csv"))).contains(PlantedExports.EVIL_SERVICE);
    }

    private static String warehouseText() throws Exception {
        StringBuilder text = new StringBuilder();
        for (Path file : filesUnder(out.resolve("warehouse"))) {
            if (file.toString().endsWith(".parquet")) {
                text.append(parquetText(file));
            }
        }
        return text.toString();
    }

    /** Every value of every row of a Parquet file, as DuckDB prints it. */
    private static String parquetText(Path file) throws Exception {
        StringBuilder text = new StringBuilder();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
                Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT * FROM read_parquet('" + sql(file) + "')")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int c = 1; c <= columns; c++) {
                    text.append(rs.getString(c)).append('\t');
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    private static String readLenient(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    private static String sql(Path path) {
        return path.toAbsolutePath().toString().replace("'", "''");
    }

    private static Set<Path> filesUnder(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return Set.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return new HashSet<>(walk.filter(Files::isRegularFile).toList());
        }
    }

    private static List<Path> namesContaining(Path dir, String fragment, int depth) throws IOException {
        try (Stream<Path> walk = Files.walk(dir, depth)) {
            return walk.filter(p -> p.getFileName() != null && p.getFileName().toString().contains(fragment))
                    .toList();
        } catch (java.io.UncheckedIOException e) {
            return List.of(); // an unreadable corner of /tmp or /etc is not ours to judge
        }
    }
}
