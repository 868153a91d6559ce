package dev.opshistory.analytics.warehouse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.opshistory.analytics.warehouse.WarehouseFixtures.emptyPostmortem;
import static dev.opshistory.analytics.warehouse.WarehouseFixtures.fullPostmortem;
import static dev.opshistory.analytics.warehouse.WarehouseFixtures.writePart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class PostmortemsParquetWriterFactoryTest {

    private static final String POSTMORTEM_BY_ID = "SELECT * FROM read_parquet(?) WHERE event_id = ?";

    @TempDir
    Path dir;

    private DuckDb duckDb;

    @BeforeEach
    void openDuckDb() throws Exception {
        duckDb = DuckDb.inMemory();
    }

    @AfterEach
    void closeDuckDb() throws Exception {
        duckDb.close();
    }

    @Test
    void columnTypesAreThoseOfTheWarehouseContract() throws Exception {
        Path file = write(List.of(fullPostmortem()));

        assertThat(duckDb.describe(file.toString()))
                .containsExactlyInAnyOrderEntriesOf(WarehouseContract.postmortemColumns());
    }

    @Test
    void sectionsRefsAndRootCauseAreReadBackAsWritten() throws Exception {
        Path file = write(List.of(fullPostmortem(), emptyPostmortem("other")));

        Map<String, Object> row = duckDb.row(POSTMORTEM_BY_ID, file.toString(), "postmortem:postmortem:pm-1");

        assertThat(row).contains(
                entry("title", "Checkout outage"), entry("source_file", "postmortems/2024-03-11-checkout.md"),
                entry("incident_refs", List.of("PT4KHLK", "#1234")),
                entry("summary", "Checkout failed for 20 minutes"), entry("impact", "5% of orders lost"),
                entry("duration", "20m"), entry("root_cause_text", "a bad config push"),
                entry("trigger", "deploy 42"), entry("resolution", "rolled back"),
                entry("detection", "alert on error rate"), entry("lessons", "canaries catch config errors"),
                entry("root_cause", "CONFIGURATION"), entry("root_cause_evidence", "root_cause_text: config"));
        Map<String, Object> created = duckDb.row(
                "SELECT epoch_us(created_at) AS us FROM read_parquet(?) WHERE event_id = ?",
                file.toString(), "postmortem:postmortem:pm-1");
        assertThat(created.get("us")).isEqualTo(1_710_115_200_000_000L);
    }

    @Test
    void actionItemsAreStructsWithNullsKept() throws Exception {
        Path file = write(List.of(fullPostmortem()));

        List<Map<String, Object>> items = duckDb.rows("""
                SELECT item.text, item.owner, item.type, item.status
                FROM (SELECT unnest(action_items) AS item FROM read_parquet(?))""", file.toString());

        assertThat(items).containsExactly(
                row("Add a canary stage", "Ada", "prevent", "open"),
                row("Write the runbook", null, null, null));
    }

    @Test
    void postmortemWithoutSectionsIsReadBackAsNullsAndTheUnknownCategory() throws Exception {
        Path file = write(List.of(emptyPostmortem("bare")));

        Map<String, Object> row = duckDb.row(POSTMORTEM_BY_ID, file.toString(), "postmortem:postmortem:bare");

        assertThat(row).containsEntry("root_cause", "UNKNOWN");
        row.remove("event_id");
        row.remove("root_cause");
        assertThat(row.values()).containsOnlyNulls();
    }

    @Test
    void partFilesAreSnappyCompressed() throws Exception {
        Path file = write(List.of(fullPostmortem()));

        assertThat(duckDb.rows("SELECT DISTINCT compression FROM parquet_metadata(?)", file.toString()))
                .containsExactly(Map.of("compression", "SNAPPY"));
    }

    private Path write(List<ClassifiedPostmortem> postmortems) throws Exception {
        return writePart(new PostmortemsParquetWriterFactory(), dir.resolve("part-0-0.parquet"), postmortems);
    }

    private static Map<String, Object> row(Object text, Object owner, Object type, Object status) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("text", text);
        row.put("owner", owner);
        row.put("type", type);
        row.put("status", status);
        return row;
    }
}
