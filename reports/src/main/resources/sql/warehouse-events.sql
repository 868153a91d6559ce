-- Every event row of the warehouse (docs/warehouse.md), read by column name so that files written by
-- different versions of the job line up. Timestamps become UTC TIMESTAMP (the Flink job writes
-- isAdjustedToUTC=true, read as TIMESTAMPTZ; the session is UTC). Severity and actionability are closed
-- sets: anything else counts as UNKNOWN rather than growing a column nobody expects.
CREATE OR REPLACE TEMP VIEW warehouse_events AS
SELECT * REPLACE (
    CAST(created_at AS TIMESTAMP) AS created_at,
    CAST(updated_at AS TIMESTAMP) AS updated_at,
    CAST(acknowledged_at AS TIMESTAMP) AS acknowledged_at,
    CAST(resolved_at AS TIMESTAMP) AS resolved_at,
    CASE WHEN severity IN ('SEV1', 'SEV2', 'SEV3', 'SEV4', 'SEV5') THEN severity ELSE 'UNKNOWN' END AS severity,
    CASE WHEN actionability IN ('ACTIONABLE', 'NON_ACTIONABLE', 'FALSE_POSITIVE') THEN actionability
         ELSE 'UNKNOWN' END AS actionability,
    coalesce(repeated, false) AS repeated,
    coalesce(flapping, false) AS flapping
)
FROM read_parquet(getvariable('events_glob'), union_by_name = true);
