package dev.opshistory.reports.csv;

import dev.opshistory.reports.warehouse.Warehouse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the report's CSV files, RFC 4180 quoting, UTF-8, {@code \n} line ends, every text cell neutralised against
 * formula injection: the tables with commons-csv and {@link CsvCells}; {@code alerts.csv}, one row per alert and so
 * possibly millions, by DuckDB's own CSV writer with the same neutralising in SQL.
 */
public final class CsvWriter {

    /** The per-alert file's name. */
    public static final String ALERTS_FILE = "alerts.csv";
    /** The folder of one CSV per table. */
    public static final String TABLES_FOLDER = "csv";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private CsvWriter() {
    }

    /**
     * Writes {@code alerts.csv} from {@code alerts-export.sql}: one row per alert of the period, written by DuckDB
     * (same quoting and neutralised text as the tables; see the SQL for why).
     */
    public static Path writeAlerts(Warehouse warehouse, Path outDir) {
        Path file = outDir.resolve(ALERTS_FILE);
        warehouse.copyTo("alerts-export", file);
        return file;
    }

    /** Writes each table to {@code csv/<name>.csv}; returns the files in the tables' order. */
    public static List<Path> writeTables(List<Table> tables, Path outDir) {
        Path folder = outDir.resolve(TABLES_FOLDER);
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (Table table : tables) {
                Path file = folder.resolve(table.name() + ".csv");
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                     CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
                    printer.printRecord(table.headers());
                    for (List<Object> row : table.rows()) {
                        printer.printRecord(row.stream().map(CsvCells::cell).toList());
                    }
                }
                written.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the tables under " + folder, e);
        }
        return written;
    }
}
