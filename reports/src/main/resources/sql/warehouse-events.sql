-- Every event row of the warehouse (docs/warehouse.md), read by column name so that files written by
-- different versions of the job line up. Timestamps become UTC TIMESTAMP (the Flink job writes
-- isAdjustedToUTC=true, read as TIMESTAMPTZ; a writer's plain TIMESTAMP is taken as UTC too) through their epoch
-- microseconds: the same instant as CAST(... AS TIMESTAMP) in this UTC session, without the calendar
-- conversion per value that made the cast the dearest step of reading ten million rows. Severity and
-- actionability are closed sets: anything else counts as UNKNOWN rather than growing a column nobody expects.
CREATE OR REPLACE TEMP VIEW warehouse_events AS
SELECT * REPLACE (
    make_timestamp(epoch_us(created_at)) AS created_at,
    make_timestamp(epoch_us(updated_at)) AS updated_at,
    make_timestamp(epoch_us(acknowledged_at)) AS acknowledged_at,
    make_timestamp(epoch_us(resolved_at)) AS resolved_at,
    CASE WHEN severity IN ('SEV1', 'SEV2', 'SEV3', 'SEV4', 'SEV5') THEN severity ELSE 'UNKNOWN' END AS severity,
    CASE WHEN actionability IN ('ACTIONABLE', 'NON_ACTIONABLE', 'FALSE_POSITIVE') THEN actionability
         ELSE 'UNKNOWN' END AS actionability,
    coalesce(repeated, false) AS repeated,
    coalesce(flapping, false) AS flapping
)
FROM read_parquet(getvariable('events_glob'), union_by_name = true);
