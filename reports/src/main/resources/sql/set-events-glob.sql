-- The glob over committed event files: <run>/warehouse/events/**/*.parquet
SET VARIABLE events_glob = ?;
