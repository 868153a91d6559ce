-- Postmortems dated in the report's period. An undated postmortem cannot be placed, so it is kept rather
-- than silently dropped.
CREATE OR REPLACE TEMP VIEW postmortems AS
SELECT *
FROM warehouse_postmortems
WHERE created_at IS NULL
   OR ((getvariable('period_from') IS NULL OR created_at >= getvariable('period_from'))
       AND (getvariable('period_to') IS NULL OR created_at <= getvariable('period_to')));
