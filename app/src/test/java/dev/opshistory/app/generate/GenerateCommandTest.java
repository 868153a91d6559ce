package dev.opshistory.app.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.app.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code opshistory generate}: deterministic output, chosen formats, one-line errors. */
class GenerateCommandTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void captureStderr() {
        originalErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStderr() {
        System.setErr(originalErr);
    }

    @Test
    void sameSeedAndArgumentsGiveByteIdenticalFiles(@TempDir Path tmp) throws IOException {
        String[] args = {"--alerts", "1500", "--days", "14", "--seed", "42", "--page-size", "300"};
        Path a = GeneratedFiles.generate(tmp.resolve("a"), args);
        Path b = GeneratedFiles.generate(tmp.resolve("b"), args);

        List<String> files = GeneratedFiles.files(a);
        assertThat(files).contains("ground-truth.labels.json", "pagerduty/incidents-offset-0000000.json",
                "pagerduty/log_entries/log-entries-offset-0000000.json", "pagerduty-csv/incidents-0001.csv",
                "opsgenie/alerts-offset-0000000.json");
        assertThat(files).anyMatch(f -> f.startsWith("postmortems/") && f.endsWith(".md"));
        assertThat(GeneratedFiles.files(b)).isEqualTo(files);
        for (String file : files) {
            assertThat(Files.readAllBytes(b.resolve(file))).as(file).isEqualTo(Files.readAllBytes(a.resolve(file)));
        }
    }

    @Test
    void alertmanagerAndGrafanaOnCallAreByteIdenticalForTheSameArgumentsToo(@TempDir Path tmp) throws IOException {
        String[] args = {"--alerts", "900", "--days", "10", "--seed", "42", "--page-size", "200",
            "--formats", "alertmanager-json,grafana-oncall-json"};
        Path a = GeneratedFiles.generate(tmp.resolve("a"), args);
        Path b = GeneratedFiles.generate(tmp.resolve("b"), args);

        List<String> files = GeneratedFiles.files(a);
        assertThat(files).contains("ground-truth.labels.json", "alertmanager/webhook-offset-0000000.ndjson",
                "grafana-oncall/alert-groups-offset-0000000.json", "grafana-oncall/alert-groups-offset-0000400.json");
        assertThat(GeneratedFiles.files(b)).isEqualTo(files);
        for (String file : files) {
            assertThat(Files.readAllBytes(b.resolve(file))).as(file).isEqualTo(Files.readAllBytes(a.resolve(file)));
        }
    }

    @Test
    void theDefaultFormatsLeaveOutAlertmanagerAndGrafanaOnCall(@TempDir Path tmp) {
        Path out = GeneratedFiles.generate(tmp, "--alerts", "100", "--days", "3");

        assertThat(GeneratedFiles.files(out)).noneMatch(f -> f.startsWith("alertmanager/") || f.startsWith("grafana-oncall/"));
        assertThat(GeneratedFiles.labels(out)).extracting(l -> l.path("source").asText()).containsOnly("pagerduty", "opsgenie");
    }

    @Test
    void anotherSeedGivesAnotherHistory(@TempDir Path tmp) throws IOException {
        Path a = GeneratedFiles.generate(tmp.resolve("a"), "--alerts", "200", "--days", "7", "--seed", "1");
        Path b = GeneratedFiles.generate(tmp.resolve("b"), "--alerts", "200", "--days", "7", "--seed", "2");

        String file = "opsgenie/alerts-offset-0000000.json";
        assertThat(Files.readString(b.resolve(file))).isNotEqualTo(Files.readString(a.resolve(file)));
    }

    @Test
    void writesOnlyTheChosenFormatsAndGivesEveryAlertToTheVendorWritten(@TempDir Path tmp) {
        Path out = GeneratedFiles.generate(tmp, "--alerts", "300", "--days", "7", "--formats", "opsgenie-json");

        assertThat(GeneratedFiles.files(out)).allMatch(f -> f.startsWith("opsgenie/") || f.equals("ground-truth.labels.json"));
        assertThat(GeneratedFiles.records(out, "opsgenie", "alerts-", "data")).hasSize(300);
    }

    @Test
    void startDateDecidesTheDates(@TempDir Path tmp) {
        Path out = GeneratedFiles.generate(tmp, "--alerts", "50", "--days", "2", "--start", "2024-02-28",
                "--formats", "pagerduty-json");

        assertThat(GeneratedFiles.records(out, "pagerduty", "incidents-", "incidents"))
                .allSatisfy(i -> assertThat(i.path("created_at").asText()).matches("2024-0(2-2[89]|3-01)T.*"));
    }

    @Test
    void badArgumentsAreBadInputWithOneLineAndNoStackTrace(@TempDir Path tmp) {
        assertThat(Main.execute("generate", "--out", tmp.toString(), "--alerts", "0")).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(Main.execute("generate", "--out", tmp.toString(), "--formats", "pagerduty-xml")).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(Main.execute("generate", "--out", tmp.toString(), "--start", "yesterday")).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(Main.execute("generate", "--alerts", "10")).isEqualTo(Main.EXIT_BAD_INPUT);

        String text = err.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("--alerts must be at least 1", "unknown format 'pagerduty-xml'", "--start must be a date")
                .doesNotContain("\tat ");
    }
}
