-- The postmortems view when none were written (the folder is optional): no rows, the contract's columns.
CREATE OR REPLACE TEMP VIEW warehouse_postmortems AS
SELECT
    CAST(NULL AS VARCHAR) AS event_id,
    CAST(NULL AS VARCHAR) AS title,
    CAST(NULL AS VARCHAR) AS source_file,
    CAST(NULL AS TIMESTAMP) AS created_at,
    CAST(NULL AS VARCHAR[]) AS incident_refs,
    CAST(NULL AS VARCHAR) AS summary,
    CAST(NULL AS VARCHAR) AS impact,
    CAST(NULL AS VARCHAR) AS duration,
    CAST(NULL AS VARCHAR) AS root_cause_text,
    CAST(NULL AS VARCHAR) AS trigger,
    CAST(NULL AS VARCHAR) AS resolution,
    CAST(NULL AS VARCHAR) AS detection,
    CAST(NULL AS VARCHAR) AS lessons,
    CAST(NULL AS STRUCT(text VARCHAR, owner VARCHAR, type VARCHAR, status VARCHAR)[]) AS action_items,
    CAST(NULL AS VARCHAR) AS root_cause,
    CAST(NULL AS VARCHAR) AS root_cause_evidence
WHERE false;
