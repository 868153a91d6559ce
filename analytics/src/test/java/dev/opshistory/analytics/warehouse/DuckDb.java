package dev.opshistory.analytics.warehouse;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An in-memory DuckDB that reads the warehouse back the way the reports do: SQL over {@code read_parquet}. */
final class DuckDb implements AutoCloseable {

    private final Connection connection;

    private DuckDb(Connection connection) {
        this.connection = connection;
    }

    static DuckDb inMemory() throws SQLException {
        return new DuckDb(DriverManager.getConnection("jdbc:duckdb:"));
    }

    /** Column name → DuckDB type as DESCRIBE shows it, with identifier quotes removed (STRUCT("type" …)). */
    Map<String, String> describe(String parquet) throws SQLException {
        Map<String, String> types = new LinkedHashMap<>();
        for (Map<String, Object> column : rows("DESCRIBE SELECT * FROM read_parquet(?)", parquet)) {
            types.put((String) column.get("column_name"), ((String) column.get("column_type")).replace("\"", ""));
        }
        return types;
    }

    /** Every row as column → value; lists come back as {@link List}s. */
    List<Map<String, Object>> rows(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        row.put(meta.getColumnLabel(c), plain(rs.getObject(c)));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    /** The only row of a query. */
    Map<String, Object> row(String sql, Object... parameters) throws SQLException {
        List<Map<String, Object>> rows = rows(sql, parameters);
        if (rows.size() != 1) {
            throw new IllegalStateException("expected one row, got " + rows.size() + " from " + sql);
        }
        return rows.get(0);
    }

    private static Object plain(Object value) throws SQLException {
        if (value instanceof Array array) {
            List<Object> list = new ArrayList<>();
            for (Object element : (Object[]) array.getArray()) {
                list.add(plain(element));
            }
            return list;
        }
        return value;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
