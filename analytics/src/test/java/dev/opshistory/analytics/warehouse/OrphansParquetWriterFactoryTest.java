package dev.opshistory.analytics.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.model.Enrichment;
import dev.opshistory.model.EnrichmentType;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrphansParquetWriterFactoryTest {

    @TempDir
    Path dir;

    @Test
    void anOrphanIsReadBackWithTheContractsColumns() throws Exception {
        Path file = WarehouseFixtures.writePart(new OrphansParquetWriterFactory(), dir.resolve("part-0.parquet"),
                List.of(new Enrichment("pagerduty:alert:GONE", EnrichmentType.ACKNOWLEDGE, "L1",
                        Instant.parse("2024-01-15T10:00:00.123456Z"), "Ana", true, "mobile", null, null, null, null,
                        "incident-GONE-log_entries.json")));

        try (DuckDb duckDb = DuckDb.inMemory()) {
            assertThat(duckDb.describe(file.toString()))
                    .containsExactlyInAnyOrderEntriesOf(WarehouseContract.orphanColumns());
            Map<String, Object> row = duckDb.rows("SELECT parent_event_id, type, source_id, source_file,"
                    + " epoch_us(created_at) AS at_us FROM read_parquet(?)", file.toString()).get(0);
            assertThat(row).containsEntry("parent_event_id", "pagerduty:alert:GONE").containsEntry("type", "ACKNOWLEDGE")
                    .containsEntry("source_id", "L1").containsEntry("source_file", "incident-GONE-log_entries.json")
                    .containsEntry("at_us", 1705312800123456L);
        }
    }
}
