-- csv_field(x): one CSV field as DuckDB's own CSV writer prints it (RFC 4180, comma-separated, '"' both quote and
-- escape), for exports that render each row into one line themselves (alerts-export.sql). NULL is an empty field;
-- the empty string, and text with a comma, a double quote, a line feed or a carriage return, is quoted, its double
-- quotes doubled; other text is printed as it is. x must be text, and a column rather than an expression: a macro
-- repeats its argument, and an expression would be evaluated once per mention.
CREATE OR REPLACE TEMP MACRO csv_field(x) AS
    CASE WHEN x IS NULL THEN ''
         WHEN x = '' OR contains(x, ',') OR contains(x, '"') OR contains(x, chr(10)) OR contains(x, chr(13))
             THEN '"' || replace(x, '"', '""') || '"'
         ELSE x END;
