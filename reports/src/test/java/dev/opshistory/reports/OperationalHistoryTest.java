package dev.opshistory.reports;

import static dev.opshistory.reports.WarehouseFixture.Event.alert;
import static dev.opshistory.reports.WarehouseFixture.Event.incident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opshistory.reports.WarehouseFixture.Event;
import dev.opshistory.reports.WarehouseFixture.Postmortem;
import dev.opshistory.reports.figures.Finding;
import dev.opshistory.reports.figures.NoiseAdvice.Suggestion;
import dev.opshistory.reports.figures.NoisyFingerprint;
import dev.opshistory.reports.figures.OnCallLoad;
import dev.opshistory.reports.figures.PageLoad;
import dev.opshistory.reports.figures.PostmortemReview;
import dev.opshistory.reports.figures.Risk;
import dev.opshistory.reports.figures.RootCauseShare;
import dev.opshistory.reports.figures.Trend;
import dev.opshistory.reports.summary.SummarySchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sections of issue 5 over a second hand-written warehouse, reported for the week Monday 2026-03-02 00:00 to
 * Sunday 2026-03-08 23:59:59 UTC, with one alert the week before (so the trend compares with the previous week).
 * Every alert is on the escalation policy "core". Figures are worked out by hand in the comments.
 *
 * <pre>
 *  id  created (UTC)      sev  class           service  notes
 *  Z0  Sun 02-01 00:00    SEV5 incident        api      long before: the data reaches back past the previous week
 *  P1  Tue 02-24 00:00    SEV2 ACTIONABLE      api      previous week; DEPLOYED_DEFECT inferred
 *  A1  Mon 03-02 09:00    SEV2 ACTIONABLE      api      runbook; DEPLOYED_DEFECT human; resolved in 30 min
 *  A2  Mon 03-02 10:00    SEV3 NON_ACTIONABLE  api      "CPU high", auto-resolved in 3 min
 *  A3  Mon 03-02 11:00    SEV3 NON_ACTIONABLE  api      "CPU high", auto-resolved in 5 min
 *  A4  Mon 03-02 12:00    SEV3 FALSE_POSITIVE  api      "CPU high", auto-resolved in 8 min
 *  A5  Tue 03-03 23:30    SEV1 ACTIONABLE      db       "DB down", CAPACITY inferred, linked to incident I1, 300 min
 *  I1  Tue 03-03 23:35    SEV1 incident        db       CAPACITY human, 300 min, postmortem PM1 (Wed 03-04 12:00)
 *  A8  Fri 03-06 10:00    SEV2 NON_ACTIONABLE  web      title "=HYPERLINK(...)"
 *  A6  Sat 03-07 14:00    SEV4 NON_ACTIONABLE  db       low urgency: not a page
 *  A7  Sun 03-08 15:00    SEV3 ACTIONABLE      db       "DB down" again after PM1: a recurrence; CAPACITY inferred
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationalHistoryTest {

    static final Instant FROM = Instant.parse("2026-03-02T00:00:00Z");
    static final Instant TO = Instant.parse("2026-03-08T23:59:59Z");
    static final String HYPERLINK = "=HYPERLINK(\"http://e.vil\",\"x\")";

    Path dir;
    Path runDir;
    ReportRequest request;
    ReportData data;
    ReportResult result;
    String markdown;
    String html;
    JsonNode summary;

    @BeforeAll
    void writeWarehouseAndReport(@TempDir Path tempDir) throws IOException {
        dir = tempDir;
        runDir = dir.resolve("run");
        WarehouseFixture.writeEvents(runDir.resolve("warehouse/events/2026-02/part-0.parquet"), List.of(
                core(incident("opsgenie:INCIDENT:Z0", "2026-02-01T00:00:00Z", "SEV5", "api", "Old incident")),
                core(alert("pagerduty:ALERT:P1", "2026-02-24T00:00:00Z", "SEV2", "ACTIONABLE", "api", "API errors"))
                        .with("root_cause", "DEPLOYED_DEFECT").with("root_cause_source", "inferred")));
        WarehouseFixture.writeEvents(runDir.resolve("warehouse/events/2026-03/part-0.parquet"), List.of(
                core(alert("pagerduty:ALERT:A1", "2026-03-02T09:00:00Z", "SEV2", "ACTIONABLE", "api", "API errors"))
                        .minutesToAckAndResolve(4, 30).with("runbook_url", "https://runbooks.example/api")
                        .with("root_cause", "DEPLOYED_DEFECT").with("root_cause_source", "human"),
                cpu("A2", "2026-03-02T10:00:00Z", "NON_ACTIONABLE", 3),
                cpu("A3", "2026-03-02T11:00:00Z", "NON_ACTIONABLE", 5),
                cpu("A4", "2026-03-02T12:00:00Z", "FALSE_POSITIVE", 8),
                core(alert("pagerduty:ALERT:A5", "2026-03-03T23:30:00Z", "SEV1", "ACTIONABLE", "db", "DB down"))
                        .minutesToAckAndResolve(2, 300).with("incident_ref", "opsgenie:INCIDENT:I1")
                        .with("root_cause", "CAPACITY_PERFORMANCE").with("root_cause_source", "inferred"),
                core(incident("opsgenie:INCIDENT:I1", "2026-03-03T23:35:00Z", "SEV1", "db", "Database outage"))
                        .minutesToAckAndResolve(1, 300).with("significant", true)
                        .with("root_cause", "CAPACITY_PERFORMANCE").with("root_cause_source", "human")
                        .with("html_url", "https://example.app.opsgenie.com/incident/detail/I1"),
                core(alert("pagerduty:ALERT:A8", "2026-03-06T10:00:00Z", "SEV2", "NON_ACTIONABLE", "web", HYPERLINK)),
                core(alert("pagerduty:ALERT:A6", "2026-03-07T14:00:00Z", "SEV4", "NON_ACTIONABLE", "db", "Disk 70%"))
                        .with("urgency", "low"),
                core(alert("pagerduty:ALERT:A7", "2026-03-08T15:00:00Z", "SEV3", "ACTIONABLE", "db", "DB down"))
                        .minutesToAckAndResolve(6, 45)
                        .with("root_cause", "CAPACITY_PERFORMANCE").with("root_cause_source", "inferred")));
        WarehouseFixture.writePostmortems(runDir.resolve("warehouse/postmortems/part-0.parquet"), List.of(
                new Postmortem("postmortem:POSTMORTEM:pm-1", "2026-03-04T12:00:00Z", "Database outage",
                        "opsgenie:INCIDENT:I1", "Checkout unavailable for 5 hours",
                        "Connection pool exhausted under load",
                        List.of(new String[] {"Add a load test", "DONE"}, new String[] {"Raise the pool size", "open"}))));
        // A PagerDuty CSV of exactly 20,000 rows: the web UI's export limit, so it looks cut.
        WarehouseFixture.writeFile(runDir.resolve("ingest/reconciliation.json"), """
                {"files":[{"file":"exports/pagerduty/incidents.csv","format":"pagerduty-incidents-csv",
                           "read":20000,"accepted":20000,"rejected":0,"folded":0,"sha256":"ab12"},
                          {"file":"exports/opsgenie/alerts.json","format":"opsgenie-alerts-json",
                           "read":10,"accepted":10,"rejected":0,"folded":0}]}
                """);
        // What the classify stage recorded (its contract: docs/warehouse.md's run folder, classify/run.json); a key
        // this report does not know is ignored.
        WarehouseFixture.writeFile(runDir.resolve("classify/run.json"), """
                {"version":"0.1.0","time_zone":"Europe/Paris","parallelism":2,
                 "rules_file":"rules/core_rules.yaml","rules_sha256":"9f86d081884c7d65",
                 "overrides_file":"overrides.yaml","overrides_sha256":"2c26b46b68ffc68f",
                 "overrides_applied":3,"added_later":true}
                """);
        request = new ReportRequest(runDir, dir.resolve("out"), "Core week 10", ZoneId.of("UTC"), FROM, TO);
        result = new ReportGenerator().generate(request);
        data = new ReportGenerator().collect(request);
        markdown = Files.readString(result.markdown());
        html = Files.readString(result.html());
        summary = new ObjectMapper().readTree(result.summary().toFile());
    }

    private static Event core(Event event) {
        return event.with("queue", "core").with("team", "platform").with("urgency", "high");
    }

    private static Event cpu(String id, String createdAt, String actionability, int minutesToResolve) {
        return core(alert("pagerduty:ALERT:" + id, createdAt, "SEV3", actionability, "api", "CPU high"))
                .minutesToAckAndResolve(null, minutesToResolve).with("auto_resolved", true);
    }

    @Test
    void summaryMatchesItsSchema() {
        assertThat(SummarySchema.load().validate(summary)).isEmpty();
        assertThat(summary.at("/schema_version").asInt()).isEqualTo(1);
    }

    @Test
    void pagesAreHighUrgencyOrSev1To3AlertsWithAfterHoursAndSleepInTheReportZone() {
        // Pages: A1 A2 A3 A4 A5 A7 A8 = 7 (A6 is SEV4 and low urgency; I1 is an incident).
        // After hours: A5 Tue 23:30 (sleep), A7 Sun 15:00 (weekend daytime) = 2; sleep: A5 = 1.
        PageLoad pages = data.pages();
        assertThat(List.of(pages.pages(), pages.afterHours(), pages.sleep())).containsExactly(7L, 2L, 1L);
        // Heat map: BUSINESS Mon 4 (A1-A4), BUSINESS Fri 1 (A8), OFF_HOURS Sun 1 (A7), SLEEP Tue 1 (A5).
        assertThat(pages.heatMap()).hasSize(21).filteredOn(c -> c.pages() > 0).containsExactly(
                new PageLoad.HeatCell("BUSINESS", 1, 4), new PageLoad.HeatCell("BUSINESS", 5, 1),
                new PageLoad.HeatCell("OFF_HOURS", 7, 1), new PageLoad.HeatCell("SLEEP", 2, 1));
    }

    @Test
    void hourBandsMoveWithTheReportTimeZone() {
        // A5 at Tue 23:30 UTC is Wed 00:30 in Paris (UTC+1 in March before the 29th): still sleep, now Wednesday.
        // A7 at Sun 15:00 UTC is 16:00 in Paris: still weekend off-hours.
        ReportData paris = new ReportGenerator().collect(new ReportRequest(runDir, dir.resolve("paris"), null,
                ZoneId.of("Europe/Paris"), FROM, TO));
        assertThat(paris.pages().heatMap()).filteredOn(c -> c.band().equals("SLEEP") && c.pages() > 0)
                .containsExactly(new PageLoad.HeatCell("SLEEP", 3, 1));
    }

    @Test
    void pagesPerShiftAreADistributionOverWholeShiftsInsideThePeriod() {
        // Whole shifts in [Mon 00:00, Sun 23:59:59]: days Mon-Sun 08-20 (7) and nights Mon-Sat 20-08 (6) = 13;
        // Sun 20:00-Mon 08:00 ends after the period. Pages: Mon day 4 (A1-A4), Tue night 1 (A5), Fri day 1 (A8),
        // Sun day 1 (A7); 9 shifts without pages. Over the guide of 2: the Monday day shift only, 1 of 13.
        OnCallLoad onCall = data.onCall();
        assertThat(onCall.distribution()).containsExactly(new OnCallLoad.ShiftCount(0, 9),
                new OnCallLoad.ShiftCount(1, 3), new OnCallLoad.ShiftCount(4, 1));
        assertThat(onCall.shifts()).isEqualTo(13);
        assertThat(onCall.shiftsOverGuide()).isEqualTo(1);
        assertThat(onCall.byQueue()).containsExactly(new OnCallLoad.QueueLoad("core", 13, 7, 4, 1, 0.0));
        assertThat(MarkdownTables.body(markdown, "Pages in a shift")).containsExactly(
                List.of("0", "9"), List.of("1", "3"), List.of("4", "1"));
        assertThat(markdown).contains("Shifts over the guide: 1 of 13 (7.7%).");
    }

    @Test
    void noisyFingerprintsCarryAutoResolvedShareMedianOffHoursAndASuggestion() {
        // api:CPU high: A2-A4, 3 alerts, 2 NON_ACTIONABLE + 1 FALSE_POSITIVE, all auto-resolved, median of 3, 5, 8
        // = 5 min, all Monday business hours -> add a for: duration. db:DB down: A5 A7, both actionable -> keep;
        // A5 is in sleep hours and A7 at the weekend: off-hours 2 of 2.
        assertThat(data.noisiestFingerprints()).extracting(NoisyFingerprint::fingerprint, NoisyFingerprint::alerts,
                        NoisyFingerprint::autoResolvedShare, NoisyFingerprint::medianResolveMinutes,
                        NoisyFingerprint::offHoursShare, NoisyFingerprint::suggestion)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("api:CPU high", 3L, 1.0, 5.0, 0.0, Suggestion.ADD_FOR_DURATION),
                        org.assertj.core.groups.Tuple.tuple("db:DB down", 2L, 0.0, 172.5, 1.0, Suggestion.KEEP));
        // The advice's code span is code in the HTML page, not a pair of backticks, and a code span in the
        // Markdown, not two escaped backticks.
        assertThat(html).contains("<td>Add a <code>for:</code> duration (e.g. 10m) so transient breaches clear")
                .doesNotContain("`for:`");
        assertThat(markdown).contains("| Add a `for:` duration (e.g. 10m) so transient breaches clear before paging. |")
                .doesNotContain("\\`for:");
    }

    @Test
    void responseTimesArePerServiceWithMedianP90AndMean() {
        // db alerts A5 (ack 2, resolve 300), A6 (none), A7 (ack 6, resolve 45): MTTA median 4, p90 2 + 0.9 * 4 = 5.6,
        // MTTR median (45 + 300) / 2 = 172.5, mean 172.5.
        var db = data.responseByService().stream().filter(s -> "db".equals(s.service())).findFirst().orElseThrow();
        assertThat(db.alerts()).isEqualTo(3);
        assertThat(db.timeToAcknowledge().median()).isCloseTo(4.0, within(1e-9));
        assertThat(db.timeToAcknowledge().p90()).isCloseTo(5.6, within(1e-9));
        assertThat(db.timeToResolve().median()).isCloseTo(172.5, within(1e-9));
        assertThat(db.timeToResolve().mean()).isCloseTo(172.5, within(1e-9));
    }

    @Test
    void rootCausesSeparateHumanFromInferredAndPointToAnInvestment() {
        // Alerts (8): DEPLOYED_DEFECT A1 (human) = 1/8; CAPACITY A5 A7 (inferred) = 2/8; the other 5 UNKNOWN.
        // Incidents (1): CAPACITY I1 (human). The previous week: P1 DEPLOYED_DEFECT, 100% of its alerts.
        RootCauseShare capacity = share("CAPACITY_PERFORMANCE");
        assertThat(List.of(capacity.alerts(), capacity.alertsHuman(), capacity.alertsInferred(), capacity.incidents(),
                capacity.incidentsHuman())).containsExactly(2L, 0L, 2L, 1L, 1L);
        assertThat(capacity.alertShare()).isEqualTo(0.25);
        assertThat(capacity.incidentShare()).isEqualTo(1.0);
        assertThat(capacity.earlierAlertShare()).isEqualTo(0.0);
        assertThat(capacity.investment()).isEqualTo("load testing and autoscaling");
        RootCauseShare defect = share("DEPLOYED_DEFECT");
        assertThat(List.of(defect.alerts(), defect.alertsHuman())).containsExactly(1L, 1L);
        assertThat(defect.earlierAlertShare()).isEqualTo(1.0);
        assertThat(defect.investment()).isEqualTo("testing, code review, canary / phased rollout");
        assertThat(share("UNKNOWN").alerts()).isEqualTo(5);
        // alerts, incidents and a postmortem in the period: a group of columns for each
        assertThat(MarkdownTables.header(markdown, "Root cause")).containsExactly("Root cause",
                "Alerts (human / inferred)", "Share of alerts", "Earlier", "Incidents (human / inferred)",
                "Share of incidents", "Earlier", "Postmortems", "Share of postmortems", "Earlier",
                "Points to investing in");
    }

    private RootCauseShare share(String category) {
        return data.rootCauses().stream().filter(r -> r.category().equals(category)).findFirst().orElseThrow();
    }

    @Test
    void significantIncidentsShowThePostmortemsWordsApartFromTheInferredCause() {
        assertThat(data.significantIncidents()).singleElement().satisfies(i -> {
            assertThat(i.eventId()).isEqualTo("opsgenie:INCIDENT:I1");
            assertThat(i.minutesToResolve()).isEqualTo(300.0);
            assertThat(i.impact()).isEqualTo("Checkout unavailable for 5 hours");
            assertThat(i.rootCauseHuman()).isEqualTo("Connection pool exhausted under load");
            assertThat(i.rootCauseInferred()).isNull();
            assertThat(i.url()).isEqualTo("https://example.app.opsgenie.com/incident/detail/I1");
        });
        assertThat(MarkdownTables.body(markdown, "Date")).singleElement().asList()
                .contains("2026-03-03 23:35", "5.0 h", "Connection pool exhausted under load");
    }

    @Test
    void postmortemListsActionItemsAndTheAlertsThatRecurredAfterIt() {
        // PM1 (Wed 12:00) names I1; A5 is linked to I1 with fingerprint db:DB down; A7 (Sun) has it again.
        PostmortemReview pm = data.postmortems().get(0);
        assertThat(List.of(pm.actionItems(), pm.done(), pm.open(), pm.overdue())).containsExactly(2L, 1L, 1L, 0L);
        assertThat(pm.recurrences()).singleElement().satisfies(r -> {
            assertThat(r.fingerprint()).isEqualTo("db:DB down");
            assertThat(r.alerts()).isEqualTo(1);
            assertThat(r.first()).isEqualTo(Instant.parse("2026-03-08T15:00:00Z"));
        });
        assertThat(MarkdownTables.body(markdown, "Recurring alert")).singleElement().asList()
                .containsExactly("DB down", "1", "2026-03-08 15:00", "2026-03-08 15:00");
    }

    @Test
    void aPostmortemThatGivesNoDurationIsPlacedByTheIncidentItNames() {
        // PM1 writes no duration and names I1, resolved 300 minutes after it opened.
        PostmortemReview pm = data.postmortems().get(0);
        assertThat(pm.duration()).isNull();
        assertThat(pm.namedIncidents()).isEqualTo(1);
        assertThat(pm.namedResolveMinutes()).isEqualTo(300.0);
        assertThat(markdown).contains("Duration: not stated; the incident it names took 5.0 h to resolve. Impact:");
        assertThat(html).contains("Duration: not stated; the incident it names took 5.0 h to resolve. Impact:");
        assertThat(summary.at("/postmortems/0/named_resolve_minutes").asDouble()).isEqualTo(300.0);
        List<String> csv = readLines(result.markdown().resolveSibling("csv/postmortems.csv"));
        assertThat(csv.get(0)).contains(",duration,named_incidents,named_resolve_minutes,");
        assertThat(csv.get(1)).contains(",1,300");
    }

    @Test
    void openActionItemsOfAPostmortemThirtyDaysOlderThanThePeriodEndAreOverdue() {
        // To 2026-04-10: PM1 (03-04) is 37 days older than the end; "Raise the pool size" is open, "Add a load
        // test" is DONE.
        ReportData later = new ReportGenerator().collect(request.between(FROM, Instant.parse("2026-04-10T00:00:00Z")));
        PostmortemReview pm = later.postmortems().get(0);
        assertThat(pm.overdue()).isEqualTo(1);
        assertThat(pm.items()).extracting(PostmortemReview.ActionItemRow::text, PostmortemReview.ActionItemRow::overdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Add a load test", false),
                        org.assertj.core.groups.Tuple.tuple("Raise the pool size", true));
    }

    @Test
    void runbookCoverageCountsAlertsAndAlarms() {
        // 8 alerts, A1 with a runbook; 5 fingerprints (api:API errors, api:CPU high, db:DB down, web:=HYPERLINK,
        // db:Disk 70%), 1 with a runbook.
        var runbooks = data.runbooks();
        assertThat(List.of(runbooks.alertsWith(), runbooks.alertsWithout(), runbooks.fingerprints(),
                runbooks.fingerprintsWith())).containsExactly(1L, 7L, 5L, 1L);
        assertThat(runbooks.missing()).extracting(m -> m.fingerprint()).first().isEqualTo("api:CPU high");
    }

    @Test
    void trendComparesThePreviousWeekWhenTheDataReachesBackThatFar() {
        // Data starts 02-01, before FROM - 7 days: previous period [02-22 23:59:59.999999, 03-02 00:00) (the period is
        // 7 days less 1 s, plus 1 µs for its inclusive end). Earlier: P1 (1 alert, 1 page). Later: 8 alerts, 7 pages,
        // 5 non-actionable, 1 sleep page, 1 incident.
        Trend trend = data.trend();
        assertThat(trend.mode()).isEqualTo(Trend.Mode.PREVIOUS_PERIOD);
        assertThat(List.of(trend.earlier().alerts(), trend.earlier().pages())).containsExactly(1L, 1L);
        assertThat(List.of(trend.later().alerts(), trend.later().pages(), trend.later().nonActionable(),
                trend.later().sleepPages(), trend.later().incidents())).containsExactly(8L, 7L, 5L, 1L, 1L);
        // Pages 1 -> 7: P(X >= 7 | 8, 1/2) = 9/256 = 0.035, beyond chance; the non-actionable share is no count.
        assertThat(MarkdownTables.body(markdown, "Figure")).contains(List.of("Pages", "1", "7", "+600.0%", "yes"));
        assertThat(MarkdownTables.body(markdown, "Figure").get(2)).first().isEqualTo("Non-actionable share");
        assertThat(MarkdownTables.body(markdown, "Figure").get(2)).last().isEqualTo("–");
    }

    @Test
    void trendFallsBackToHalvesWhenThereIsNoPreviousPeriod() {
        // From the data's start, 02-01 00:00, to 03-08 23:59:59: nothing before, so the halves split near 02-19 00:00.
        // Earlier half: Z0 only (0 alerts, 1 incident); later: P1 and A1-A8 = 9 alerts, I1.
        ReportData whole = new ReportGenerator().collect(request.between(null, TO));
        assertThat(whole.trend().mode()).isEqualTo(Trend.Mode.HALVES);
        assertThat(List.of(whole.trend().earlier().alerts(), whole.trend().earlier().incidents())).containsExactly(0L, 1L);
        assertThat(List.of(whole.trend().later().alerts(), whole.trend().later().incidents())).containsExactly(9L, 1L);
    }

    @Test
    void riskMatrixIsDrawnFromIncidentsAndActionableAlertsNotLinkedToOne() {
        // Basis: I1 (CAPACITY, SEV1, 300 min), A1 (DEPLOYED_DEFECT, SEV2, 30 min), A7 (CAPACITY, SEV3, 45 min);
        // A5 is linked to I1 and not counted twice. Period ~7 days.
        // CAPACITY: 2 in 7 days = 8.6 a month -> likelihood 5; worst SEV1 -> 5, +1 for 300 min capped -> 5.
        // DEPLOYED_DEFECT: 1 in 7 days = 4.3 a month -> 5; SEV2 -> 4.
        assertThat(data.risks()).extracting(Risk::category, Risk::severity, Risk::likelihood).containsExactly(
                org.assertj.core.groups.Tuple.tuple("CAPACITY_PERFORMANCE", 5, 5),
                org.assertj.core.groups.Tuple.tuple("DEPLOYED_DEFECT", 4, 5));
        assertThat(MarkdownTables.body(markdown, "Risk").get(0)).containsExactly(
                "Load outgrows capacity affecting db", "2 occurrences, worst SEV1, longest 5.0 h to resolve", "5", "5",
                "load testing and autoscaling");
    }

    @Test
    void findingsAreRankedByTheirScore() {
        // RECURRENCE 1/1 x 1.2 = 1.2; TREND pages 1 -> 7 (+600%, capped at 1) x 1.0 = 1.0; NOISE 5/8 = 0.625;
        // then RUNBOOKS 4/5 x 0.5 = 0.4, ROOT_CAUSE 2/8 x 0.8 = 0.2, SLEEP 1/7, SHIFT_OVERLOAD 1/13 x 1.5 = 0.115.
        assertThat(data.findings()).extracting(Finding::kind).containsExactly("RECURRENCE", "TREND", "NOISE");
        // 5/8 = 62.5% rounds half up; of the fingerprints that alerted more than once only api:CPU high is noisy,
        // with 3 of the 5 (60%).
        assertThat(data.findings().get(2).text())
                .isEqualTo("63% of alerts (5 of 8) were non-actionable or false positives; 1 fingerprint caused 60% of them.");
        assertThat(markdown).contains("1. 1 alerts recurred after their postmortem (1 of 1 postmortems).");
    }

    @Test
    void differentDataYieldsDifferentFindings(@TempDir Path other) {
        // Three actionable SEV2 pages with runbooks in the same Monday day shift, and nothing else: the only
        // finding is the overloaded shift (1 of 1 shifts over the guide, 1.5).
        WarehouseFixture.writeEvents(other.resolve("warehouse/events/2026-03/part-0.parquet"), List.of(
                busy("B1", "2026-03-02T09:00:00Z"), busy("B2", "2026-03-02T10:00:00Z"), busy("B3", "2026-03-02T11:00:00Z")));
        ReportData busyDay = new ReportGenerator().collect(ReportRequest.of(other).between(
                Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-03T00:00:00Z")));
        assertThat(busyDay.findings()).extracting(Finding::kind).containsExactly("SHIFT_OVERLOAD");
        assertThat(busyDay.findings().get(0).text())
                .isEqualTo("100% of on-call shifts (1 of 1) had more than 2 pages, the SRE book's guide.");
    }

    private static Event busy(String id, String createdAt) {
        return core(alert("pagerduty:ALERT:" + id, createdAt, "SEV2", "ACTIONABLE", "api", "API errors " + id))
                .with("runbook_url", "https://runbooks.example/" + id);
    }

    @Test
    void methodologyShowsTheRulesHashOverridesAndZoneOfTheClassifyRun() {
        // The Markdown escapes the underscore of the file name.
        assertThat(markdown).contains("Classification: opshistory classify 0.1.0; rules rules/core\\_rules.yaml,"
                + " SHA-256 9f86d081884c7d65; overrides overrides.yaml, SHA-256 2c26b46b68ffc68f, 3 applied (verdicts"
                + " changed by an override in the period: 0); the classifier's time zone: Europe/Paris (this report"
                + " recomputes hour bands in UTC); parallelism 2.");
        assertThat(html).contains("rules rules/core_rules.yaml, SHA-256 9f86d081884c7d65");
        assertThat(summary.at("/methodology/classify/rules_sha256").asText()).isEqualTo("9f86d081884c7d65");
        assertThat(summary.at("/methodology/classify/overrides_file").asText()).isEqualTo("overrides.yaml");
        assertThat(summary.at("/methodology/classify/overrides_applied").asLong()).isEqualTo(3);
        assertThat(summary.at("/methodology/classify/time_zone").asText()).isEqualTo("Europe/Paris");
    }

    @Test
    void dataQualityCallsOutATruncatedExportGapsAndUnknowns() {
        // Days 03-02 .. 03-08; events on 02 03 06 07 08: the gap 03-04 .. 03-05 is 2 days (< 3), not listed.
        assertThat(data.quality().gaps()).isEmpty();
        assertThat(data.quality().truncatedExports()).containsExactly("exports/pagerduty/incidents.csv");
        assertThat(data.quality().unknownRootCause()).isEqualTo(5);
        assertThat(markdown).contains("exports/pagerduty/incidents.csv holds exactly 20,000 records");
        // The checksum ingest recorded is in the Methodology.
        assertThat(markdown).contains("Input checksums (SHA-256): exports/pagerduty/incidents.csv ab12.");
    }

    @Test
    void alertsCsvHasOneRowPerAlertWithEveryVerdictAndFormulasNeutralised() throws IOException {
        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(result.alertsCsv())) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        // 8 alerts in the period (P1 is before it; I1 is an incident), oldest first.
        assertThat(rows).extracting(r -> r.get("event_id")).containsExactly("pagerduty:ALERT:A1", "pagerduty:ALERT:A2",
                "pagerduty:ALERT:A3", "pagerduty:ALERT:A4", "pagerduty:ALERT:A5", "pagerduty:ALERT:A8",
                "pagerduty:ALERT:A6", "pagerduty:ALERT:A7");
        CSVRecord a8 = rows.get(5);
        assertThat(a8.get("title")).isEqualTo("'" + HYPERLINK);
        assertThat(a8.get("actionability")).isEqualTo("NON_ACTIONABLE");
        assertThat(a8.get("page")).isEqualTo("true");
        assertThat(rows.get(4).get("hour_band")).isEqualTo("SLEEP");
        assertThat(rows.get(0).getParser().getHeaderNames()).contains("actionability_reason", "root_cause_evidence",
                "repeated", "flapping", "root_cause_source", "overridden");
        // The per-table CSVs neutralise too.
        assertThat(Files.readString(dir.resolve("out/csv/runbook-missing.csv"))).contains("'=HYPERLINK");
        assertThat(Files.readString(dir.resolve("out/csv/shift-distribution.csv")))
                .isEqualTo("pages_in_shift,shifts\n0,9\n1,3\n4,1\n");
    }

    @Test
    void htmlIsOneSelfContainedPageWithEveryChartInline() {
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(html).doesNotContain("<script", "<link", "<img", "src=", "@import", "<iframe");
        for (String chart : List.of("severity-volume", "actionability", "noisy-fingerprints", "root-causes",
                "response-distribution", "pages-heatmap", "trend")) {
            assertThat(html).contains("<svg id='chart-" + chart + "'");
        }
        // The formula title is text, not markup, in the page.
        assertThat(html).contains("=HYPERLINK(&quot;http://e.vil&quot;,&quot;x&quot;)");
    }

    @Test
    void serviceFilterNarrowsEveryFigure() {
        // db only: A5, A6, A7 and I1.
        ReportData db = new ReportGenerator().collect(request.only(List.of("db"), List.of()));
        assertThat(db.totals().alerts()).isEqualTo(3);
        assertThat(db.totals().incidents()).isEqualTo(1);
        assertThat(db.methodology().services()).containsExactly("db");
        ReportData platform = new ReportGenerator().collect(request.only(List.of(), List.of("platform")));
        assertThat(platform.totals().alerts()).isEqualTo(8);
        ReportData nobody = new ReportGenerator().collect(request.only(List.of(), List.of("nobody")));
        assertThat(nobody.totals().alerts()).isZero();
    }

    @Test
    void baselineComparisonShowsTheChangePerHeadlineFigure() throws IOException {
        // A schema-1 summary from before `headline` existed: alerts 20, incidents 3, MTTA median 12 min.
        Path old = dir.resolve("old-summary.json");
        Files.writeString(old, """
                {"schema_version":1,"title":"Q4 review","period":{"from":"2025-10-01T00:00:00Z","to":"2025-12-31T00:00:00Z"},
                 "totals":{"alerts":20,"incidents":3,"postmortems":0},
                 "response":{"mtta_minutes":{"count":5,"median":12.0,"p90":20.0,"mean":13.0},
                             "mttr_minutes":{"count":0,"median":null,"p90":null,"mean":null}}}
                """);
        ReportResult compared = new ReportGenerator().generate(request.writingTo(dir.resolve("compared")).comparedWith(old));
        String md = Files.readString(compared.markdown());
        // Alerts 20 -> 8 (-12); incidents 3 -> 1 (-2); pages unknown before.
        assertThat(MarkdownTables.body(md, "Headline figure")).contains(
                List.of("Alerts", "20", "8", "-12.0"), List.of("Incidents", "3", "1", "-2.0"), List.of("Pages", "–", "7", "–"));
        JsonNode json = new ObjectMapper().readTree(compared.summary().toFile());
        assertThat(SummarySchema.load().validate(json)).isEmpty();
        assertThat(json.at("/baseline/title").asText()).isEqualTo("Q4 review");
        assertThat(json.at("/baseline/rows/0/change").asDouble()).isEqualTo(-12.0);
        // And the report can be a later review's baseline in turn: every headline figure is there.
        assertThat(json.at("/headline/pages").asDouble()).isEqualTo(7.0);
    }

    @Test
    void aMissingBaselineIsAnError() {
        assertThatThrownBy(() -> new ReportGenerator().collect(request.comparedWith(dir.resolve("nope.json"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no baseline summary");
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
