package dev.opshistory.reports.csv;

/**
 * Makes text from the exports safe to open in a spreadsheet: a cell that starts with {@code = + - @}, a tab or
 * a carriage return would be read as a formula (CSV injection), so it gets a leading apostrophe, which
 * spreadsheets show as text. Numbers and booleans the report computed are written as they are.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** The value as a CSV cell: null is empty, text is neutralised, anything else is its {@code toString}. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof CharSequence text) {
            return neutralise(text.toString());
        }
        return value.toString();
    }

    /** The text with a leading apostrophe when a spreadsheet would take it for a formula. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
