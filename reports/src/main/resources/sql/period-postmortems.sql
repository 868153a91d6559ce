-- Postmortems dated in the report's period. A postmortem is usually dated by its day (midnight UTC), so the period
-- is taken from the start of its first day: the write-up of an incident paged on the period's first day belongs to
-- it. An undated postmortem cannot be placed, so it is kept rather than silently dropped.
CREATE OR REPLACE TEMP VIEW postmortems AS
SELECT *
FROM warehouse_postmortems
WHERE created_at IS NULL
   OR ((getvariable('period_from') IS NULL OR created_at >= date_trunc('day', getvariable('period_from')))
       AND (getvariable('period_to') IS NULL OR created_at <= getvariable('period_to')));
