-- The glob over committed orphan files: <run>/warehouse/orphans/**/*.parquet
SET VARIABLE orphans_glob = ?;
