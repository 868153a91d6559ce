-- Every postmortem row of the warehouse (docs/warehouse.md), created_at as UTC TIMESTAMP.
CREATE OR REPLACE TEMP VIEW warehouse_postmortems AS
SELECT * REPLACE (CAST(created_at AS TIMESTAMP) AS created_at)
FROM read_parquet(getvariable('postmortems_glob'), union_by_name = true);
