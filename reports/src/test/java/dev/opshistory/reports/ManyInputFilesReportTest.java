package dev.opshistory.reports;

import static dev.opshistory.reports.WarehouseFixture.Event.alert;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opshistory.reports.inputs.RejectReasons;
import dev.opshistory.reports.summary.SummarySchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team's 24 PagerDuty export pages and two files no parser recognised: the Data quality section lists the 20
 * files that need a look first and leaves the rest to csv/, reject reasons are counted once for all the files
 * that gave them, and the Methodology points at the checksums instead of printing 26 of them.
 *
 * <p>{@code exports/pagerduty/page-01.json} … {@code page-24.json} read 10 records each. page-03 rejected 4 (three
 * without created_at, one not JSON), page-17 rejected 1 (without created_at); page-09 folded 5, page-22 folded 2.
 * {@code exports/oncall-schedule.xlsx} and {@code exports/team-photo.png} were refused whole (read 1, rejected
 * 1). Totals: read 242, rejected 7, accepted 235, folded 7.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManyInputFilesReportTest {

    private static final String PAGES = "exports/pagerduty/page-%02d.json";
    /** Ingest's unrecognised-file reason, as long as the real one: the name, then each parser's explanation. */
    private static final String DECLINED = " (pagerduty-incidents-json: no PagerDuty incidents in it (not JSON);"
            + " opsgenie-alerts-json: no Opsgenie/JSM alerts in it (not JSON); pagerduty-incidents-csv: no header"
            + " row with id and created_on; postmortem-markdown: not Markdown text)".repeat(6);
    /** A reason past the 200 characters the tables print, with text from the export that must stay text. */
    private static final String LONG_REASON = "not JSON in page-03.json: Unexpected character ('<' (code 60)) at"
            + " <script>alert(1)</script> | " + "x".repeat(250);

    private Path out;
    private ReportData data;
    private String markdown;
    private String html;
    private JsonNode summary;

    @BeforeAll
    void generate(@TempDir Path dir) throws IOException {
        Path run = dir.resolve("run");
        WarehouseFixture.writeEvents(run.resolve("warehouse/events/2026-01/part-0.parquet"), List.of(
                alert("pagerduty:ALERT:A01", "2026-01-05T10:00:00Z", "SEV2", "ACTIONABLE", "checkout", "Checkout down"),
                alert("pagerduty:ALERT:A02", "2026-01-20T10:00:00Z", "SEV3", "NON_ACTIONABLE", "search", "Disk 80%")));
        List<String> files = new ArrayList<>();
        for (int page = 1; page <= 24; page++) {
            long rejected = page == 3 ? 4 : page == 17 ? 1 : 0;
            long folded = page == 9 ? 5 : page == 22 ? 2 : 0;
            files.add(fileJson(String.format(Locale.ROOT, PAGES, page), "\"pagerduty-incidents-json\"", 10,
                    10 - rejected, rejected, folded, page));
        }
        files.add(fileJson("exports/oncall-schedule.xlsx", "null", 1, 0, 1, 0, 25));
        files.add(fileJson("exports/team-photo.png", "null", 1, 0, 1, 0, 26));
        WarehouseFixture.writeFile(run.resolve("ingest/reconciliation.json"),
                "{\"files\":[" + String.join(",\n", files) + "]}");
        String page03 = String.format(Locale.ROOT, PAGES, 3);
        WarehouseFixture.writeFile(run.resolve("rejects.ndjson"), String.join("\n",
                reject(page03, "created_at is missing"),
                reject(page03, "created_at is missing"),
                reject(page03, "created_at is missing"),
                reject(page03, LONG_REASON),
                reject(String.format(Locale.ROOT, PAGES, 17), "created_at is missing"),
                reject("exports/oncall-schedule.xlsx", "unsupported or unrecognised export: no parser recognises"
                        + " oncall-schedule.xlsx" + DECLINED),
                reject("exports/team-photo.png", "unsupported or unrecognised export: no parser recognises"
                        + " team-photo.png" + DECLINED)) + "\n");

        out = dir.resolve("out");
        GeneratedReport report = GeneratedReport.of(ReportRequest.of(run).writingTo(out));
        data = report.data();
        markdown = report.markdown();
        html = report.html();
        summary = report.summary();
    }

    @Test
    void theFileTableListsTwentyFilesRejectsFirstThenFoldedThenByNameAndSaysWhereTheRestAre() {
        List<String> expected = new ArrayList<>(List.of(page(3), "exports/oncall-schedule.xlsx", page(17),
                "exports/team-photo.png", page(9), page(22)));
        for (int p : new int[] {1, 2, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16}) {
            expected.add(page(p));
        }
        List<List<String>> rows = MarkdownTables.body(markdown, "Export file");
        assertThat(rows).extracting(row -> row.get(0).replace("\\", "")).containsExactlyElementsOf(expected);
        // the fixture's warehouse holds no event of these pages: all 6 accepted records count as duplicates
        assertThat(rows.get(0)).containsExactly("exports/pagerduty/page-03.json", "pagerduty-incidents-json", "10", "6",
                "4", "0", "6");
        assertThat(markdown).contains("read=242 accepted=235 rejected=7 (folded into other events: 7;")
                .contains("\n\n6 more files, every record accepted: all files are in `csv/reconciliation-files.csv`.\n\n");

        assertThat(html.split("<tr><td>exports/", -1)).hasSize(1 + 20);
        assertThat(html).contains("<p>6 more files, every record accepted: all files are in"
                + " <code>csv/reconciliation-files.csv</code>.</p>");
    }

    @Test
    void theCsvListsEveryFileWithItsCountsAndChecksum() throws IOException {
        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(out.resolve("csv/reconciliation-files.csv"))) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        assertThat(rows).hasSize(26);
        CSVRecord page24 = rows.stream().filter(r -> r.get("file").equals(page(24))).findFirst().orElseThrow();
        assertThat(List.of(page24.get("read"), page24.get("accepted"), page24.get("rejected"), page24.get("folded"),
                page24.get("sha256"))).containsExactly("10", "10", "0", "0", sha256(24));
    }

    @Test
    void rejectReasonsAreCountedWithoutTheFileNameAndCutForReading() throws IOException {
        String longGrouped = LONG_REASON.replace("page-03.json", "the file");
        assertThat(data.rejectReasons()).extracting(r -> r.reason() + " = " + r.rejects()).containsExactly(
                "created_at is missing = 4", RejectReasons.UNRECOGNISED + " = 2", longGrouped + " = 1");

        List<List<String>> rows = MarkdownTables.body(markdown, "Reason");
        assertThat(rows.get(1)).containsExactly(
                "unsupported or unrecognised export: no parser recognises the file", "2");
        String shown = rows.get(2).get(0);
        assertThat(shown).startsWith("not JSON in the file: Unexpected character ('\\<' (code 60)) at \\<script\\>")
                .endsWith("x…").doesNotContain("page-03");
        assertThat(markdown).doesNotContain("oncall-schedule.xlsx (", "x".repeat(201));
        assertThat(html).contains("<td>" + RejectReasons.UNRECOGNISED + "</td><td class=\"n\">2</td>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; | xxx").doesNotContain("<script", "x".repeat(201));

        // Whole in csv/ and summary.json (rejects.ndjson keeps even the file names and the parsers' explanations).
        assertThat(Files.readString(out.resolve("csv/reject-reasons.csv"))).contains("x".repeat(250));
        assertThat(summary.at("/data_quality/reject_reasons/2/reason").asText()).isEqualTo(longGrouped);
    }

    @Test
    void theMethodologyCountsTheChecksumsAndSummaryJsonKeepsThemAll() {
        assertThat(markdown).contains("- Input checksums (SHA-256): 26 files, listed with their checksums in"
                + " csv/reconciliation-files.csv and summary.json.\n").doesNotContain(sha256(24));
        assertThat(summary.at("/methodology/input_checksums")).hasSize(26);
        assertThat(summary.at("/methodology/input_checksums/23/sha256").asText()).isEqualTo(sha256(24));
        assertThat(summary.at("/reconciliation/files")).hasSize(26);
        assertThat(SummarySchema.load().validate(summary)).isEmpty();
    }

    @Test
    void withAlertsInTheWindowsTheTrendKeepsItsTable() {
        assertThat(data.trend().comparesEvents()).isTrue();
        assertThat(markdown).contains("| Figure | Earlier | Later | Change |", "](charts/trend.svg)")
                .doesNotContain("No alerts or incidents in either window to compare.");
    }

    private static String page(int page) {
        return String.format(Locale.ROOT, PAGES, page);
    }

    private static String sha256(int file) {
        return String.format(Locale.ROOT, "%064x", file);
    }

    private static String fileJson(String file, String format, long read, long accepted, long rejected, long folded,
                                   int checksum) {
        return String.format(Locale.ROOT, "{\"file\":\"%s\",\"format\":%s,\"read\":%d,\"accepted\":%d,\"rejected\":%d,"
                + "\"folded\":%d,\"sha256\":\"%s\"}", file, format, read, accepted, rejected, folded, sha256(checksum));
    }

    private static String reject(String file, String reason) {
        try {
            return new ObjectMapper().writeValueAsString(Map.of("file", file, "position", "record 1", "reason", reason));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
