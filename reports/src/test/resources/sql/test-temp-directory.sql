-- Test only (WarehouseSpillTest): where this DuckDB spills.
SELECT current_setting('temp_directory') AS dir;
