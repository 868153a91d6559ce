package dev.opshistory.reports;

import static dev.opshistory.reports.WarehouseFixture.Event.alert;
import static dev.opshistory.reports.WarehouseFixture.Event.incident;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.reports.WarehouseFixture.Postmortem;
import dev.opshistory.reports.figures.PostmortemReview;
import dev.opshistory.reports.figures.SignificantIncident;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A postmortem names its incident by event id, vendor id, incident number or URL (docs/warehouse.md); each of the
 * four links the incident to the postmortem (significant incidents) and finds the alerts that recurred after it.
 */
class PostmortemReferencesTest {

    @TempDir
    Path dir;

    @Test
    void postmortemFindsItsIncidentByEventIdVendorIdNumberOrUrl() {
        // Four SEV3 incidents (significant only through a postmortem), each named by pm-N in another way, and
        // each alerting again on 03-20, after every postmortem (03-10).
        WarehouseFixture.writeEvents(dir.resolve("warehouse/events/part-0.parquet"), List.of(
                incident("pagerduty:INCIDENT:Q1", "2026-03-01T10:00:00Z", "SEV3", "api", "API down"),
                incident("pagerduty:INCIDENT:Q2", "2026-03-02T10:00:00Z", "SEV3", "db", "DB down"),
                incident("pagerduty:INCIDENT:Q3", "2026-03-03T10:00:00Z", "SEV3", "web", "Web down")
                        .with("source_number", "1043"),
                incident("pagerduty:INCIDENT:Q4", "2026-03-04T10:00:00Z", "SEV3", "mq", "Queue down")
                        .with("html_url", "https://example.pagerduty.com/incidents/Q4"),
                alert("pagerduty:ALERT:R1", "2026-03-20T10:00:00Z", "SEV3", "ACTIONABLE", "api", "API down"),
                alert("pagerduty:ALERT:R2", "2026-03-20T11:00:00Z", "SEV3", "ACTIONABLE", "db", "DB down"),
                alert("pagerduty:ALERT:R3", "2026-03-20T12:00:00Z", "SEV3", "ACTIONABLE", "web", "Web down"),
                alert("pagerduty:ALERT:R4", "2026-03-20T13:00:00Z", "SEV3", "ACTIONABLE", "mq", "Queue down")));
        WarehouseFixture.writePostmortems(dir.resolve("warehouse/postmortems/part-0.parquet"), List.of(
                new Postmortem("postmortem:POSTMORTEM:pm-1", "2026-03-10T00:00:00Z", "By event id",
                        "pagerduty:INCIDENT:Q1"),
                new Postmortem("postmortem:POSTMORTEM:pm-2", "2026-03-10T00:00:01Z", "By vendor id", "Q2"),
                new Postmortem("postmortem:POSTMORTEM:pm-3", "2026-03-10T00:00:02Z", "By number", "1043"),
                new Postmortem("postmortem:POSTMORTEM:pm-4", "2026-03-10T00:00:03Z", "By URL",
                        "https://example.pagerduty.com/incidents/Q4")));

        ReportData data = new ReportGenerator().collect(ReportRequest.of(dir));

        assertThat(data.significantIncidents())
                .extracting(SignificantIncident::eventId, SignificantIncident::postmortemId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("pagerduty:INCIDENT:Q1", "postmortem:POSTMORTEM:pm-1"),
                        org.assertj.core.groups.Tuple.tuple("pagerduty:INCIDENT:Q2", "postmortem:POSTMORTEM:pm-2"),
                        org.assertj.core.groups.Tuple.tuple("pagerduty:INCIDENT:Q3", "postmortem:POSTMORTEM:pm-3"),
                        org.assertj.core.groups.Tuple.tuple("pagerduty:INCIDENT:Q4", "postmortem:POSTMORTEM:pm-4"));
        // Each incident's fingerprint (service:title) alerted once more on 03-20, after its postmortem; postmortems
        // come newest first.
        assertThat(data.postmortems()).extracting(PostmortemReview::eventId, p -> p.recurrences().stream()
                        .map(r -> r.fingerprint() + " x" + r.alerts()).toList())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("postmortem:POSTMORTEM:pm-4",
                                List.of("mq:Queue down x1")),
                        org.assertj.core.groups.Tuple.tuple("postmortem:POSTMORTEM:pm-3", List.of("web:Web down x1")),
                        org.assertj.core.groups.Tuple.tuple("postmortem:POSTMORTEM:pm-2", List.of("db:DB down x1")),
                        org.assertj.core.groups.Tuple.tuple("postmortem:POSTMORTEM:pm-1", List.of("api:API down x1")));
    }

    @Test
    void aPostmortemDatedByItsDayDoesNotCountItsOwnIncidentOrItsAlertsAsRecurrences() {
        // pm-1 is dated 2026-03-10 (midnight, as a date-only write-up is) and names incident Q1, paged at 10:00 that
        // day and resolved in 120 min; alert A1 is linked to Q1 (incident_ref) and fired at 10:05 with the same
        // title. Neither is a recurrence. Alert A2 fires at 11:00, while Q1 is still open: the same incident, not a
        // recurrence. A3 at 13:00, after Q1 ended, is one; so is A4 a week later.
        WarehouseFixture.writeEvents(dir.resolve("warehouse/events/part-0.parquet"), List.of(
                incident("pagerduty:INCIDENT:Q1", "2026-03-10T10:00:00Z", "SEV2", "api", "API down")
                        .minutesToAckAndResolve(5, 120),
                alert("pagerduty:ALERT:A1", "2026-03-10T10:05:00Z", "SEV2", "ACTIONABLE", "api", "API down")
                        .with("incident_ref", "pagerduty:INCIDENT:Q1"),
                alert("pagerduty:ALERT:A2", "2026-03-10T11:00:00Z", "SEV2", "ACTIONABLE", "api", "API down"),
                alert("pagerduty:ALERT:A3", "2026-03-10T13:00:00Z", "SEV2", "ACTIONABLE", "api", "API down"),
                alert("pagerduty:ALERT:A4", "2026-03-17T09:00:00Z", "SEV2", "ACTIONABLE", "api", "API down")));
        WarehouseFixture.writePostmortems(dir.resolve("warehouse/postmortems/part-0.parquet"), List.of(
                new Postmortem("postmortem:POSTMORTEM:pm-1", "2026-03-10T00:00:00Z", "API outage",
                        "pagerduty:INCIDENT:Q1")));

        ReportData data = new ReportGenerator().collect(ReportRequest.of(dir));

        assertThat(data.postmortems()).singleElement().satisfies(pm -> assertThat(pm.recurrences())
                .singleElement().satisfies(r -> {
                    assertThat(r.fingerprint()).isEqualTo("api:API down");
                    assertThat(r.alerts()).isEqualTo(2);
                    assertThat(r.first()).isEqualTo(java.time.Instant.parse("2026-03-10T13:00:00Z"));
                    assertThat(r.last()).isEqualTo(java.time.Instant.parse("2026-03-17T09:00:00Z"));
                }));
    }
}
