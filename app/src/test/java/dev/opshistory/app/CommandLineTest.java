package dev.opshistory.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's contract with users: help, exit codes, one-line errors. No broker needed. */
class CommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void captureStreams() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStreams() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    void everySubCommandHasHelp() {
        for (String command : new String[] {"run", "ingest", "classify", "report", "inspect", "evaluate", "broker", "generate"}) {
            assertThat(Main.execute(command, "--help")).as(command).isZero();
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: opshistory run", "Usage: opshistory inspect");
    }

    @Test
    void helpOfEveryCommandThatReadsExportsListsTheFormatsItCanForce() {
        for (String command : new String[] {"run", "ingest", "inspect"}) {
            out.reset();
            assertThat(Main.execute(command, "--help")).as(command).isZero();
            String help = out.toString(StandardCharsets.UTF_8).replaceAll("\\s+", " ");
            assertThat(dev.opshistory.ingest.parse.ParserRegistry.defaults().formats()).as(command)
                    .allSatisfy(format -> assertThat(help).contains(format));
        }
    }

    @Test
    void missingInputPathIsABadInputWithOneLineAndNoStackTrace(@TempDir Path tmp) {
        int code = Main.execute("run", tmp.resolve("nope").toString(), "--out", tmp.resolve("out").toString());

        assertThat(code).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .startsWith("opshistory: input path not found")
                .doesNotContain("\tat ");
    }

    @Test
    void filesOfAFolderThatAreNotExportsAreNamedOnStderr(@TempDir Path tmp) throws Exception {
        java.nio.file.Files.writeString(tmp.resolve("PM2022-009 - Bad AMI"), "# Bad AMI\n## Summary\ns\n");
        java.nio.file.Files.writeString(tmp.resolve("graph.png"), "png");
        java.nio.file.Files.writeString(tmp.resolve("README.md"), "# About");
        InputOptions input = new InputOptions();
        input.paths = List.of(tmp);

        try (dev.opshistory.ingest.InputFiles files = input.files()) {
            assertThat(files.files()).containsExactly(tmp.resolve("PM2022-009 - Bad AMI"));
            // and kept, for the reconciliation to name them
            assertThat(files.skipped()).containsExactlyInAnyOrder(tmp.resolve("README.md"), tmp.resolve("graph.png"));
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("skipped 2 files that are not exports by their names",
                tmp.resolve("README.md").toString(), tmp.resolve("graph.png").toString());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(Main.execute("report", "--no-such-flag")).isEqualTo(Main.EXIT_BAD_INPUT);
    }

    @Test
    void unknownFormatIsABadInput(@TempDir Path tmp) throws Exception {
        Path file = java.nio.file.Files.writeString(tmp.resolve("x.json"), "{}");
        int code = Main.execute("inspect", file.toString(), "--format", "nope");

        assertThat(code).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown format 'nope'", "pagerduty-incidents-json");
    }

    @Test
    void inspectOfAZipArchiveSaysToIngestItOrUnzipIt(@TempDir Path tmp) throws Exception {
        Path archive = tmp.resolve("space-export.zip");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(archive))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("pages/PIR-112.html"));
            zip.closeEntry();
        }

        int code = Main.execute("inspect", archive.toString());

        assertThat(code).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).isEqualTo("opshistory: " + archive + " is a zip archive:"
                + " ingest and run read it as a folder; inspect reads one file, so unzip it and inspect a file from it");
    }

    @Test
    void inspectPrintsCanonicalEventsAsNdjson() {
        Path file = ProjectPaths.root().resolve("testdata/formats/pagerduty/api-reference-examples/GET_incidents.response.json");

        int code = Main.execute("inspect", file.toString());

        assertThat(code).isZero();
        String ndjson = out.toString(StandardCharsets.UTF_8).strip();
        assertThat(ndjson.lines()).hasSize(1);
        assertThat(ndjson).contains("\"event_id\":\"pagerduty:alert:PT4KHLK\"", "\"created_at\":\"2015-10-06T21:30:42Z\"");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("format: pagerduty-incidents-json");
    }

    @Test
    void inspectNamesATeamsLookupAsASideFileAndPrintsNoEvents() {
        Path file = ProjectPaths.root().resolve("sample-data/opsgenie/teams.lookup.json");

        int code = Main.execute("inspect", file.toString());

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("side file: teams-lookup (2 teams)");
    }

    @Test
    void inspectClassifyPrintsTheVerdictsWithTheirReasons() {
        Path file = ProjectPaths.root().resolve("testdata/formats/pagerduty/api-reference-examples/GET_incidents.response.json");

        int code = Main.execute("inspect", "--classify", file.toString());

        assertThat(code).isZero();
        String ndjson = out.toString(StandardCharsets.UTF_8).strip();
        assertThat(ndjson).contains("\"severity\":\"SEV2\"", "\"source_severity\":\"priority=P2 urgency=high\"",
                "\"fingerprint\":\"my mail service | the server is on fire\"", "\"actionability_reason\":");
    }

    @Test
    void badRulesFileIsABadInputNamingTheKey(@TempDir Path tmp) throws Exception {
        Path rules = java.nio.file.Files.writeString(tmp.resolve("rules.yaml"), "actionability:\n  transient_minutez: 5\n");
        Path file = ProjectPaths.root().resolve("testdata/formats/pagerduty/api-reference-examples/GET_incidents.response.json");

        int code = Main.execute("inspect", "--classify", "--rules", rules.toString(), file.toString());

        assertThat(code).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("transient_minutez");
    }

    @Test
    void badPeriodIsABadInput(@TempDir Path tmp) {
        int code = Main.execute("report", "--out", tmp.toString(), "--from", "2026-13-01");

        assertThat(code).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--from: '2026-13-01' is neither a date");
    }

    @Test
    void reversedPeriodIsABadInput(@TempDir Path tmp) {
        int code = Main.execute("report", "--out", tmp.toString(), "--from", "2026-06-01", "--to", "2026-05-01");

        assertThat(code).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("after it ends");
    }

    @Test
    void evaluatePrintsPerClassFiguresForBothSplits() {
        int code = Main.execute("evaluate", ProjectPaths.sampleData().resolve("eval").toString());

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).containsIgnoringCase("holdout").containsIgnoringCase("macro");
    }

    @Test
    void inspectNeverPrintsASecretFromTheExport(@TempDir Path tmp) throws Exception {
        String incident = java.nio.file.Files.readString(ProjectPaths.root()
                .resolve("testdata/formats/pagerduty/api-reference-examples/GET_incidents.response.json"))
                .replace("\"The server is on fire.\"", "\"Login failing, password=hunter2 in the config\"");
        Path file = java.nio.file.Files.writeString(tmp.resolve("incidents.json"), incident);

        int code = Main.execute("inspect", file.toString());

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("hunter2").contains("[REDACTED]");
    }
}
