package dev.opshistory.reports;

import static dev.opshistory.reports.WarehouseFixture.Event.alert;
import static dev.opshistory.reports.WarehouseFixture.Event.incident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opshistory.reports.WarehouseFixture.Postmortem;
import dev.opshistory.reports.render.MarkdownRenderer;
import dev.opshistory.reports.summary.SummarySchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report over a small, hand-written warehouse: 12 alerts, 1 cross-source copy, 2 incidents and
 * 1 postmortem in January 2026, in three Parquet files under two month folders. Every expected figure is
 * worked out by hand in the comments.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportGeneratorTest {

    static final String HOSTILE_TITLE = "<script>alert(1)</script> | **x** `y`";
    static final String A02 = "pagerduty:ALERT:A02";

    Path dir;

    Path runDir;
    ReportResult result;
    String markdown;
    JsonNode summary;

    @BeforeAll
    void writeWarehouseAndReport(@TempDir Path tempDir) throws IOException {
        dir = tempDir;
        runDir = dir.resolve("run");
        Path events = runDir.resolve("warehouse/events");
        // Week of Monday 2025-12-29 (UTC).
        WarehouseFixture.writeEvents(events.resolve("2025-12/part-0.parquet"), List.of(
                alert("pagerduty:ALERT:A01", "2026-01-02T10:00:00Z", "SEV2", "ACTIONABLE", "checkout", "Checkout latency high")
                        .with("team", "shop").with("queue", "checkout-oncall")
                        .minutesToAckAndResolve(2, 10)));
        WarehouseFixture.writeEvents(events.resolve("2026-01/part-0.parquet"), List.of(
                // Week of Monday 2026-01-05.
                alert(A02, "2026-01-05T09:00:00Z", "SEV1", "ACTIONABLE", "checkout", "Checkout down")
                        .with("team", "shop").with("queue", "checkout-oncall")
                        .minutesToAckAndResolve(1, 60),
                alert("pagerduty:ALERT:A03", "2026-01-05T11:00:00Z", "SEV3", "NON_ACTIONABLE", "search", HOSTILE_TITLE)
                        .with("team", "discovery").with("queue", "search-oncall")
                        .fingerprint("search:hostile").flags(true, true).minutesToAckAndResolve(null, 2),
                alert("pagerduty:ALERT:A04", "2026-01-05T11:20:00Z", "SEV3", "NON_ACTIONABLE", "search", HOSTILE_TITLE)
                        .with("team", "discovery").with("queue", "search-oncall")
                        .fingerprint("search:hostile").flags(true, true).minutesToAckAndResolve(null, 4),
                alert("pagerduty:ALERT:A05", "2026-01-05T11:40:00Z", "SEV3", "NON_ACTIONABLE", "search", HOSTILE_TITLE)
                        .with("team", "discovery").with("queue", "search-oncall")
                        .fingerprint("search:hostile").flags(true, true).minutesToAckAndResolve(null, 5),
                alert("pagerduty:ALERT:A06", "2026-01-07T14:00:00Z", "SEV2", "FALSE_POSITIVE", "payments", "Card auth errors")
                        .with("team", "shop").with("queue", "payments-oncall")
                        .minutesToAckAndResolve(3, 5),
                // The same page forwarded from Opsgenie: flagged by the job, counted once (as A02).
                alert("opsgenie:ALERT:og-13", "2026-01-05T09:01:00Z", "SEV1", "ACTIONABLE", "checkout", "Checkout down")
                        .minutesToAckAndResolve(1, 60).copyOf(A02),
                // Week of Monday 2026-01-12.
                alert("pagerduty:ALERT:A07", "2026-01-12T08:00:00Z", "SEV4", "NON_ACTIONABLE", "search", "Disk 80%")
                        .with("team", "discovery").with("queue", "search-oncall")
                        .flags(true, false).minutesToAckAndResolve(null, 30),
                alert("pagerduty:ALERT:A08", "2026-01-14T02:00:00Z", "SEV2", "ACTIONABLE", "payments", "Payment queue backlog")
                        .with("team", "shop").with("queue", "payments-oncall")
                        .minutesToAckAndResolve(5, 90)));
        WarehouseFixture.writeEvents(events.resolve("2026-01/part-1.parquet"), List.of(
                // Sunday 23:59:59 UTC: still the week of 2026-01-12.
                alert("pagerduty:ALERT:A09", "2026-01-18T23:59:59Z", "SEV5", "FALSE_POSITIVE", "search", "Index lag")
                        .with("team", "discovery")
                        .minutesToAckAndResolve(10, null),
                // Monday 00:00 UTC: the first instant of the week of 2026-01-26.
                alert("pagerduty:ALERT:A10", "2026-01-26T00:00:00Z", "SEV4", "NON_ACTIONABLE", null, "Heartbeat missed")
                        .minutesToAckAndResolve(null, 60),
                alert("pagerduty:ALERT:A11", "2026-01-27T15:00:00Z", "UNKNOWN", "UNKNOWN", "checkout", "Checkout 5xx")
                        .with("team", "shop").with("queue", "checkout-oncall"),
                // No seconds_to_* columns: 20 and 120 minutes come from the timestamps.
                alert("pagerduty:ALERT:A12", "2026-01-30T16:00:00Z", "SEV3", "ACTIONABLE", "checkout", "Checkout pod restarts")
                        .with("team", "shop").with("queue", "checkout-oncall")
                        .acknowledgedAndResolvedAt("2026-01-30T16:20:00Z", "2026-01-30T18:00:00Z"),
                // Incidents: never in alert figures (their huge response times would show), but they set the period's end.
                incident("opsgenie:INCIDENT:inc-1", "2026-01-05T09:30:00Z", "SEV1", "checkout", "Checkout outage")
                        .minutesToAckAndResolve(99_999, 99_999),
                incident("jsm:INCIDENT:inc-2", "2026-01-31T08:00:00Z", "SEV2", "payments", "Payments degraded")
                        .minutesToAckAndResolve(99_999, 99_999)));
        // A file the job has not committed yet: not Parquet, and never read.
        WarehouseFixture.writeFile(events.resolve("2026-01/.part-2.parquet.inprogress"), "not parquet yet");
        // Postmortems sit directly in their folder.
        WarehouseFixture.writePostmortems(runDir.resolve("warehouse/postmortems/part-0.parquet"), List.of(
                new Postmortem("postmortem:POSTMORTEM:pm-1", "2026-01-06T12:00:00Z", "Checkout outage", "opsgenie:INCIDENT:inc-1")));
        // One of the two folded records belongs to an incident the exports did not hold.
        WarehouseFixture.writeOrphans(runDir.resolve("warehouse/orphans/part-0.parquet"), List.of(
                new WarehouseFixture.Orphan("pagerduty:alert:PGONE", "ACKNOWLEDGE", "L1", "2026-01-06T12:00:00Z",
                        "exports/pagerduty/incidents.json")));
        WarehouseFixture.writeFile(runDir.resolve("ingest/reconciliation.json"), """
                {"files":[{"file":"exports/pagerduty/incidents.json","format":"pagerduty-incidents-json",
                           "read":15,"accepted":14,"rejected":1,"folded":2},
                          {"file":"exports/opsgenie/alerts.json","format":"opsgenie-alerts-json",
                           "read":7,"accepted":5,"rejected":2,"folded":0}],
                 "total":{"read":22,"accepted":19,"rejected":3,"folded":2}}
                """);
        WarehouseFixture.writeFile(runDir.resolve("rejects.ndjson"), """
                {"file":"exports/opsgenie/alerts.json","position":"record 3","field":"created_at","reason":"created_at is missing"}
                {"file":"exports/opsgenie/alerts.json","position":"record 5","field":"created_at","reason":"created_at is missing"}

                {"file":"exports/pagerduty/incidents.json","position":"file","reason":"not JSON: unexpected character"}
                """);

        ReportRequest request = new ReportRequest(runDir, dir.resolve("out"), "Checkout | <b>Q1</b>",
                ZoneId.of("UTC"), null, null);
        result = new ReportGenerator().generate(request);
        markdown = Files.readString(result.markdown());
        summary = new ObjectMapper().readTree(result.summary().toFile());
    }

    @Test
    void writesMarkdownSummaryHtmlCsvAndChartsIntoTheOutputFolder() {
        assertThat(result.written().subList(0, 4)).containsExactly(
                dir.resolve("out/operational-history.md"), dir.resolve("out/summary.json"),
                dir.resolve("out/operational-history.html"), dir.resolve("out/alerts.csv"));
        assertThat(result.charts()).extracting(p -> p.getFileName().toString()).containsExactly(
                "severity-volume.svg", "actionability.svg", "noisy-fingerprints.svg", "root-causes.svg",
                "response-distribution.svg", "pages-heatmap.svg", "trend.svg");
        assertThat(result.tables()).allSatisfy(p -> assertThat(p.getParent()).isEqualTo(dir.resolve("out/csv")))
                .extracting(p -> p.getFileName().toString()).contains("severity-series.csv", "noisy-fingerprints.csv");
        assertThat(result.written()).allSatisfy(p -> assertThat(p).isRegularFile());
        // Each chart is linked from the Markdown, which has no charts of its own.
        assertThat(markdown).contains("](charts/severity-volume.svg)", "](charts/pages-heatmap.svg)", "](charts/trend.svg)");
    }

    @Test
    void totalsCountDistinctAlertsIncidentsAndPostmortemsLeavingOutCrossSourceCopies() {
        // A01..A12 = 12 alerts (og-13 copies A02); inc-1, inc-2; pm-1.
        assertThat(summary.at("/totals/alerts").asLong()).isEqualTo(12);
        assertThat(summary.at("/totals/incidents").asLong()).isEqualTo(2);
        assertThat(summary.at("/totals/postmortems").asLong()).isEqualTo(1);
        assertThat(summary.at("/data_quality/cross_source_copies").asLong()).isEqualTo(1);
    }

    @Test
    void defaultPeriodIsTheSpanOfTheDataIncludingIncidents() {
        // First event A01 2026-01-02T10:00Z; last event inc-2 2026-01-31T08:00Z (after A12 on the 30th).
        assertThat(summary.at("/period/from").asText()).isEqualTo("2026-01-02T10:00:00Z");
        assertThat(summary.at("/period/to").asText()).isEqualTo("2026-01-31T08:00:00Z");
        assertThat(markdown).contains("Period: 2026-01-02 10:00 to 2026-01-31 08:00 (UTC), both included.");
    }

    @Test
    void alertsBySeverityUseOnlyAlerts() {
        // SEV1 A02 | SEV2 A01 A06 A08 | SEV3 A03 A04 A05 A12 | SEV4 A07 A10 | SEV5 A09 | UNKNOWN A11 = 12.
        // inc-1 (SEV1) and og-13 (SEV1 copy) would make SEV1 3 if counted.
        JsonNode bySeverity = summary.get("by_severity");
        assertThat(bySeverity.get("SEV1").asLong()).isEqualTo(1);
        assertThat(bySeverity.get("SEV2").asLong()).isEqualTo(3);
        assertThat(bySeverity.get("SEV3").asLong()).isEqualTo(4);
        assertThat(bySeverity.get("SEV4").asLong()).isEqualTo(2);
        assertThat(bySeverity.get("SEV5").asLong()).isEqualTo(1);
        assertThat(bySeverity.get("UNKNOWN").asLong()).isEqualTo(1);
        // 4 / 12 = 33.3 %
        assertThat(MarkdownTables.body(markdown, "Severity")).contains(List.of("SEV3", "4", "33.3%"));
    }

    @Test
    void weeklySeriesHasEveryIsoWeekOfThePeriodInUtcIncludingEmptyOnes() {
        // Period 2026-01-02 .. 2026-01-31 is 29 days (< 26 weeks): ISO weeks starting Monday.
        //   2025-12-29: A01 SEV2                                  -> 0 1 0 0 0 0
        //   2026-01-05: A02 SEV1, A03-A05 SEV3, A06 SEV2          -> 1 1 3 0 0 0
        //   2026-01-12: A07 SEV4, A08 SEV2, A09 SEV5 (Sun 23:59)  -> 0 1 0 1 1 0
        //   2026-01-19: nothing                                   -> 0 0 0 0 0 0
        //   2026-01-26: A10 SEV4 (Mon 00:00), A11 UNKNOWN, A12 SEV3 -> 0 0 1 1 0 1
        assertThat(summary.at("/series/bucket").asText()).isEqualTo("week");
        assertThat(seriesRows()).containsExactly(
                "2025-12-29 0 1 0 0 0 0",
                "2026-01-05 1 1 3 0 0 0",
                "2026-01-12 0 1 0 1 1 0",
                "2026-01-19 0 0 0 0 0 0",
                "2026-01-26 0 0 1 1 0 1");
        assertThat(MarkdownTables.body(markdown, "Week of (UTC)")).containsExactly(
                List.of("2025-12-29", "0", "1", "0", "0", "0", "0", "1"),
                List.of("2026-01-05", "1", "1", "3", "0", "0", "0", "5"),
                List.of("2026-01-12", "0", "1", "0", "1", "1", "0", "3"),
                List.of("2026-01-19", "0", "0", "0", "0", "0", "0", "0"),
                List.of("2026-01-26", "0", "0", "1", "1", "0", "1", "3"));
    }

    @Test
    void alertsByServiceBusiestFirstWithoutServiceLast() {
        // search A03 A04 A05 A07 A09 = 5 (repeated A03-A05, A07 = 4); checkout A01 A02 A11 A12 = 4
        // (actionable A01 A02 A12 = 3); payments A06 A08 = 2 (actionable A08); no service A10 = 1.
        assertThat(MarkdownTables.body(markdown, "Service")).containsExactly(
                List.of("search", "5", "0", "4"),
                List.of("checkout", "4", "3", "0"),
                List.of("payments", "2", "1", "0"),
                List.of("(no service)", "1", "0", "0"));
        assertThat(summary.at("/by_service/3/service").isNull()).isTrue();
    }

    @Test
    void alertsByTeamAndByQueueBusiestFirstWithoutOneLast() throws IOException {
        // Teams: shop A01 A02 A06 A08 A11 A12 = 6 (actionable A01 A02 A08 A12 = 4); discovery A03 A04 A05 A07 A09
        // = 5 (repeated A03-A05, A07 = 4); no team A10 = 1. og-13 (shop) is a copy of A02 and not counted.
        assertThat(MarkdownTables.body(markdown, "Team")).containsExactly(
                List.of("shop", "6", "4", "0"),
                List.of("discovery", "5", "0", "4"),
                List.of("(no team)", "1", "0", "0"));
        // Queues (escalation policies): checkout-oncall A01 A02 A11 A12 = 4 (actionable 3) and search-oncall
        // A03 A04 A05 A07 = 4 (repeated 4), equal, so by name; payments-oncall A06 A08 = 2; none A09 A10 = 2, last.
        assertThat(MarkdownTables.body(markdown, "Queue")).containsExactly(
                List.of("checkout-oncall", "4", "3", "0"),
                List.of("search-oncall", "4", "0", "4"),
                List.of("payments-oncall", "2", "1", "0"),
                List.of("(no queue)", "2", "0", "0"));
        assertThat(summary.at("/by_team/0/team").asText()).isEqualTo("shop");
        assertThat(summary.at("/by_team/2/team").isNull()).isTrue();
        assertThat(summary.at("/by_queue/1/queue").asText()).isEqualTo("search-oncall");
        assertThat(summary.at("/by_queue/1/repeated").asLong()).isEqualTo(4);
        assertThat(summary.at("/by_queue/3/queue").isNull()).isTrue();
        // commons-csv quotes an empty first cell, so that the row is not read as blank.
        assertThat(Files.readString(dir.resolve("out/csv/by-queue.csv"))).isEqualTo("""
                queue,alerts,actionable,repeated
                checkout-oncall,4,3,0
                search-oncall,4,0,4
                payments-oncall,2,1,0
                "",2,0,0
                """);
        String html = Files.readString(result.html());
        assertThat(html).contains("<th>Team</th>", "<td>discovery</td>", "<th>Queue (escalation policy)</th>",
                "<td>payments-oncall</td>");
    }

    @Test
    void actionabilityCountsAndSharesAreOverAlerts() {
        // ACTIONABLE A01 A02 A08 A12 = 4 (4/12 = 33.3 %); NON_ACTIONABLE A03 A04 A05 A07 A10 = 5 (41.7 %);
        // FALSE_POSITIVE A06 A09 = 2 (16.7 %); UNKNOWN A11 = 1 (8.3 %). 4 + 5 + 2 + 1 = 12.
        JsonNode actionability = summary.get("actionability");
        assertThat(actionability.get("ACTIONABLE").asLong()).isEqualTo(4);
        assertThat(actionability.get("NON_ACTIONABLE").asLong()).isEqualTo(5);
        assertThat(actionability.get("FALSE_POSITIVE").asLong()).isEqualTo(2);
        assertThat(actionability.get("UNKNOWN").asLong()).isEqualTo(1);
        assertThat(MarkdownTables.body(markdown, "Class")).containsExactly(
                List.of("ACTIONABLE", "4", "33.3%"),
                List.of("NON\\_ACTIONABLE", "5", "41.7%"),
                List.of("FALSE\\_POSITIVE", "2", "16.7%"),
                List.of("UNKNOWN", "1", "8.3%"));
    }

    @Test
    void repeatedAndFlappingAreCountedAsFlags() {
        // Repeated A03 A04 A05 A07 = 4 (33.3 %); flapping A03 A04 A05 = 3 (25.0 %).
        assertThat(summary.get("repeated").asLong()).isEqualTo(4);
        assertThat(summary.get("flapping").asLong()).isEqualTo(3);
        assertThat(MarkdownTables.body(markdown, "Flag")).containsExactly(
                List.of("Repeated", "4", "33.3%"),
                List.of("Flapping", "3", "25.0%"));
    }

    @Test
    void responseTimesAreMedianP90AndMeanInMinutes() {
        // MTTA of the 6 acknowledged alerts, sorted: 1 (A02) 2 (A01) 3 (A06) 5 (A08) 10 (A09) 20 (A12).
        //   median: between 3rd and 4th = (3 + 5) / 2 = 4; p90: rank 0.9 * 5 = 4.5 -> 10 + 0.5 * (20 - 10) = 15;
        //   mean: 41 / 6 = 6.8333.
        // MTTR of the 10 resolved alerts, sorted: 2 4 5 5 10 30 60 60 90 120 (A09, A11 unresolved).
        //   median: (10 + 30) / 2 = 20; p90: rank 0.9 * 9 = 8.1 -> 90 + 0.1 * (120 - 90) = 93; mean: 386 / 10 = 38.6.
        JsonNode mtta = summary.at("/response/mtta_minutes");
        assertThat(mtta.get("count").asLong()).isEqualTo(6);
        assertThat(mtta.get("median").asDouble()).isCloseTo(4.0, within(1e-9));
        assertThat(mtta.get("p90").asDouble()).isCloseTo(15.0, within(1e-9));
        assertThat(mtta.get("mean").asDouble()).isCloseTo(41.0 / 6, within(1e-5));
        JsonNode mttr = summary.at("/response/mttr_minutes");
        assertThat(mttr.get("count").asLong()).isEqualTo(10);
        assertThat(mttr.get("median").asDouble()).isCloseTo(20.0, within(1e-9));
        assertThat(mttr.get("p90").asDouble()).isCloseTo(93.0, within(1e-9));
        assertThat(mttr.get("mean").asDouble()).isCloseTo(38.6, within(1e-9));
        assertThat(MarkdownTables.body(markdown, "Measure")).containsExactly(
                List.of("Time to acknowledge (MTTA)", "6", "4.0", "15.0", "6.8"),
                List.of("Time to resolve (MTTR)", "10", "20.0", "93.0", "38.6"));
    }

    @Test
    void hostileTitleCannotBreakATableOrInjectHtml() {
        assertThat(markdown).doesNotContain("<script>").doesNotContain("<b>").doesNotContain("**x**");
        for (List<List<String>> table : MarkdownTables.tables(markdown)) {
            int width = table.get(0).size();
            assertThat(table).as("every row of %s has the header's %d cells", table.get(0), width)
                    .allSatisfy(row -> assertThat(row).hasSize(width));
        }
        // The only fingerprint that alerted more than once is the hostile trio (A03-A05: NON_ACTIONABLE, flapping,
        // resolved after 2, 4, 5 min so median 4 min; 11:00-11:40 UTC on a Monday, business hours); its title
        // survives, escaped, in one cell. Flapping 3 of 3 >= half: add a `for:` duration.
        assertThat(MarkdownTables.body(markdown, "Example title")).singleElement().asList().containsExactly(
                "\\<script\\>alert(1)\\</script\\> \\| \\*\\*x\\*\\* \\`y\\`", "search", "3", "3", "0.0%",
                "4 min", "0.0%", "Add a `for:` duration (e.g. 10m) so transient breaches clear before paging.");
        assertThat(markdown).startsWith("## Checkout \\| \\<b\\>Q1\\</b\\>\n");
    }

    @Test
    void hostileTitleIsTextInTheHtmlPageAndItsCharts() throws IOException {
        String html = Files.readString(result.html());
        // Escaped by FreeMarker in the table and by JFreeSVG in the noisy-fingerprints chart's axis label.
        assertThat(html).doesNotContain("<script", "<b>Q1").contains("&lt;script&gt;alert(1)&lt;/script&gt; | **x** `y`")
                .contains("<title>Checkout | &lt;b&gt;Q1&lt;/b&gt;</title>");
        String chart = Files.readString(dir.resolve("out/charts/noisy-fingerprints.svg"));
        assertThat(chart).doesNotContain("<script").contains("&lt;script&gt;");
    }

    @Test
    void headingsStartAtLevelTwoAndTheReportEndsWithDataQualityThenMethodology() {
        List<String> headings = markdown.lines().filter(l -> l.startsWith("#")).toList();
        assertThat(headings).allSatisfy(h -> assertThat(h).startsWith("##"));
        assertThat(headings.get(0)).startsWith("## ");
        assertThat(headings.subList(1, headings.size())).allSatisfy(h -> assertThat(h).startsWith("### "));
        assertThat(headings.subList(headings.size() - 2, headings.size()))
                .containsExactly("### Data quality", "### Methodology");
    }

    @Test
    void dataQualityRepeatsTheReconciliationAndTheTopRejectReasons() throws IOException {
        // Duplicates: accepted 19 - folded 2 - distinct in warehouse (15 events + 1 postmortem) = 1.
        assertThat(result.reconciliation().duplicates()).isEqualTo(1);
        assertThat(summary.at("/reconciliation/read").asLong()).isEqualTo(22);
        assertThat(summary.at("/reconciliation/accepted").asLong()).isEqualTo(19);
        assertThat(summary.at("/reconciliation/rejected").asLong()).isEqualTo(3);
        assertThat(summary.at("/reconciliation/folded").asLong()).isEqualTo(2);
        assertThat(summary.at("/reconciliation/duplicates").asLong()).isEqualTo(1);
        assertThat(summary.at("/reconciliation/files").size()).isEqualTo(2);
        assertThat(summary.at("/reconciliation/orphaned").asLong()).isEqualTo(1);
        assertThat(summary.at("/reconciliation/orphans/0/example_event").asText()).isEqualTo("pagerduty:alert:PGONE");
        assertThat(markdown).contains("1 folded record found no event to fold into");
        assertThat(MarkdownTables.body(markdown, "Export file (no event)")).containsExactly(
                List.of("exports/pagerduty/incidents.json", "1", "1", "pagerduty:alert:PGONE"));
        assertThat(Files.readString(result.html())).contains("1 folded record found no event to fold into")
                .contains("<td>exports/pagerduty/incidents.json</td><td class=\"n\">1</td><td class=\"n\">1</td>"
                        + "<td>pagerduty:alert:PGONE</td>");
        assertThat(markdown).contains("read=22 accepted=19 rejected=3");
        assertThat(MarkdownTables.body(markdown, "Reason")).containsExactly(
                List.of("created\\_at is missing", "2"),
                List.of("not JSON: unexpected character", "1"));
        assertThat(MarkdownTables.body(markdown, "Export file")).hasSize(2);
        assertThat(summary.at("/data_quality/notes/0").asText())
                .isEqualTo("Alerts forwarded from another tool, counted once as the original: 1.");
    }

    @Test
    void summaryListsTheSourcesPerFormatAndDataQualityEachFile() {
        // exports/pagerduty/incidents.json (read 15, rejected 1, folded 2) and exports/opsgenie/alerts.json (read 7,
        // rejected 2): one format each, the one with more records first.
        String summarySection = markdown.substring(markdown.indexOf("### Summary"), markdown.indexOf("### Alert volume"));
        assertThat(summarySection).contains("Sources (export files per format; each file is listed under Data quality):"
                + " PagerDuty incidents JSON: 1 file, 15 records, 1 rejected, 2 folded into other events;"
                + " Opsgenie alerts JSON: 1 file, 7 records, 2 rejected.");
        assertThat(summarySection).doesNotContain("exports/pagerduty/incidents.json");
        // The file with more rejects first.
        assertThat(MarkdownTables.body(markdown, "Export file")).extracting(row -> row.get(0))
                .containsExactly("exports/opsgenie/alerts.json", "exports/pagerduty/incidents.json");
        assertThat(summary.at("/sources/0/label").asText()).isEqualTo("PagerDuty incidents JSON");
        assertThat(summary.at("/sources/0/format").asText()).isEqualTo("pagerduty-incidents-json");
        assertThat(summary.at("/sources/0/folded").asLong()).isEqualTo(2);
        assertThat(summary.at("/sources/1/read").asLong()).isEqualTo(7);
    }

    @Test
    void methodologySaysNotRecordedWithoutTheClassifyRunRecord() {
        // This run has no classify/run.json.
        assertThat(markdown).contains("Classification rules (file and SHA-256 hash), overrides file and the"
                + " classifier's time zone: not recorded (the run has no classify/run.json).");
        assertThat(summary.at("/methodology/classify").isNull()).isTrue();
    }

    @Test
    void summaryMatchesItsSchema() {
        assertThat(SummarySchema.load().validate(summary)).isEmpty();
        assertThat(summary.get("schema_version").asInt()).isEqualTo(1);
    }

    @Test
    void sameWarehouseGivesTheSameReport() throws IOException {
        ReportResult again = new ReportGenerator().generate(
                new ReportRequest(runDir, dir.resolve("again"), "Checkout | <b>Q1</b>", ZoneId.of("UTC"), null, null));
        assertThat(Files.readString(again.markdown())).isEqualTo(markdown);
        assertThat(new ObjectMapper().readTree(again.summary().toFile())).isEqualTo(summary);
        // Charts too: JFreeSVG's ids are prefixed with the chart's name, not the clock.
        assertThat(Files.readString(again.html())).isEqualTo(Files.readString(result.html()));
        for (int i = 0; i < result.charts().size(); i++) {
            assertThat(Files.readString(again.charts().get(i))).isEqualTo(Files.readString(result.charts().get(i)));
        }
        assertThat(Files.readString(again.alertsCsv())).isEqualTo(Files.readString(result.alertsCsv()));
    }

    @Test
    void requestedPeriodNarrowsEveryFigure() {
        // 2026-01-12 00:00 .. 2026-01-25 23:59:59: A07 (SEV4, NON_ACTIONABLE, repeated), A08 (SEV2, ACTIONABLE,
        // MTTA 5), A09 (SEV5, FALSE_POSITIVE, MTTA 10); no incident, pm-1 (Jan 6) outside.
        ReportData data = new ReportGenerator().collect(ReportRequest.of(runDir).between(
                Instant.parse("2026-01-12T00:00:00Z"), Instant.parse("2026-01-25T23:59:59Z")));
        assertThat(data.totals().alerts()).isEqualTo(3);
        assertThat(data.totals().incidents()).isZero();
        assertThat(data.totals().postmortems()).isZero();
        assertThat(data.bySeverity().byName()).containsEntry("SEV2", 1L).containsEntry("SEV4", 1L)
                .containsEntry("SEV5", 1L).containsEntry("SEV1", 0L);
        assertThat(data.series()).extracting(b -> b.start().toString()).containsExactly("2026-01-12", "2026-01-19");
        assertThat(data.flags().repeated()).isEqualTo(1);
        // (5 + 10) / 2 = 7.5
        assertThat(data.response().timeToAcknowledge().median()).isCloseTo(7.5, within(1e-9));
    }

    @Test
    void periodIsShownInTheRequestedTimeZone() {
        ReportRequest request = new ReportRequest(runDir, dir.resolve("paris"), null, ZoneId.of("Europe/Paris"), null, null);
        String parisMarkdown = new MarkdownRenderer().render(new ReportGenerator().collect(request));
        // 10:00 UTC is 11:00 in Paris in January; buckets stay UTC.
        assertThat(parisMarkdown).contains("Period: 2026-01-02 11:00 to 2026-01-31 09:00 (Europe/Paris)");
        assertThat(parisMarkdown).contains("| 2025-12-29 |");
    }

    private List<String> seriesRows() {
        return StreamSupport.stream(summary.at("/series/rows").spliterator(), false)
                .map(r -> String.join(" ", r.get("bucket_start").asText(), r.get("SEV1").asText(),
                        r.get("SEV2").asText(), r.get("SEV3").asText(), r.get("SEV4").asText(),
                        r.get("SEV5").asText(), r.get("UNKNOWN").asText()))
                .toList();
    }
}
