package dev.opshistory.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.ingest.parse.CollectingSink;
import dev.opshistory.ingest.parse.ParserRegistry;
import dev.opshistory.ingest.parse.SharedFormatsAccess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports sent as a zip archive are ingested in place, each entry accounted for under the archive's name. */
class IngestRunnerArchiveTest {

    /** What the runner emits: events, records folded into others, rejects. */
    private final CollectingSink sink = new CollectingSink();

    @TempDir
    Path dir;

    @Test
    void entriesOfAZipArchiveAreReadAsFilesAndReconciledUnderTheArchivesName() throws Exception {
        Path archive = dir.resolve("exports.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
            zip.putNextEntry(new ZipEntry("pagerduty/incidents.json"));
            Files.copy(SharedFormatsAccess.file("pagerduty/api-reference-examples/GET_incidents.response.json"), zip);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("postmortems/notes.json"));
            zip.write("{\"not\": \"an export\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        Reconciliation reconciliation;
        try (InputFiles inputs = InputFiles.open(List.of(dir))) {
            reconciliation = new IngestRunner(FormatChooser.detecting(ParserRegistry.defaults()), sink.events::add,
                    sink.folded::add, sink.rejects::add, Progress.silent()).ingest(inputs.files());
        }

        assertThat(reconciliation.files()).extracting(Reconciliation.FileCount::file).containsExactly(
                archive + "!/pagerduty/incidents.json", archive + "!/postmortems/notes.json");
        assertThat(reconciliation.files().get(0).format()).isEqualTo("pagerduty-incidents-json");
        assertThat(reconciliation.files().get(0).sha256()).isNotNull();
        assertThat(sink.events).isNotEmpty().allSatisfy(e ->
                assertThat(e.sourceFile()).isEqualTo(archive + "!/pagerduty/incidents.json"));
        assertThat(sink.rejects).singleElement().satisfies(r -> assertThat(r.file()).isEqualTo(archive + "!/postmortems/notes.json"));
        assertThat(reconciliation.holds()).isTrue();
    }
}
