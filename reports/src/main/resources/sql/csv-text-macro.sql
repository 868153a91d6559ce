-- csv_text(x): text from the exports made safe to open in a spreadsheet, as CsvCells.neutralise does in Java: a
-- cell that starts with = + - @, a tab or a carriage return would be read as a formula (CSV injection), so it gets
-- a leading apostrophe, which spreadsheets show as text. NULL stays NULL (an empty cell). The first character is
-- read as a code point (ascii), like Java's charAt(0): cheaper over millions of cells than left(x, 1), which
-- finds the first grapheme cluster, and a '=' followed by a combining mark is still caught.
CREATE OR REPLACE TEMP MACRO csv_text(x) AS
    CASE WHEN ascii(x) IN (61, 43, 45, 64, 9, 13) THEN '''' || x ELSE x END;
