package dev.opshistory.reports.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarehouseSpillTest {

    @Test
    void duckDbSpillsIntoAFolderOfItsOwnUnderTheSystemTemporaryFolderWhichGoesWithIt(@TempDir Path runDir) {
        Path spill;
        try (Warehouse warehouse = Warehouse.open(runDir)) {
            String dir = warehouse.queryOne("test-temp-directory", row -> row.getString("dir"));
            spill = Path.of(dir);
            // not DuckDB's default, ".tmp" in the working directory
            assertThat(spill.getParent()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")));
            assertThat(spill.getFileName().toString()).startsWith("opshistory-duckdb-");
            assertThat(spill).isDirectory();
        }
        assertThat(Files.exists(spill)).isFalse();
    }
}
