package dev.opshistory.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.opshistory.reports.WarehouseFixture.Event;
import dev.opshistory.reports.WarehouseFixture.Postmortem;
import dev.opshistory.reports.figures.Risk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Postmortems in the risk matrix: a written-up incident the exports do not hold is an occurrence of its category,
 * one an event is linked to is that event and does not count twice, and its written duration stands for the time
 * to resolve.
 */
class PostmortemRisksTest {

    @Test
    void postmortemsNoEventIsLinkedToAreOccurrencesOfTheirCategory(@TempDir Path dir) throws IOException {
        // Period: 2025-03-01 .. 2025-03-31 (the alert's and the incident's span, 30 days).
        // A1: ACTIONABLE DEPLOYED_DEFECT alert, SEV2, 30 min, linked to PM-linked: A1 counts, PM-linked does not.
        // I1: CONFIGURATION incident, SEV3, 20 min.
        // PM-a: CONFIGURATION, "5 hours" -> 300 min; PM-b: CONFIGURATION, no duration; PM-linked: DEPLOYED_DEFECT.
        // CONFIGURATION: I1 + PM-a + PM-b = 3 in 30 days = 3 a month -> likelihood 4; worst SEV3 -> 3, +1 for
        // 300 min -> 4. DEPLOYED_DEFECT: A1 alone, 1 a month -> 4; SEV2 -> 4.
        WarehouseFixture.writeEvents(dir.resolve("warehouse/events/part-0.parquet"), List.of(
                Event.alert("pagerduty:incident:A1", "2025-03-01T00:00:00Z", "SEV2", "ACTIONABLE", "api", "Deploy broke checkout")
                        .minutesToAckAndResolve(5, 30).with("root_cause", "DEPLOYED_DEFECT")
                        .with("incident_ref", "postmortem:POSTMORTEM:linked"),
                Event.incident("opsgenie:incident:I1", "2025-03-31T00:00:00Z", "SEV3", "db", "Pool size halved")
                        .minutesToAckAndResolve(2, 20).with("root_cause", "CONFIGURATION")));
        WarehouseFixture.writePostmortems(dir.resolve("warehouse/postmortems/part-0.parquet"), List.of(
                new Postmortem("postmortem:POSTMORTEM:a", "2025-03-10T00:00:00Z", "PM-a", null)
                        .rootCause("CONFIGURATION").duration("about 5 hours"),
                new Postmortem("postmortem:POSTMORTEM:b", "2025-03-12T00:00:00Z", "PM-b", null)
                        .rootCause("CONFIGURATION"),
                new Postmortem("postmortem:POSTMORTEM:linked", "2025-03-02T00:00:00Z", "PM-linked", "pagerduty:incident:A1")
                        .duration("30 minutes")));

        ReportResult result = new ReportGenerator().generate(ReportRequest.of(dir));
        ReportData data = new ReportGenerator().collect(ReportRequest.of(dir));

        assertThat(data.risks()).extracting(Risk::category, Risk::severity, Risk::likelihood).containsExactly(
                tuple("CONFIGURATION", 4, 4), tuple("DEPLOYED_DEFECT", 4, 4));
        assertThat(MarkdownTables.body(Files.readString(result.markdown()), "Risk").get(0)).containsExactly(
                "A bad configuration change affecting (no service), db",
                "3 occurrences, worst SEV3, longest 5.0 h to resolve", "4", "4",
                "config validation and staged config rollout");
    }

    @Test
    void aFolderOfPostmortemsAloneStillDraftsRisks(@TempDir Path dir) throws IOException {
        WarehouseFixture.writePostmortems(dir.resolve("run/warehouse/postmortems/part-0.parquet"), List.of(
                new Postmortem("postmortem:POSTMORTEM:x", "2025-01-01T00:00:00Z", "PM-x", null)
                        .rootCause("NETWORKING").duration("2 days"),
                new Postmortem("postmortem:POSTMORTEM:y", "2025-12-31T00:00:00Z", "PM-y", null)
                        .rootCause("NETWORKING")));

        ReportData data = new ReportGenerator().collect(ReportRequest.of(dir.resolve("run")));

        // 2 in 364 days = 0.16 a month -> likelihood 2 (>= 1/12); unknown severity -> 1, +1 for 2,880 min -> 2.
        assertThat(data.risks()).extracting(Risk::risk, Risk::severity, Risk::likelihood, Risk::impact)
                .containsExactly(tuple("A network fault cuts traffic", 2, 2,
                        "2 occurrences, worst unknown severity, longest 48.0 h to resolve"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "32 minutes (2022-11-18T15:40:00Z to 2022-11-18T16:12:00Z) | 32.0",
        "3 hours 5 minutes | 185.0",
        "about 2 hours | 120.0",
        "1h 20m | 80.0",
        "2 days 4 hours | 3120.0",
        "1.5 hours | 90.0",
        "~2 weeks (October 9 - October 23, 2025) | 20160.0",
        "約 58 分（期限切れ到達から復旧完了まで） | 58.0",
        "2 小时 | 120.0",
        "3시간 20분 | 200.0",
        "~45 minutos | 45.0",
        "2 Stunden 10 Minuten | 130.0",
        "3 jours | 4320.0",
        "~1 semana | 10080.0",
        "~5 минут | 5.0",
        "2 часа 15 минут | 135.0",
        "p99 went to 250 ms for the whole afternoon | NULL",
        "From 14:05 until 15:10 UTC | NULL",
        "not stated | NULL"
    })
    void writtenDurationsAreReadAsMinutes(String written, Double minutes) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
             Statement sql = db.createStatement()) {
            sql.execute(new String(PostmortemRisksTest.class.getResourceAsStream("/sql/duration-macro.sql")
                    .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            try (ResultSet row = sql.executeQuery("SELECT duration_minutes('" + written.replace("'", "''") + "')")) {
                row.next();
                Object value = row.getObject(1);
                assertThat(value == null ? null : ((Number) value).doubleValue()).isEqualTo(minutes);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
