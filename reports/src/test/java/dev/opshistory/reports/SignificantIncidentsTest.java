package dev.opshistory.reports;

import static dev.opshistory.reports.WarehouseFixture.Event.alert;
import static dev.opshistory.reports.WarehouseFixture.Event.incident;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opshistory.reports.WarehouseFixture.Event;
import dev.opshistory.reports.WarehouseFixture.Postmortem;
import dev.opshistory.reports.figures.SignificantIncident;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PagerDuty incident is one ALERT (DESIGN.md §3); when the job flags it significant (major, P1/P2, named by a
 * postmortem) the report lists it with the declared incidents. A long list is cut for reading, never in csv/.
 */
class SignificantIncidentsTest {

    @TempDir
    Path dir;

    @Test
    void significantAlertsAreListedBesideDeclaredIncidentsAndOrdinaryAlertsAreNot() {
        WarehouseFixture.writeEvents(dir.resolve("warehouse/events/part-0.parquet"), List.of(
                alert("pagerduty:ALERT:P1", "2026-03-01T10:00:00Z", "SEV1", "ACTIONABLE", "api", "API down")
                        .with("significant", true),
                alert("pagerduty:ALERT:P2", "2026-03-02T10:00:00Z", "SEV3", "ACTIONABLE", "db", "Disk 80%"),
                alert("pagerduty:ALERT:P3", "2026-03-03T10:00:00Z", "SEV3", "ACTIONABLE", "web", "Web slow")
                        .with("source_number", "4208"),
                incident("opsgenie:INCIDENT:I1", "2026-03-04T10:00:00Z", "SEV2", "mq", "Queue down")));
        WarehouseFixture.writePostmortems(dir.resolve("warehouse/postmortems/part-0.parquet"), List.of(
                new Postmortem("postmortem:POSTMORTEM:pm-1", "2026-03-10T00:00:00Z", "Web slow", "4208")));

        ReportData data = new ReportGenerator().collect(ReportRequest.of(dir));

        assertThat(data.significantIncidents()).extracting(SignificantIncident::eventId)
                .containsExactly("pagerduty:ALERT:P1", "pagerduty:ALERT:P3", "opsgenie:INCIDENT:I1");
        assertThat(data.significantIncidents().get(1).postmortemId()).isEqualTo("postmortem:POSTMORTEM:pm-1");
    }

    @Test
    void aLongListShowsThoseNamedByAPostmortemThenTheMostSevereAndCsvKeepsThemAll() throws IOException {
        List<Event> events = new ArrayList<>();
        for (int day = 1; day <= 28; day++) {
            String at = String.format("2026-03-%02dT10:00:00Z", day);
            events.add(alert("pagerduty:ALERT:S" + day, at, day == 28 ? "SEV1" : "SEV2", "ACTIONABLE", "api",
                    "API errors " + day).with("significant", true).with("source_number", String.valueOf(day)));
        }
        WarehouseFixture.writeEvents(dir.resolve("warehouse/events/part-0.parquet"), events);
        WarehouseFixture.writePostmortems(dir.resolve("warehouse/postmortems/part-0.parquet"), List.of(
                new Postmortem("postmortem:POSTMORTEM:pm-27", "2026-03-29T00:00:00Z", "API errors", "27")));

        ReportResult result = new ReportGenerator().generate(ReportRequest.of(dir));
        ReportData data = new ReportGenerator().collect(ReportRequest.of(dir));
        String markdown = Files.readString(result.markdown());

        List<String> shown = data.significantIncidentsShown().stream().map(SignificantIncident::eventId).toList();
        assertThat(shown).hasSize(ReportData.SIGNIFICANT_SHOWN)
                .contains("pagerduty:ALERT:S27", "pagerduty:ALERT:S28")
                .startsWith("pagerduty:ALERT:S1").endsWith("pagerduty:ALERT:S28");
        assertThat(MarkdownTables.body(markdown, "Date")).hasSize(ReportData.SIGNIFICANT_SHOWN);
        assertThat(markdown).contains("28 significant incidents (major, P1/P2, or named by a postmortem); the 25 listed");
        assertThat(Files.readAllLines(dir.resolve("csv/significant-incidents.csv"))).hasSize(1 + 28);
        JsonNode summary = new ObjectMapper()
                .readTree(dir.resolve("summary.json").toFile());
        assertThat(summary.path("significant_incidents_total").asInt()).isEqualTo(28);
        assertThat(summary.path("significant_incidents")).hasSize(ReportData.SIGNIFICANT_SHOWN);
    }
}
