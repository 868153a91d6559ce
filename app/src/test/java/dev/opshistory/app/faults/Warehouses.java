package dev.opshistory.app.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

/** What a Parquet warehouse under {@code <out>/warehouse} holds, read with DuckDB as the report reads it. */
final class Warehouses {

    private Warehouses() {
    }

    /** {@code [count(*), count(DISTINCT event_id)]} of the events. */
    static List<Long> countAndDistinct(Path out) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
                Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*), count(DISTINCT event_id) FROM " + events(out))) {
            rs.next();
            return List.of(rs.getLong(1), rs.getLong(2));
        }
    }

    /** One column of one event, as text. */
    static String column(Path out, String eventId, String column) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
                Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT CAST(" + column + " AS VARCHAR) FROM " + events(out)
                        + " WHERE event_id = '" + eventId.replace("'", "''") + "'")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static String events(Path out) {
        return "read_parquet('" + out.resolve("warehouse/events").toString().replace("'", "''") + "/**/*.parquet')";
    }

    /** Files whose name starts with a dot: Flink's in-progress part files and anything else half-written. */
    static List<Path> hiddenFiles(Path out) throws IOException {
        Path warehouse = out.resolve("warehouse");
        if (!Files.exists(warehouse)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(warehouse)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().startsWith(".")).toList();
        }
    }

    /**
     * Writes garbage where Flink keeps a part file it has not committed yet
     * ({@code .part-<uuid>-<n>.parquet.inprogress.<uuid>}), as a killed job leaves it.
     */
    static Path plantInProgressPart(Path out, String month) throws IOException {
        Path folder = Files.createDirectories(out.resolve("warehouse/events").resolve(month));
        Path part = folder.resolve(".part-0b5e1d2c-7f3a-4c55-9e1b-2d3f4a5b6c7d-0.parquet.inprogress."
                + "4f1c2b3a-5d6e-4f70-8a9b-0c1d2e3f4a5b");
        Files.write(part, new byte[] {'P', 'A', 'R', '1', 0, 0, 0, 1, 2, 3}); // a header and no footer
        return part;
    }
}
