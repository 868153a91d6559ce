-- csv_text(x): text from the exports made safe to open in a spreadsheet, as CsvCells.neutralise does in Java: a
-- cell that starts with = + - @, a tab or a carriage return would be read as a formula (CSV injection), so it gets
-- a leading apostrophe, which spreadsheets show as text. NULL stays NULL (an empty cell).
CREATE OR REPLACE TEMP MACRO csv_text(x) AS
    CASE WHEN left(x, 1) IN ('=', '+', '-', '@', chr(9), chr(13)) THEN '''' || x ELSE x END;
