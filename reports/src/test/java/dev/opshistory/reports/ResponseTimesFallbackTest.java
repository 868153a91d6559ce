package dev.opshistory.reports;

import static dev.opshistory.reports.WarehouseFixture.Event.alert;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A warehouse row without the job's {@code seconds_to_*} columns has its response times computed from its instants by
 * the classify job's rule: an acknowledgement stamped after the resolution, or anything stamped before the creation,
 * is no response time.
 */
class ResponseTimesFallbackTest {

    @Test
    void instantsGiveResponseTimesByTheJobsRule(@TempDir Path dir) throws Exception {
        Path runDir = dir.resolve("run");
        WarehouseFixture.writeEvents(runDir.resolve("warehouse/events/2026-03/part-0.parquet"), List.of(
                alert("pagerduty:ALERT:A1", "2026-03-02T09:00:00Z", "SEV2", "ACTIONABLE", "api", "Errors")
                        .acknowledgedAndResolvedAt("2026-03-02T09:10:00Z", "2026-03-02T09:30:00Z"),
                // acknowledged 34 days after it was resolved (PagerDuty's own GET /incidents example)
                alert("pagerduty:ALERT:A2", "2026-03-02T10:00:00Z", "SEV2", "ACTIONABLE", "api", "Latency")
                        .acknowledgedAndResolvedAt("2026-04-05T10:00:00Z", "2026-03-02T10:08:00Z"),
                // stamped before its creation
                alert("pagerduty:ALERT:A3", "2026-03-02T11:00:00Z", "SEV2", "ACTIONABLE", "api", "Disk")
                        .acknowledgedAndResolvedAt("2026-03-02T10:59:00Z", "2026-03-02T10:58:00Z")));
        ReportRequest request = new ReportRequest(runDir, dir.resolve("out"), null, ZoneId.of("UTC"), null, null);

        var response = new ReportGenerator().collect(request).response();

        assertThat(response.timeToAcknowledge().count()).isEqualTo(1);
        assertThat(response.timeToAcknowledge().median()).isEqualTo(10.0);
        assertThat(response.timeToResolve().count()).isEqualTo(2);
        assertThat(response.timeToResolve().mean()).isEqualTo(19.0); // 30 and 8 minutes
    }
}
