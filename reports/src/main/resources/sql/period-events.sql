-- Events (alerts and incidents) created in the report's period; both bounds inclusive, NULL = open (in_period,
-- period-macro.sql).
CREATE OR REPLACE TEMP VIEW events AS
SELECT *
FROM filtered_events
WHERE in_period(created_at);
