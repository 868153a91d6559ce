package dev.opshistory.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.reports.warehouse.SqlResource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * alerts.csv renders each row into one line with csv_field (csv-field-macro.sql) and writes the lines unquoted; the
 * file must be the one DuckDB's CSV writer makes from the columns themselves, whatever the text holds.
 */
class CsvFieldMacroTest {

    /** Text that needs quoting, text that does not, and the numbers and booleans alerts.csv prints. */
    private static final String CELLS = """
            SELECT * FROM (VALUES
                (NULL, NULL, NULL, NULL, NULL),
                ('', 'plain', 0.1, 0, true),
                ('a,b', 'say "hi"', 1e-7, -5, false),
                ('line' || chr(10) || 'break', 'cr' || chr(13) || 'x', 1e21, 9223372036854775807, NULL),
                ('"', ',', -0.0, NULL, true),
                ('a""b', ' padded ', 'NaN'::DOUBLE, 42, false),
                ('tab' || chr(9) || 'x', 'Zürich – 東京', 'inf'::DOUBLE, 1, true),
                ('''=1+1', 'ctl' || chr(1) || chr(31), 123456789.123, -1, false),
                (chr(13) || chr(10), ';|', 0.37, 3600, true)
            ) AS cells(a, b, x, n, flag)""";

    @Test
    void linesOfCsvFieldsAreWhatDuckDbsWriterPrints(@TempDir Path dir) throws Exception {
        Path expected = dir.resolve("writer.csv");
        Path actual = dir.resolve("lines.csv");
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
             Statement sql = db.createStatement()) {
            sql.execute(SqlResource.load("csv-field-macro"));
            sql.execute("CREATE TABLE cells AS " + CELLS);
            sql.execute("COPY (SELECT * FROM cells) TO '" + expected
                    + "' (FORMAT CSV, HEADER true, DELIMITER ',', QUOTE '\"', ESCAPE '\"')");
            sql.execute("COPY (SELECT concat(csv_field(a), ',', csv_field(b), ',', csv_field(x), ',', csv_field(n), ',',"
                    + " csv_field(flag)) AS \"a,b,x,n,flag\" FROM (SELECT a, b, CAST(x AS VARCHAR) AS x,"
                    + " CAST(n AS VARCHAR) AS n, CAST(flag AS VARCHAR) AS flag FROM cells)) TO '" + actual
                    + "' (FORMAT CSV, HEADER true, DELIMITER ',', QUOTE '', ESCAPE '')");
        }
        assertThat(Files.readString(actual)).isEqualTo(Files.readString(expected));
        // The text is what it claims to be: quoted where RFC 4180 asks for it, quotes doubled.
        assertThat(Files.readString(actual)).contains("\n\"\",plain,0.1,0,true\n", "\"a,b\",\"say \"\"hi\"\"\",");
    }
}
