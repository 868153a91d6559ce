package dev.opshistory.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opshistory.reports.summary.SummarySchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Before the first checkpoint there is nothing to read: the report says so instead of failing. */
class EmptyWarehouseReportTest {

    @TempDir
    Path dir;

    @Test
    void missingWarehouseGivesAReportOfZerosThatMatchesTheSchema() throws IOException {
        ReportResult result = new ReportGenerator().generate(ReportRequest.of(dir));

        JsonNode summary = new ObjectMapper().readTree(result.summary().toFile());
        assertThat(SummarySchema.load().validate(summary)).isEmpty();
        assertThat(summary.at("/totals/alerts").asLong()).isZero();
        assertThat(summary.at("/totals/incidents").asLong()).isZero();
        assertThat(summary.at("/totals/postmortems").asLong()).isZero();
        assertThat(summary.at("/period/from").isNull()).isTrue();
        assertThat(summary.at("/period/to").isNull()).isTrue();
        assertThat(summary.at("/series/rows").size()).isZero();
        assertThat(summary.at("/response/mtta_minutes/median").isNull()).isTrue();
        assertThat(summary.at("/reconciliation/present").asBoolean()).isFalse();
        assertThat(result.reconciliation()).isEqualTo(dev.opshistory.reports.inputs.ReconciliationFigures.ABSENT);

        String markdown = Files.readString(result.markdown());
        assertThat(markdown)
                .contains("the warehouse has no events")
                .contains("read=0 accepted=0 rejected=0")
                .contains("No ingest reconciliation (ingest/reconciliation.json)");
        String dataQuality = markdown.substring(markdown.indexOf("\n### Data quality\n"), markdown.indexOf("\n### Methodology\n"));
        assertThat(dataQuality).contains("- The warehouse has no events yet");
    }

    @Test
    void foldersWithOnlyUncommittedFilesAreEmpty() throws IOException {
        WarehouseFixture.writeFile(dir.resolve("warehouse/events/2026-01/.part-0.parquet.inprogress"), "half written");
        Files.createDirectories(dir.resolve("warehouse/postmortems"));

        ReportData data = new ReportGenerator().collect(ReportRequest.of(dir));

        assertThat(data.hasEvents()).isFalse();
        assertThat(data.notes()).anyMatch(n -> n.contains("no events yet"));
    }

    @Test
    void requestedBoundsAreKeptWhenThereIsNoData() throws IOException {
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        Instant to = Instant.parse("2026-01-31T23:59:59Z");

        ReportResult result = new ReportGenerator().generate(ReportRequest.of(dir).between(from, to));

        JsonNode summary = new ObjectMapper().readTree(result.summary().toFile());
        assertThat(SummarySchema.load().validate(summary)).isEmpty();
        assertThat(summary.at("/period/from").asText()).isEqualTo("2026-01-01T00:00:00Z");
        // Every week of the period is there, all zeros: Mondays 2025-12-29 .. 2026-01-26.
        assertThat(summary.at("/series/rows").size()).isEqualTo(5);
        assertThat(summary.at("/series/rows/4/bucket_start").asText()).isEqualTo("2026-01-26");
    }

    @Test
    void unreadableReconciliationIsANoteNotAFailure() throws IOException {
        WarehouseFixture.writeFile(dir.resolve("ingest/reconciliation.json"), "{ not json");

        ReportData data = new ReportGenerator().collect(ReportRequest.of(dir));

        assertThat(data.reconciliation().present()).isFalse();
        assertThat(data.notes()).anyMatch(n -> n.contains("is not a reconciliation"));
    }
}
