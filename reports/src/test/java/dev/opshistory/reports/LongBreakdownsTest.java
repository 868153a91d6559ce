package dev.opshistory.reports;

import static dev.opshistory.reports.WarehouseFixture.Event.alert;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opshistory.reports.WarehouseFixture.Event;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An organisation with more services than a review can read: the Markdown and HTML list the busiest
 * {@link ReportData#BREAKDOWN_SHOWN} and say how many there are and where all of them are; csv/ and summary.json keep
 * every row. A report with few services shows them all, without the note.
 */
class LongBreakdownsTest {

    @TempDir
    Path dir;

    @Test
    void aBreakdownLongerThanAReviewReadsIsCutToTheBusiestWithAPointerToTheFullCsv() throws IOException {
        // service-01 has 1 alert … service-20 has 20: the busiest are service-20 down to service-06
        List<Event> events = new ArrayList<>();
        for (int service = 1; service <= 20; service++) {
            for (int n = 0; n < service; n++) {
                events.add(alert("pagerduty:ALERT:s" + service + "-" + n,
                        String.format("2026-03-%02dT%02d:00:00Z", 1 + n % 28, service % 24), "SEV3", "ACTIONABLE",
                        String.format("service-%02d", service), "Disk full"));
            }
        }
        WarehouseFixture.writeEvents(dir.resolve("warehouse/events/part-0.parquet"), events);

        ReportResult result = new ReportGenerator().generate(ReportRequest.of(dir));
        String markdown = Files.readString(result.markdown());
        String html = Files.readString(result.html());

        List<List<String>> services = MarkdownTables.body(markdown, "Service");
        assertThat(services).hasSize(ReportData.BREAKDOWN_SHOWN);
        assertThat(services.get(0).get(0)).isEqualTo("service-20");
        assertThat(services.get(ReportData.BREAKDOWN_SHOWN - 1).get(0)).isEqualTo("service-06");
        assertThat(MarkdownTables.body(markdown, "Service (response)")).hasSize(ReportData.BREAKDOWN_SHOWN);
        assertThat(markdown).contains("\n\n20 services in all; the 15 with the most alerts are listed. All are in "
                + "`csv/by-service.csv`.\n");
        assertThat(markdown).contains("20 services in all; the 15 with the most alerts are listed. All are in "
                + "`csv/response-by-service.csv`.");
        assertThat(rowsOfHtmlTableAfter(html, "<th>Service</th><th>Alerts</th><th>Actionable</th>"))
                .isEqualTo(ReportData.BREAKDOWN_SHOWN);
        assertThat(html).contains("<p class=\"muted\">20 services in all; the 15 with the most alerts are listed. "
                + "All are in <code>csv/by-service.csv</code>.</p>");

        assertThat(Files.readAllLines(dir.resolve("csv/by-service.csv"))).hasSize(1 + 20);
        assertThat(Files.readAllLines(dir.resolve("csv/response-by-service.csv"))).hasSize(1 + 20);
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertThat(summary.path("by_service")).hasSize(20);
    }

    @Test
    void aShortBreakdownIsListedWholeWithoutTheNote() throws IOException {
        WarehouseFixture.writeEvents(dir.resolve("warehouse/events/part-0.parquet"), List.of(
                alert("pagerduty:ALERT:a", "2026-03-01T10:00:00Z", "SEV3", "ACTIONABLE", "api", "Disk full"),
                alert("pagerduty:ALERT:b", "2026-03-02T10:00:00Z", "SEV3", "ACTIONABLE", "db", "Disk full")));

        ReportResult result = new ReportGenerator().generate(ReportRequest.of(dir));
        String markdown = Files.readString(result.markdown());

        assertThat(MarkdownTables.body(markdown, "Service")).hasSize(2);
        assertThat(markdown).doesNotContain("in all; the");
        assertThat(Files.readString(result.html())).doesNotContain("in all; the");
    }

    private static int rowsOfHtmlTableAfter(String html, String header) {
        int start = html.indexOf(header);
        assertThat(start).as("the table headed " + header).isNotNegative();
        String table = html.substring(start, html.indexOf("</table>", start));
        Matcher rows = Pattern.compile("<tr>").matcher(table);
        int count = 0;
        while (rows.find()) {
            count++;
        }
        return count;
    }
}
