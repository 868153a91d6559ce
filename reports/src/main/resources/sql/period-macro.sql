-- in_period(ts): whether an instant lies in the report's period (period_from, period_to; both bounds inclusive,
-- NULL = open). The one definition of the period, for period-events.sql and event-ids.sql.
CREATE OR REPLACE TEMP MACRO in_period(ts) AS
    (getvariable('period_from') IS NULL OR ts >= getvariable('period_from'))
    AND (getvariable('period_to') IS NULL OR ts <= getvariable('period_to'));
