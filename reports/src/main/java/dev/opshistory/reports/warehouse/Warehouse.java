package dev.opshistory.reports.warehouse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opshistory.reports.Period;
import dev.opshistory.reports.ReportException;
import dev.opshistory.reports.StepTimings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The Parquet warehouse of one run (docs/warehouse.md) opened in an in-memory DuckDB, as views:
 * <ul>
 *   <li>{@code warehouse_events}, {@code warehouse_postmortems}, {@code warehouse_orphans}: every row, timestamps as
 *       UTC {@code TIMESTAMP};
 *       empty views with the contract's columns when no Parquet file has been committed yet;</li>
 *   <li>{@code filtered_rows}: a view, made by {@link #narrow}, of the events that pass the service / team
 *       filters, with the local time, hour band and page flag of the report's time zone;</li>
 *   <li>{@code filtered_events}: a table of the columns of {@code filtered_rows} that the analyses read: the
 *       Parquet files are read once for them, and every analysis scans memory (alerts.csv, which prints every
 *       column, reads {@code filtered_rows});</li>
 *   <li>{@code events}, {@code alerts}, {@code postmortems}: the same restricted to the report's period
 *       ({@link #restrictTo}); {@code alerts} leaves out cross-source copies;</li>
 *   <li>derived tables over the period that several analyses share, made once per period by {@link #prepare}.</li>
 * </ul>
 * {@link #narrow} must be called before any analysis. Not thread-safe; close it to free the database.
 */
public final class Warehouse implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection connection;
    private final StepTimings timings;
    /** Where DuckDB spills what does not fit in memory, rather than a {@code .tmp} in the working directory. */
    private final Path spillDir;
    /** The derived tables made by {@link #prepare} for the current period; a new period makes them stale. */
    private final Set<String> prepared = new HashSet<>();

    private Warehouse(Connection connection, StepTimings timings, Path spillDir) {
        this.connection = connection;
        this.timings = timings;
        this.spillDir = spillDir;
    }

    /**
     * Opens the warehouse under {@code <runDir>/warehouse}. Missing folders and folders without Parquet
     * files give empty views.
     *
     * @throws ReportException when DuckDB cannot read the files
     */
    public static Warehouse open(Path runDir) {
        return open(runDir, new StepTimings());
    }

    /**
     * Opens the warehouse as {@link #open(Path)} does, recording the time of every SQL resource it runs in
     * {@code timings} as {@code sql <name>}.
     */
    public static Warehouse open(Path runDir, StepTimings timings) {
        Connection connection = null;
        Path spillDir = null;
        try {
            // An in-memory DuckDB spills large sorts and joins to ".tmp" in the working directory, gigabytes at
            // millions of alerts, left behind when the run is killed: the system's temporary folder is the place.
            spillDir = Files.createTempDirectory("opshistory-duckdb-");
            java.util.Properties settings = new java.util.Properties();
            settings.setProperty("temp_directory", spillDir.toString());
            connection = DriverManager.getConnection("jdbc:duckdb:", settings);
            Warehouse warehouse = new Warehouse(connection, timings, spillDir);
            // Flink writes isAdjustedToUTC=true, which DuckDB reads as TIMESTAMPTZ; in a UTC session the casts
            // to TIMESTAMP in the views keep the instant, and date_trunc buckets are UTC.
            warehouse.execute("session-utc");
            warehouse.execute("csv-text-macro");
            warehouse.execute("csv-field-macro");
            warehouse.execute("period-macro");
            warehouse.execute("duration-macro");
            warehouse.register(runDir.resolve("warehouse").resolve("events"), "set-events-glob",
                    "warehouse-events", "warehouse-events-empty");
            warehouse.register(runDir.resolve("warehouse").resolve("postmortems"), "set-postmortems-glob",
                    "warehouse-postmortems", "warehouse-postmortems-empty");
            warehouse.register(runDir.resolve("warehouse").resolve("orphans"), "set-orphans-glob",
                    "warehouse-orphans", "warehouse-orphans-empty");
            return warehouse;
        } catch (SQLException e) {
            closeQuietly(connection, spillDir, e);
            throw new ReportException("cannot read the warehouse under " + runDir.resolve("warehouse")
                    + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ReportException("cannot create a temporary folder for DuckDB: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(connection, spillDir, e);
            throw e;
        }
    }

    private void register(Path folder, String setGlobSql, String viewSql, String emptyViewSql)
            throws SQLException {
        if (hasParquet(folder)) {
            setString(setGlobSql, folder.toAbsolutePath() + "/**/*.parquet");
            execute(viewSql);
        } else {
            // read_parquet fails on a glob that matches nothing; before the first checkpoint that is normal.
            execute(emptyViewSql);
        }
    }

    /** True when a committed Parquet file lies anywhere under {@code folder} (in-progress files end otherwise). */
    static boolean hasParquet(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".parquet"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /**
     * Sets the report's time zone (hour bands, weekdays and shifts are computed in it), keeps only the events of the
     * given services and teams (an empty list keeps all), reads them into {@code filtered_events} and points the
     * period views at all of them until {@link #restrictTo} narrows the period.
     */
    public void narrow(ZoneId zone, List<String> services, List<String> teams) {
        try {
            setString("set-report-zone", duckDbZone(zone));
            setString("set-service-filter", services.isEmpty() ? null : JSON.writeValueAsString(services));
            setString("set-team-filter", teams.isEmpty() ? null : JSON.writeValueAsString(teams));
            execute("filtered-rows");
            execute("filtered-events");
            execute("postmortem-references");
        } catch (SQLException | JsonProcessingException e) {
            throw new ReportException("cannot narrow the warehouse: " + e.getMessage(), e);
        }
        restrictTo(Period.UNKNOWN);
    }

    /**
     * The zone as DuckDB's ICU names it: region ids as they are, UTC as {@code UTC}, whole-hour offsets as
     * {@code Etc/GMT∓h} (POSIX's inverted sign).
     *
     * @throws IllegalArgumentException for an offset that is not a whole number of hours
     */
    static String duckDbZone(ZoneId zone) {
        ZoneId normalized = zone.normalized();
        if (!(normalized instanceof java.time.ZoneOffset offset)) {
            return normalized.getId();
        }
        int seconds = offset.getTotalSeconds();
        if (seconds == 0) {
            return "UTC";
        }
        if (seconds % 3600 != 0) {
            throw new IllegalArgumentException("time zone offset " + offset + " is not whole hours; name a region instead");
        }
        int hours = seconds / 3600;
        return "Etc/GMT" + (hours > 0 ? "-" : "+") + Math.abs(hours);
    }

    /**
     * Points the {@code events}, {@code alerts} and {@code postmortems} views at the period; a null bound
     * leaves that side open.
     */
    public void restrictTo(Period period) {
        prepared.clear();
        try {
            setTimestamp("set-period-from", period.from());
            setTimestamp("set-period-to", period.to());
            execute("period-events");
            execute("period-alerts");
            execute("period-postmortems");
        } catch (SQLException e) {
            throw new ReportException("cannot restrict the warehouse to " + period + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code /sql/<name>.sql}, a {@code CREATE TEMP TABLE} over the period's views that several analyses read,
     * unless it already ran for the current period: grouping ten million alerts once rather than once per analysis.
     *
     * @throws ReportException when the statement fails
     */
    public void prepare(String name) {
        if (prepared.contains(name)) {
            return;
        }
        try {
            execute(name);
        } catch (SQLException e) {
            throw new ReportException("derived table " + name + " failed: " + e.getMessage(), e);
        }
        prepared.add(name);
    }

    /**
     * Runs {@code /sql/<name>.sql} with the parameters bound in order and maps every row.
     *
     * @throws ReportException when the query fails
     */
    public <T> List<T> query(String name, RowMapper<T> mapper, Object... parameters) {
        try (StepTimings.Timer timer = timings.start("sql " + name);
             PreparedStatement statement = connection.prepareStatement(SqlResource.load(name))) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(mapper.map(result));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new ReportException("query " + name + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs the {@code COPY … TO ?} statement in {@code /sql/<name>.sql} with {@code file} as its one parameter:
     * DuckDB writes the file itself, streaming, so an export of millions of rows never passes through JDBC.
     */
    public void copyTo(String name, Path file) {
        try (StepTimings.Timer timer = timings.start("sql " + name);
             PreparedStatement statement = connection.prepareStatement(SqlResource.load(name))) {
            statement.setString(1, file.toAbsolutePath().toString());
            statement.execute();
        } catch (SQLException e) {
            throw new ReportException("export " + name + " to " + file + " failed: " + e.getMessage(), e);
        }
    }

    /** Runs a query that returns exactly one row. */
    public <T> T queryOne(String name, RowMapper<T> mapper, Object... parameters) {
        List<T> rows = query(name, mapper, parameters);
        if (rows.size() != 1) {
            throw new IllegalStateException("query " + name + " returned " + rows.size() + " rows, not 1");
        }
        return rows.get(0);
    }

    private void execute(String name) throws SQLException {
        try (StepTimings.Timer timer = timings.start("sql " + name);
             Statement statement = connection.createStatement()) {
            statement.execute(SqlResource.load(name));
        }
    }

    private void setString(String sql, String value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SqlResource.load(sql))) {
            if (value == null) {
                statement.setNull(1, Types.VARCHAR);
            } else {
                statement.setString(1, value);
            }
            statement.execute();
        }
    }

    private void setTimestamp(String sql, Instant value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SqlResource.load(sql))) {
            // Epoch microseconds rather than a java.sql.Timestamp, whose conversion depends on the JVM's zone.
            if (value == null) {
                statement.setNull(1, Types.BIGINT);
            } else {
                statement.setLong(1, ChronoUnit.MICROS.between(Instant.EPOCH, value));
            }
            statement.execute();
        }
    }

    /** An instant from epoch microseconds in the given column, or null. */
    public static Instant instantOfMicros(ResultSet row, String column) throws SQLException {
        long micros = row.getLong(column);
        return row.wasNull() ? null : Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    /** Epoch microseconds of an instant, or null; how instants are bound as query parameters. */
    public static Long micros(Instant instant) {
        return instant == null ? null : ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    /** A long from the given column, or null. */
    public static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    /** A double from the given column, or null. */
    public static Double nullableDouble(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new ReportException("cannot close DuckDB", e);
        } finally {
            removeSpillDir(spillDir);
        }
    }

    /** Spill data goes with the database; the folder too, when DuckDB left nothing in it. */
    private static void removeSpillDir(Path spillDir) {
        try {
            Files.deleteIfExists(spillDir);
        } catch (IOException e) {
            // not empty or already gone: a temporary folder, cleaned by the system
        }
    }

    private static void closeQuietly(Connection connection, Path spillDir, Exception failure) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
        }
        if (spillDir != null) {
            removeSpillDir(spillDir);
        }
    }
}
