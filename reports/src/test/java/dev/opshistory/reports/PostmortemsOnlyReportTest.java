package dev.opshistory.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opshistory.reports.WarehouseFixture.Postmortem;
import dev.opshistory.reports.figures.Finding;
import dev.opshistory.reports.figures.Investments;
import dev.opshistory.reports.figures.PostmortemReview;
import dev.opshistory.reports.figures.RootCauseShare;
import dev.opshistory.reports.figures.Trend;
import dev.opshistory.reports.summary.SummarySchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of postmortems and nothing else (a review of public write-ups, or a team without exports at hand):
 * the period comes from the postmortems' dates, the root-cause patterns and the finding are theirs, and the list
 * is cut to the newest for reading while csv/ and summary.json keep them all.
 *
 * <p>Thirty postmortems ten days apart from 2025-01-01 (PM-0 … PM-29, the last on 2025-10-18), and one undated.
 * PM-i is NETWORKING when i is 0, 2, 4, 6, 8, 10, 15, 20 or 25 (9), else DEPLOYED_DEFECT (21); the undated one is
 * CONFIGURATION and counts in the period: 21, 9 and 1 of 31 (67.7 %, 29.0 %, 3.2 %). No
 * data lies before the period, so the trend's earlier window is the first half (PM-0 … PM-14): 6 NETWORKING and
 * 9 DEPLOYED_DEFECT, 40 % / 60 %.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostmortemsOnlyReportTest {

    private static final Instant FIRST = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant LAST = FIRST.plus(Duration.ofDays(290));
    private static final List<Integer> NETWORKING = List.of(0, 2, 4, 6, 8, 10, 15, 20, 25);

    /** A root-cause section of 2,000 characters, as real write-ups have: cut in the listing, whole in the CSV. */
    private static final String LONG_CAUSE = "The pool was too small. " + "It grew under load. ".repeat(99);

    private Path dir;
    private ReportData data;
    private String markdown;
    private String html;
    private JsonNode summary;

    @BeforeAll
    void generate(@TempDir Path tempDir) throws IOException {
        dir = tempDir;
        List<Postmortem> postmortems = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String at = FIRST.plus(Duration.ofDays(10L * i)).toString();
            Postmortem p = i == 29
                    ? new Postmortem("postmortem:POSTMORTEM:pm-29", at, "PM-29", null, null, LONG_CAUSE,
                            List.<String[]>of(new String[] {"Add a canary", "open"}, new String[] {"Write a runbook", null}))
                    : new Postmortem("postmortem:POSTMORTEM:pm-" + i, at, "PM-" + i, null);
            postmortems.add(NETWORKING.contains(i) ? p.rootCause("NETWORKING") : p);
        }
        postmortems.add(new Postmortem("postmortem:POSTMORTEM:undated", null, "PM-undated", null)
                .rootCause("CONFIGURATION"));
        WarehouseFixture.writePostmortems(dir.resolve("run/warehouse/postmortems/part-0.parquet"), postmortems);
        GeneratedReport report = GeneratedReport.of(ReportRequest.of(dir.resolve("run")));
        data = report.data();
        markdown = report.markdown();
        html = report.html();
        summary = report.summary();
    }

    @Test
    void thePeriodIsTheSpanOfThePostmortemsDatesAndSaysSo() {
        assertThat(data.period()).isEqualTo(new Period(FIRST, LAST));
        assertThat(data.periodFromPostmortems()).isTrue();
        assertThat(data.trend().mode()).isEqualTo(Trend.Mode.HALVES);
        assertThat(markdown).contains("Period: 2025-01-01 00:00 to 2025-10-18 00:00 (Z), both included, from the"
                + " postmortems' dates: the warehouse has no alerts or incidents.");
        assertThat(html).contains("from the postmortems' dates").doesNotContain("none yet");
        assertThat(markdown).contains("- The warehouse has no alerts or incidents (no Parquet files under"
                + " warehouse/events): the review covers the postmortems alone.").doesNotContain("no events yet");
        assertThat(summary.at("/period/from").asText()).isEqualTo("2025-01-01T00:00:00Z");
        assertThat(summary.at("/period/to").asText()).isEqualTo("2025-10-18T00:00:00Z");
    }

    @Test
    void rootCausePatternsCountThePostmortemsWithTheirShareAndTheEarlierWindows() {
        // 31 in the period: the thirty dated ones and the undated one, which the review was given; the earlier
        // window (PM-0 … PM-14) cannot hold the undated one.
        RootCauseShare defects = share("DEPLOYED_DEFECT");
        assertThat(defects.postmortems()).isEqualTo(21);
        assertThat(defects.postmortemShare()).isCloseTo(21 / 31.0, within(1e-9));
        assertThat(defects.earlierPostmortemShare()).isCloseTo(0.6, within(1e-9));
        RootCauseShare networking = share("NETWORKING");
        assertThat(networking.postmortems()).isEqualTo(9);
        assertThat(networking.earlierPostmortemShare()).isCloseTo(0.4, within(1e-9));
        assertThat(share("CONFIGURATION").postmortems()).isEqualTo(1);
        assertThat(share("CONFIGURATION").earlierPostmortemShare()).isZero();

        List<List<String>> rows = MarkdownTables.body(markdown, "Root cause");
        assertThat(rows).extracting(r -> r.get(0)).containsExactly("DEPLOYED\\_DEFECT", "CONFIGURATION", "NETWORKING");
        // no alerts and no incidents in the period: only the postmortems' columns
        assertThat(MarkdownTables.header(markdown, "Root cause")).containsExactly("Root cause", "Postmortems",
                "Share of postmortems", "Earlier", "Points to investing in");
        assertThat(rows.get(0).subList(1, 4)).containsExactly("21", "67.7%", "60.0%");
        assertThat(rows.get(1).subList(1, 4)).containsExactly("1", "3.2%", "0.0%");
        assertThat(rows.get(2).subList(1, 4)).containsExactly("9", "29.0%", "40.0%");
        assertThat(markdown).contains("A postmortem's category is read by the rules from the authors' own text")
                .contains("1 undated postmortem counts in this period (the review was given it) but in no earlier window.")
                .doesNotContain("No alerts, incidents or dated postmortems in the period.");
        assertThat(html).contains("<th>Postmortems</th>").contains("<td class=\"n\">21</td>");
        assertThat(markdown).contains("![Root causes of postmortems](charts/root-causes.svg)");
    }

    @Test
    void noTableOfZerosStandsForAlertsOrGapsThatCannotBe() {
        assertThat(data.series()).isNotEmpty();
        assertThat(markdown).contains("No alerts to chart.").doesNotContain("| Month (UTC) |");
        assertThat(data.quality().gaps()).isEmpty();
        assertThat(markdown).doesNotContain("Gaps of 3 or more days");
    }

    @Test
    void theTrendSaysThereIsNothingToCompareInsteadOfATableOfZeros() {
        assertThat(data.trend().comparesEvents()).isFalse();
        String trend = markdown.substring(markdown.indexOf("### Trend"), markdown.indexOf("### Risk matrix"));
        assertThat(trend).isEqualTo("### Trend\n\nNo alerts or incidents in either window to compare.\n\n");
        String htmlTrend = html.substring(html.indexOf("<h2 id=\"trend\">"), html.indexOf("<h2 id=\"risks\">"));
        assertThat(htmlTrend).contains("No alerts or incidents in either window to compare.")
                .doesNotContain("<table>", "figure-trend");
        // summary.json keeps the comparison as it is, zeros and all.
        assertThat(summary.at("/trend/mode").asText()).isEqualTo("HALVES");
        assertThat(summary.at("/trend/rows")).hasSize(7);
        assertThat(summary.at("/trend/later/alerts").asLong()).isZero();
    }

    @Test
    void theRootCauseFindingIsTakenOverPostmortems() {
        assertThat(data.findings()).extracting(Finding::kind).contains("ROOT_CAUSE");
        assertThat(markdown).contains("68% of postmortems had the root cause DEPLOYED\\_DEFECT: invest in "
                + Investments.forCategory("DEPLOYED_DEFECT") + ".");
        assertThat(markdown).doesNotContain("No finding stands out");
    }

    @Test
    void aLongWrittenRootCauseIsCutInTheListingAndWholeInTheCsv() throws IOException {
        String listed = markdown.lines().filter(l -> l.contains("Root cause (written): The pool was too small."))
                .findFirst().orElseThrow();
        assertThat(listed).contains("It grew under load. …").hasSizeLessThan(700);
        assertThat(html).contains("It grew under load. …");
        assertThat(markdown).containsPattern("Action items: 2 \\(done 0, open 1, no status written 1, overdue \\d\\)");
        assertThat(Files.readString(dir.resolve("run/csv/postmortems.csv"))).contains(LONG_CAUSE.strip());
    }

    @Test
    void theNewest25AreListedNewestFirstWithTheTotalAndTheCsvHasThemAll() throws IOException {
        assertThat(data.postmortems()).hasSize(31);
        assertThat(data.postmortems()).extracting(PostmortemReview::title)
                .startsWith("PM-29", "PM-28").endsWith("PM-0", "PM-undated");
        assertThat(data.postmortemsShown()).hasSize(ReportData.POSTMORTEMS_SHOWN);

        List<String> listed = markdown.lines().filter(l -> l.startsWith("**Postmortem: ")).toList();
        assertThat(listed).hasSize(ReportData.POSTMORTEMS_SHOWN)
                .startsWith("**Postmortem: PM-29**").endsWith("**Postmortem: PM-5**");
        assertThat(markdown).contains("31 postmortems in the period; the 25 newest are listed, newest first. All are"
                + " in `csv/postmortems.csv`");
        assertThat(html.split("<h3>Postmortem: ", -1)).hasSize(1 + ReportData.POSTMORTEMS_SHOWN);
        assertThat(html).contains("31 postmortems in the period; the 25 newest are listed");

        List<String> csv = Files.readAllLines(dir.resolve("run/csv/postmortems.csv"));
        assertThat(csv).hasSize(1 + 31);
        assertThat(csv.get(0)).endsWith(",source_file");
        assertThat(csv.get(1)).contains("PM-29").endsWith("postmortems/fixture.md");
    }

    @Test
    void theSummaryKeepsEveryPostmortemAndMatchesTheSchema() {
        assertThat(SummarySchema.load().validate(summary)).isEmpty();
        assertThat(summary.at("/totals/postmortems").asLong()).isEqualTo(31);
        assertThat(summary.path("postmortems")).hasSize(31);
        JsonNode defects = summary.at("/root_causes/0");
        assertThat(defects.path("category").asText()).isEqualTo("DEPLOYED_DEFECT");
        assertThat(defects.path("postmortems").asLong()).isEqualTo(21);
        assertThat(defects.path("postmortem_share").asDouble()).isCloseTo(21 / 31.0, within(1e-9));
        assertThat(defects.path("earlier_postmortem_share").asDouble()).isCloseTo(0.6, within(1e-9));
        assertThat(defects.path("alert_share").isNull()).isTrue();
    }

    private RootCauseShare share(String category) {
        return data.rootCauses().stream().filter(r -> r.category().equals(category)).findFirst().orElseThrow();
    }
}
