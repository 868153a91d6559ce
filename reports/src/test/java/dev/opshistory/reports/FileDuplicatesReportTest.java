package dev.opshistory.reports;

import static dev.opshistory.reports.WarehouseFixture.Event.alert;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Duplicates are shown per export file, as the standard asks of every reconciliation: a record whose event id a later
 * record gave the kept event is a duplicate of the file it was read from.
 */
class FileDuplicatesReportTest {

    @TempDir
    Path dir;

    @Test
    void eachFileShowsTheRecordsAnotherRecordWithTheirIdReplaced() throws IOException {
        // open.json (exported while the incidents were open): 3 records, P1, P2, P3. resolved.json (exported later):
        // P3 again, resolved, and one alert folded into it. The warehouse keeps P1 and P2 from open.json and P3 from
        // resolved.json. open.json: 3 accepted - 0 folded - 2 kept = 1 duplicate; resolved.json: 2 - 1 - 1 = 0.
        // In total: 5 accepted - 1 folded - 3 distinct = 1.
        WarehouseFixture.writeFile(dir.resolve("ingest/reconciliation.json"), """
                {"files":[{"file":"exports/open.json","format":"pagerduty-incidents-json",
                           "read":3,"accepted":3,"rejected":0,"folded":0},
                          {"file":"exports/resolved.json","format":"pagerduty-incidents-json",
                           "read":2,"accepted":2,"rejected":0,"folded":1}],
                 "total":{"read":5,"accepted":5,"rejected":0,"folded":1}}
                """);
        WarehouseFixture.writeEvents(dir.resolve("warehouse/events/part-0.parquet"), List.of(
                alert("pagerduty:incident:P1", "2026-03-01T10:00:00Z", "SEV2", "ACTIONABLE", "api", "Errors")
                        .with("source_file", "exports/open.json"),
                alert("pagerduty:incident:P2", "2026-03-02T10:00:00Z", "SEV2", "ACTIONABLE", "api", "Errors")
                        .with("source_file", "exports/open.json"),
                alert("pagerduty:incident:P3", "2026-03-03T10:00:00Z", "SEV2", "ACTIONABLE", "api", "Errors")
                        .with("source_file", "exports/resolved.json")));

        ReportResult result = new ReportGenerator().generate(ReportRequest.of(dir));

        String markdown = Files.readString(result.markdown());
        assertThat(markdown).contains("(folded into other events: 1; duplicates: 1)");
        assertThat(MarkdownTables.body(markdown, "Export file")).containsExactly(
                List.of("exports/resolved.json", "pagerduty-incidents-json", "2", "2", "0", "1", "0"),
                List.of("exports/open.json", "pagerduty-incidents-json", "3", "3", "0", "0", "1"));
        assertThat(Files.readString(result.html())).contains("<td>exports/open.json</td><td>pagerduty-incidents-json</td>"
                + "<td class=\"n\">3</td><td class=\"n\">3</td><td class=\"n\">0</td><td class=\"n\">0</td><td class=\"n\">1</td>");
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertThat(summary.at("/reconciliation/files/0/file").asText()).isEqualTo("exports/open.json");
        assertThat(summary.at("/reconciliation/files/0/duplicates").asLong()).isEqualTo(1);
        assertThat(summary.at("/reconciliation/files/1/duplicates").asLong()).isZero();
        assertThat(Files.readAllLines(dir.resolve("csv/reconciliation-files.csv"))).first().asString()
                .startsWith("file,format,read,accepted,rejected,folded,duplicates,");
        assertThat(Files.readAllLines(dir.resolve("csv/reconciliation-files.csv")))
                .anySatisfy(line -> assertThat(line).startsWith("exports/open.json,pagerduty-incidents-json,3,3,0,0,1,"));
    }
}
