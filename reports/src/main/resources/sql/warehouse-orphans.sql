-- Every enrichment whose event never arrived (docs/warehouse.md), created_at as UTC TIMESTAMP.
CREATE OR REPLACE TEMP VIEW warehouse_orphans AS
SELECT * REPLACE (CAST(created_at AS TIMESTAMP) AS created_at)
FROM read_parquet(getvariable('orphans_glob'), union_by_name = true);
