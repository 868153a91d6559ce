package dev.opshistory.reports;

import java.util.ArrayList;
import java.util.List;

/** Reads GFM tables back out of rendered Markdown, honouring backslash escapes, as a renderer would. */
final class MarkdownTables {

    private MarkdownTables() {
    }

    /** Every table: a list of rows (header and delimiter included), each a list of cell texts. */
    static List<List<List<String>>> tables(String markdown) {
        List<List<List<String>>> tables = new ArrayList<>();
        List<List<String>> current = null;
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("|")) {
                if (current == null) {
                    current = new ArrayList<>();
                    tables.add(current);
                }
                current.add(cells(line));
            } else {
                current = null;
            }
        }
        return tables;
    }

    /** The table whose header's first cell is {@code firstHeader}, without header and delimiter rows. */
    static List<List<String>> body(String markdown, String firstHeader) {
        List<List<String>> table = table(markdown, firstHeader);
        return table.subList(2, table.size());
    }

    /** The header cells of the table whose header's first cell is {@code firstHeader}. */
    static List<String> header(String markdown, String firstHeader) {
        return table(markdown, firstHeader).get(0);
    }

    private static List<List<String>> table(String markdown, String firstHeader) {
        return tables(markdown).stream()
                .filter(t -> t.get(0).get(0).equals(firstHeader))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no table headed " + firstHeader + " in\n" + markdown));
    }

    /** The cells of a row, trimmed: split at pipes that are not escaped. */
    static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 1; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '\\' && i + 1 < row.length()) {
                cell.append(c).append(row.charAt(++i));
            } else if (c == '|') {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        return cells;
    }
}
