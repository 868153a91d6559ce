package dev.opshistory.analytics.warehouse;

import dev.opshistory.model.ClassifiedEvent;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.core.fs.Path;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.opshistory.analytics.warehouse.WarehouseFixtures.alertCreatedAt;
import static dev.opshistory.analytics.warehouse.WarehouseFixtures.bareAlert;
import static dev.opshistory.analytics.warehouse.WarehouseFixtures.emptyPostmortem;
import static dev.opshistory.analytics.warehouse.WarehouseFixtures.fullPostmortem;
import static org.assertj.core.api.Assertions.assertThat;

/** The warehouse sinks inside a real Flink job: parts are committed on checkpoints and every row lands once. */
class ParquetWarehouseSinkTest {

    private static final Instant JANUARY = Instant.parse("2024-01-15T10:00:00Z");
    private static final Instant FEBRUARY = Instant.parse("2024-02-15T10:00:00Z");
    private static final Instant MARCH = Instant.parse("2024-03-15T10:00:00Z");

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(1).build());

    @TempDir
    java.nio.file.Path warehouse;

    @Test
    void everyEventAndPostmortemIsCommittedOnceIntoItsMonthFolder() throws Exception {
        // Arbitrary order across months, as exports come, plus one event without a creation time.
        Map<String, String> expectedFolder = new HashMap<>();
        List<ClassifiedEvent> events = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Instant month = List.of(MARCH, JANUARY, FEBRUARY).get(i % 3);
            ClassifiedEvent event = alertCreatedAt("e" + i, month.plusSeconds(i * 60L));
            events.add(event);
            expectedFolder.put(event.event().eventId(), month.toString().substring(0, 7));
        }
        events.add(bareAlert("undated"));
        expectedFolder.put("opsgenie:alert:undated", EventMonthBucketAssigner.UNDATED);

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(boundedRestarts());
        env.setParallelism(1);
        env.enableCheckpointing(200);
        Path base = new Path(warehouse.toUri());
        env.fromData(events).sinkTo(WarehouseSinks.events(base)).name("events");
        env.fromData(fullPostmortem(), emptyPostmortem("pm-2")).sinkTo(WarehouseSinks.postmortems(base)).name("postmortems");
        env.fromData(new dev.opshistory.model.Enrichment("pagerduty:alert:GONE", dev.opshistory.model.EnrichmentType.NOTE,
                "N1", JANUARY, "Ana", true, null, "a note", null, null, null, "gone.notes.json"))
                .sinkTo(WarehouseSinks.orphans(base)).name("orphans");
        env.execute("warehouse sink test");

        try (DuckDb duckDb = DuckDb.inMemory()) {
            List<Map<String, Object>> rows = duckDb.rows(
                    "SELECT event_id, filename FROM read_parquet(?, filename = true)",
                    warehouse.resolve("events") + "/**/*.parquet");
            Map<String, String> folderOf = new HashMap<>();
            for (Map<String, Object> row : rows) {
                String folder = java.nio.file.Path.of((String) row.get("filename")).getParent().getFileName().toString();
                folderOf.put((String) row.get("event_id"), folder);
            }
            assertThat(rows).hasSize(events.size());
            assertThat(folderOf).containsExactlyInAnyOrderEntriesOf(expectedFolder);

            assertThat(duckDb.rows("SELECT event_id FROM read_parquet(?) ORDER BY event_id",
                    warehouse.resolve("postmortems") + "/*.parquet"))
                    .containsExactly(Map.of("event_id", "postmortem:postmortem:pm-1"),
                            Map.of("event_id", "postmortem:postmortem:pm-2"));
            assertThat(duckDb.rows("SELECT parent_event_id, type, source_id, source_file FROM read_parquet(?)",
                    warehouse.resolve("orphans") + "/*.parquet"))
                    .containsExactly(Map.of("parent_event_id", "pagerduty:alert:GONE", "type", "NOTE", "source_id", "N1",
                            "source_file", "gone.notes.json"));
        }
        assertThat(allFiles()).allSatisfy(name -> assertThat(name).startsWith("part-").endsWith(".parquet"));
    }

    /** With checkpointing Flink restarts forever by default; a broken job must fail the test instead of hanging. */
    private static Configuration boundedRestarts() {
        Configuration conf = new Configuration();
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 1);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(100));
        return conf;
    }

    private List<String> allFiles() throws Exception {
        try (Stream<java.nio.file.Path> files = Files.walk(warehouse)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
        }
    }
}
