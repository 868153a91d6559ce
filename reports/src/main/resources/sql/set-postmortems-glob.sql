-- The glob over committed postmortem files: <run>/warehouse/postmortems/**/*.parquet
SET VARIABLE postmortems_glob = ?;
