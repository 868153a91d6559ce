-- Events (alerts and incidents) created in the report's period; both bounds inclusive, NULL = open.
CREATE OR REPLACE TEMP VIEW events AS
SELECT *
FROM filtered_events
WHERE (getvariable('period_from') IS NULL OR created_at >= getvariable('period_from'))
  AND (getvariable('period_to') IS NULL OR created_at <= getvariable('period_to'));
