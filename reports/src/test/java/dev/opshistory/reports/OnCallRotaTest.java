package dev.opshistory.reports;

import static dev.opshistory.reports.WarehouseFixture.Event.alert;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.reports.figures.OnCallLoad;
import dev.opshistory.reports.figures.OnCallLoad.QueueLoad;
import dev.opshistory.reports.WarehouseFixture.Event;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whose shift a page lands on: the escalation policy's when the alert names one (PagerDuty), else the team's
 * that was paged (an Opsgenie alert routed to a team), so pages of unrelated teams never add up to one
 * person's overloaded shift. The period is one day shift, Monday 2026-03-02 08:00-20:00 UTC.
 *
 * <pre>
 *  alerts (all SEV2 pages, 09:00-12:00)   queue   team
 *  P1 P2                                  core    platform   -> core: 2 pages
 *  O1 O2 O3                               –       sre-core   -> sre-core (team): 3 pages, over the guide of 2
 *  O4                                     –       data       -> data (team): 1 page
 *  X1                                     –       –          -> (no escalation policy or team): 1 page
 * </pre>
 * Lumped together, the five alerts without a policy would have made one shift of 5 pages.
 */
class OnCallRotaTest {

    static final Instant FROM = Instant.parse("2026-03-02T08:00:00Z");
    static final Instant TO = Instant.parse("2026-03-02T20:00:00Z");

    @Test
    void shiftsAreCountedPerEscalationPolicyElsePerTeamPaged(@TempDir Path dir) throws Exception {
        Path runDir = dir.resolve("run");
        WarehouseFixture.writeEvents(runDir.resolve("warehouse/events/2026-03/part-0.parquet"), List.of(
                page("pagerduty:ALERT:P1", "09:00", "core", "platform"),
                page("pagerduty:ALERT:P2", "09:30", "core", "platform"),
                page("opsgenie:ALERT:O1", "10:00", null, "sre-core"),
                page("opsgenie:ALERT:O2", "10:30", null, "sre-core"),
                page("opsgenie:ALERT:O3", "11:00", null, "sre-core"),
                page("opsgenie:ALERT:O4", "11:30", null, "data"),
                page("opsgenie:ALERT:X1", "12:00", null, null)));
        ReportRequest request = new ReportRequest(runDir, dir.resolve("out"), null, ZoneId.of("UTC"), FROM, TO);

        OnCallLoad onCall = new ReportGenerator().collect(request).onCall();

        assertThat(onCall.byQueue()).containsExactlyInAnyOrder(
                new QueueLoad("sre-core (team)", 1, 3, 3, 1, 3.0),
                new QueueLoad("core", 1, 2, 2, 0, 2.0),
                new QueueLoad("data (team)", 1, 1, 1, 0, 1.0),
                new QueueLoad("(no escalation policy or team)", 1, 1, 1, 0, 1.0));
        assertThat(onCall.shifts()).isEqualTo(4);
        assertThat(onCall.shiftsOverGuide()).isEqualTo(1);
        String markdown = Files.readString(new ReportGenerator().generate(request).markdown());
        assertThat(MarkdownTables.body(markdown, "On-call rota")).extracting(row -> row.get(0))
                .contains("sre-core (team)", "core", "data (team)", "(no escalation policy or team)");
    }

    private static Event page(String id, String time, String queue, String team) {
        return alert(id, "2026-03-02T" + time + ":00Z", "SEV2", "ACTIONABLE", "api", "Errors " + id)
                .with("queue", queue).with("team", team).with("urgency", "high");
    }
}
