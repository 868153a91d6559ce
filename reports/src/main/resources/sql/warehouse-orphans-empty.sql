-- The orphans view when there were none (the folder is written only when there are): no rows, the contract's columns.
CREATE OR REPLACE TEMP VIEW warehouse_orphans AS
SELECT
    CAST(NULL AS VARCHAR) AS parent_event_id,
    CAST(NULL AS VARCHAR) AS type,
    CAST(NULL AS VARCHAR) AS source_id,
    CAST(NULL AS TIMESTAMP) AS created_at,
    CAST(NULL AS VARCHAR) AS source_file
WHERE false;
