package dev.opshistory.reports.csv;

import java.util.List;

/**
 * One table of the report as data: written to {@code csv/<name>.csv}. Cells are raw values (numbers unformatted,
 * shares in [0, 1], instants ISO-8601 UTC); text is neutralised when written.
 */
public record Table(String name, List<String> headers, List<List<Object>> rows) {

    public Table {
        headers = List.copyOf(headers);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
    }
}
