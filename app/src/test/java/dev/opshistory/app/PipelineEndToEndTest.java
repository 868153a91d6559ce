package dev.opshistory.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opshistory.testkit.KafkaBroker;
import dev.opshistory.testkit.KafkaBrokerExtension;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on sample-data: real Kafka broker → ingest → Flink MiniCluster → Parquet → DuckDB report.
 * The expected figures are counted here straight from the export files, independently of the parsers.
 */
@ExtendWith(KafkaBrokerExtension.class)
class PipelineEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PRIORITY_DIGIT = Pattern.compile("(?i)^(?:p|sev)[- ]?([1-5])$");

    @TempDir
    static Path out;

    static int exitCode;
    static JsonNode summary;
    static InputCounts input;

    @BeforeAll
    static void runPipeline(KafkaBroker broker) throws Exception {
        input = InputCounts.of(ProjectPaths.sampleData());
        exitCode = Main.execute("run", ProjectPaths.sampleData().toString(), "--out", out.toString(),
                "--bootstrap-servers", broker.bootstrapServers());
        summary = JSON.readTree(out.resolve("summary.json").toFile());
    }

    @Test
    void runSucceedsAndWritesTheReport() {
        assertThat(exitCode).isZero();
        assertThat(out.resolve("operational-history.md")).isNotEmptyFile();
        assertThat(out.resolve("summary.json")).isNotEmptyFile();
        assertThat(out.resolve("operational-history.html")).isNotEmptyFile();
        assertThat(out.resolve("alerts.csv")).isNotEmptyFile();
    }

    @Test
    void postmortemsAreParsedAndTheirIncidentsTakeTheHumanWrittenCause() throws Exception {
        assertThat(summary.at("/totals/postmortems").asLong()).isEqualTo(input.postmortems);
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
                Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM read_parquet('"
                        + out.resolve("warehouse/events").toString().replace("'", "''")
                        + "/**/*.parquet') WHERE root_cause_source = 'human' AND incident_ref LIKE 'postmortem:%'")) {
            rs.next();
            assertThat(rs.getLong(1)).isGreaterThanOrEqualTo(input.postmortems);
        }
    }

    @Test
    void classifyRecordsTheRulesItRanWith() throws Exception {
        JsonNode run = JSON.readTree(out.resolve("classify/run.json").toFile());
        assertThat(run.get("rules_sha256").asText()).hasSize(64);
        assertThat(run.get("time_zone").asText()).isEqualTo("UTC");
    }

    @Test
    void everyDistinctAlertOfTheInputIsCountedOnce() {
        assertThat(summary.at("/totals/alerts").asLong()).isEqualTo(input.distinctAlertIds.size());
    }

    @Test
    void severityCountsFollowThePriorityThenUrgencyOfTheInput() {
        for (Map.Entry<String, Integer> expected : input.bySeverity.entrySet()) {
            assertThat(summary.at("/by_severity/" + expected.getKey()).asLong())
                    .as(expected.getKey()).isEqualTo(expected.getValue().longValue());
        }
    }

    @Test
    void actionabilityCoversEveryAlert() {
        long sum = 0;
        for (String verdict : new String[] {"ACTIONABLE", "NON_ACTIONABLE", "FALSE_POSITIVE", "UNKNOWN"}) {
            sum += summary.at("/actionability/" + verdict).asLong();
        }
        assertThat(sum).isEqualTo(input.distinctAlertIds.size());
    }

    @Test
    void reconciliationHoldsAndCountsEveryRecordOfTheInputFiles() {
        JsonNode r = summary.get("reconciliation");
        assertThat(r.get("read").asLong()).isEqualTo(r.get("accepted").asLong() + r.get("rejected").asLong());
        assertThat(r.get("accepted").asLong()).isGreaterThanOrEqualTo(input.alertRecords);
        // the sample's README is no export: named in the account as a file left unread, and in the report's notes
        assertThat(r.get("present").asBoolean()).isTrue();
        assertThat(summary.at("/data_quality/notes").toString()).contains("left unread, not exports by their names")
                .contains("README.md");
        // every log entry, note and grouped alert of the sample names an incident or alert the sample holds
        assertThat(r.get("folded").asLong()).isPositive();
        assertThat(r.get("orphaned").asLong()).isZero();
    }

    @Test
    void opsgenieTeamsAreNamedFromTheTeamsLookupBesideTheExports() throws Exception {
        List<String> teams = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
                Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT DISTINCT team FROM read_parquet('"
                        + out.resolve("warehouse/events").toString().replace("'", "''")
                        + "/**/*.parquet') WHERE source = 'opsgenie' AND team IS NOT NULL")) {
            while (rs.next()) {
                teams.add(rs.getString(1));
            }
        }
        // sample-data/opsgenie/teams.lookup.json names the two team ids of the sample alerts
        assertThat(teams).contains("sre-core", "data-platform")
                .doesNotContain("c25927e2-29d4-486a-8105-41f6cc6c9814", "9e85dd9d-b5bf-4129-930c-d58f128d2342");
    }

    @Test
    void warehouseHoldsEachEventIdOnce() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
                Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*), count(DISTINCT event_id) FROM read_parquet('"
                        + out.resolve("warehouse/events").toString().replace("'", "''") + "/**/*.parquet')")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(rs.getLong(2)).isEqualTo(input.distinctAlertIds.size());
        }
    }

    /** What the sample exports hold, counted with plain Jackson. */
    record InputCounts(Set<String> distinctAlertIds, long alertRecords, Map<String, Integer> bySeverity,
            long postmortems) {

        static InputCounts of(Path sampleData) throws IOException {
            Set<String> ids = new HashSet<>();
            Map<String, Integer> bySeverity = new HashMap<>();
            long records = 0;
            for (Path file : list(sampleData.resolve("pagerduty"), "incidents-*.json")) {
                for (JsonNode incident : JSON.readTree(file.toFile()).get("incidents")) {
                    records++;
                    if (ids.add("pagerduty:" + incident.get("id").asText())) {
                        JsonNode priority = incident.path("priority");
                        String name = priority.hasNonNull("name") ? priority.get("name").asText()
                                : priority.path("summary").asText(null);
                        String severity = fromPriority(name);
                        if (severity == null) {
                            severity = "high".equals(incident.path("urgency").asText()) ? "SEV2" : "SEV4";
                        }
                        bySeverity.merge(severity, 1, Integer::sum);
                    }
                }
            }
            for (Path file : list(sampleData.resolve("opsgenie"), "alerts-*.json")) {
                for (JsonNode alert : JSON.readTree(file.toFile()).get("data")) {
                    records++;
                    if (ids.add("opsgenie:" + alert.get("id").asText())) {
                        bySeverity.merge(fromPriority(alert.path("priority").asText()), 1, Integer::sum);
                    }
                }
            }
            long postmortems = 0;
            for (Path ignored : list(sampleData.resolve("postmortems"), "*.md")) {
                postmortems++;
            }
            return new InputCounts(ids, records, bySeverity, postmortems);
        }

        private static String fromPriority(String priority) {
            if (priority == null) {
                return null;
            }
            Matcher m = PRIORITY_DIGIT.matcher(priority.trim());
            return m.matches() ? "SEV" + m.group(1) : null;
        }

        private static Iterable<Path> list(Path dir, String glob) throws IOException {
            java.util.List<Path> files = new java.util.ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, glob)) {
                stream.forEach(files::add);
            }
            return files;
        }
    }
}
