package dev.opshistory.analytics.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The column tables of docs/warehouse.md, read from the document itself so that the writer's tests fail
 * when the code and the contract drift apart.
 */
final class WarehouseContract {

    /**
     * The contract's {@code TIMESTAMP} (UTC, microseconds, isAdjustedToUTC=true) is what DuckDB reports as
     * {@code TIMESTAMP WITH TIME ZONE}: DuckDB maps every UTC-adjusted Parquet timestamp to TIMESTAMPTZ.
     */
    static final String DUCKDB_UTC_TIMESTAMP = "TIMESTAMP WITH TIME ZONE";

    private WarehouseContract() {
    }

    /** Column → DuckDB type of {@code warehouse/events}. */
    static Map<String, String> eventColumns() throws IOException {
        return columns("## `warehouse/events/");
    }

    /** Column → DuckDB type of {@code warehouse/postmortems}. */
    static Map<String, String> postmortemColumns() throws IOException {
        return columns("## `warehouse/postmortems/");
    }

    /** Column → DuckDB type of {@code warehouse/orphans}. */
    static Map<String, String> orphanColumns() throws IOException {
        return columns("## `warehouse/orphans/");
    }

    private static Map<String, String> columns(String headingPrefix) throws IOException {
        List<String> lines = Files.readAllLines(document());
        int heading = lines.stream().filter(l -> l.startsWith(headingPrefix)).findFirst()
                .map(lines::indexOf)
                .orElseThrow(() -> new IllegalStateException("no section " + headingPrefix + " in " + document()));
        Map<String, String> columns = new LinkedHashMap<>();
        for (String line : lines.subList(heading + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (!line.startsWith("|") || line.startsWith("|---") || line.startsWith("| column")) {
                continue;
            }
            String[] cells = line.split("\\|");
            String type = duckDbType(cells[2].trim());
            for (String name : cells[1].split(",")) {
                columns.put(name.trim(), type);
            }
        }
        return columns;
    }

    /** Drops a remark such as "(the document's date)" and spells the contract's TIMESTAMP as DuckDB shows it. */
    private static String duckDbType(String contractType) {
        String type = contractType.replaceAll("\\s+\\(.*\\)$", "");
        return type.equals("TIMESTAMP") || type.equals("TIMESTAMPTZ") ? DUCKDB_UTC_TIMESTAMP : type;
    }

    private static Path document() {
        String root = System.getProperty("opshistory.root", "..");
        return Path.of(root, "docs", "warehouse.md");
    }
}
