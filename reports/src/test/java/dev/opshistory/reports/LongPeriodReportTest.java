package dev.opshistory.reports;

import static dev.opshistory.reports.WarehouseFixture.Event.alert;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opshistory.reports.summary.SummarySchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Over half a year of data, the series is monthly. */
class LongPeriodReportTest {

    @TempDir
    Path dir;

    @Test
    void periodLongerThanTwentySixWeeksIsBucketedByUtcMonth() throws IOException {
        WarehouseFixture.writeEvents(dir.resolve("warehouse/events/2025-01/part-0.parquet"), List.of(
                alert("pagerduty:ALERT:M1", "2025-01-15T12:00:00Z", "SEV1", "ACTIONABLE", "api", "API down"),
                alert("pagerduty:ALERT:M2", "2025-03-03T00:00:00Z", "SEV2", "ACTIONABLE", "api", "API slow")));
        // Written without the UTC flag (plain TIMESTAMP), as another writer might: read the same.
        WarehouseFixture.writeEvents(dir.resolve("warehouse/events/2025-03/part-0.parquet"), List.of(
                alert("pagerduty:ALERT:M3", "2025-03-31T23:59:59Z", "SEV3", "NON_ACTIONABLE", "api", "API errors"),
                alert("pagerduty:ALERT:M4", "2025-08-01T00:00:00Z", "SEV4", "NON_ACTIONABLE", "db", "Replica lag")),
                false);

        ReportResult result = new ReportGenerator().generate(ReportRequest.of(dir));

        // 2025-01-15 12:00 .. 2025-08-01 00:00 is 197.5 days, more than 26 weeks (182 days): months.
        //   2025-01: M1 SEV1 | 02: - | 03: M2 SEV2, M3 SEV3 (Mar 31 23:59:59 UTC) | 04-07: - | 08: M4 SEV4
        JsonNode summary = new ObjectMapper().readTree(result.summary().toFile());
        assertThat(SummarySchema.load().validate(summary)).isEmpty();
        assertThat(summary.at("/series/bucket").asText()).isEqualTo("month");
        assertThat(MarkdownTables.body(Files.readString(result.markdown()), "Month (UTC)")).containsExactly(
                List.of("2025-01", "1", "0", "0", "0", "0", "0", "1"),
                List.of("2025-02", "0", "0", "0", "0", "0", "0", "0"),
                List.of("2025-03", "0", "1", "1", "0", "0", "0", "2"),
                List.of("2025-04", "0", "0", "0", "0", "0", "0", "0"),
                List.of("2025-05", "0", "0", "0", "0", "0", "0", "0"),
                List.of("2025-06", "0", "0", "0", "0", "0", "0", "0"),
                List.of("2025-07", "0", "0", "0", "0", "0", "0", "0"),
                List.of("2025-08", "0", "0", "0", "1", "0", "0", "1"));
    }
}
