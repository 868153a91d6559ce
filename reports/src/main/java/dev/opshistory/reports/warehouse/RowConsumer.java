package dev.opshistory.reports.warehouse;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/** Takes the rows of a streamed query one at a time ({@link Warehouse#forEach}). */
public interface RowConsumer {

    /** Called once before the first row, with the result's columns. */
    void start(ResultSetMetaData columns) throws SQLException;

    /** Called for each row; the row is only valid during the call. */
    void accept(ResultSet row) throws SQLException;
}
